// Style files imported by components mean nothing to a unit test (jest.config.js maps *.css here).
module.exports = {}
