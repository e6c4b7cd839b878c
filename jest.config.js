/** Jest runs TypeScript as native ES modules (NODE_OPTIONS=--experimental-vm-modules) through SWC. */
export default {
  testEnvironment: 'node',
  extensionsToTreatAsEsm: ['.ts', '.tsx'],
  transform: {
    '^.+\\.(t|j)sx?$': [
      '@swc/jest',
      {
        jsc: {
          target: 'es2022',
          parser: { syntax: 'typescript', tsx: true },
          transform: { react: { runtime: 'automatic' } },
        },
        module: { type: 'es6' },
      },
    ],
  },
  moduleNameMapper: { '^@payload-config$': '<rootDir>/src/payload.config.ts' },
  testMatch: ['<rootDir>/test/unit/**/*.test.ts', '<rootDir>/test/int/**/*.test.ts'],
  setupFiles: ['<rootDir>/test/helpers/env.ts'],
  setupFilesAfterEnv: ['<rootDir>/test/helpers/cleanup.ts'],
  testTimeout: 120000,
  // Each file starts its own Payload on its own database; two at a time suit a 2-core machine.
  maxWorkers: 2,
}
