// One jest run, five projects: pure units, use cases over the real store without a host, host integration (SQLite + PostgreSQL),
// the compiled weapp under miniprogram-simulate, and real Chromium against the host.
const tsJest = ['ts-jest', { diagnostics: false }]
const common = {
  transform: { '^.+\\.(ts|tsx)$': tsJest },
  moduleNameMapper: {
    '^@core/(.*)$': '<rootDir>/src/core/$1',
    '^@/(.*)$': '<rootDir>/src/$1'
  },
  testPathIgnorePatterns: ['/node_modules/', '/dist/', '/build/']
}
module.exports = {
  globalSetup: '<rootDir>/test/support/global-setup.ts',
  projects: [
    {
      ...common,
      displayName: 'unit',
      testEnvironment: 'node',
      testMatch: ['<rootDir>/test/unit/**/*.test.ts', '<rootDir>/src/**/*.test.ts'],
      // Components and hooks render with react-dom/server against plain-DOM stand-ins of Taro, stubbed once
      // here; a test that needs other Taro behaviour still mocks '@tarojs/taro' itself.
      moduleNameMapper: {
        '^@tarojs/taro$': '<rootDir>/test/support/taro-api-stub.js',
        '^@tarojs/components$': '<rootDir>/test/support/taro-components-stub.js',
        '\\.css$': '<rootDir>/test/support/style-stub.js',
        ...common.moduleNameMapper
      }
    },
    // Use cases on the real store (SQLite in memory) and real crypto, without a host: test/support/usecase-kit.ts.
    { ...common, displayName: 'usecase', testEnvironment: 'node', testMatch: ['<rootDir>/test/usecases/**/*.test.ts'] },
    { ...common, displayName: 'integration', testEnvironment: 'node', testMatch: ['<rootDir>/test/integration/**/*.test.ts'] },
    { ...common, displayName: 'mini', testEnvironment: 'jsdom', testMatch: ['<rootDir>/test/mini/**/*.test.ts', '<rootDir>/src/**/*.mini.test.ts'] },
    { ...common, displayName: 'browser', testEnvironment: 'node', testMatch: ['<rootDir>/test/browser/**/*.test.ts'] }
  ]
}
