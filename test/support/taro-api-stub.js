// @tarojs/taro for unit tests of components and hooks (jest.config.js maps it here): the stand-in of taro-stubs.ts.
module.exports = require('./taro-stubs').taro
