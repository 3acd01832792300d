// One jest run, four projects: pure units, host integration (SQLite + PostgreSQL),
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
    { ...common, displayName: 'unit', testEnvironment: 'node', testMatch: ['<rootDir>/test/unit/**/*.test.ts', '<rootDir>/src/**/*.test.ts'] },
    { ...common, displayName: 'integration', testEnvironment: 'node', testMatch: ['<rootDir>/test/integration/**/*.test.ts'] },
    { ...common, displayName: 'mini', testEnvironment: 'jsdom', testMatch: ['<rootDir>/test/mini/**/*.test.ts', '<rootDir>/src/**/*.mini.test.ts'] },
    { ...common, displayName: 'browser', testEnvironment: 'node', testMatch: ['<rootDir>/test/browser/**/*.test.ts'] }
  ]
}
