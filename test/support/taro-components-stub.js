// @tarojs/components for unit tests (jest.config.js maps it here): plain DOM elements from taro-stubs.ts.
module.exports = require('./taro-stubs').components
