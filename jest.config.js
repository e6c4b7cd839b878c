/**
 * Test files about one database alone, each with the reason. A run against
 * PostgreSQL (TEST_POSTGRES_URL set: scripts/test.mjs) leaves out the
 * SQLite-only ones; a run against SQLite leaves out the PostgreSQL-only ones.
 * Everything else runs on both.
 */
const SQLITE_ONLY = [
  // Plays a new release on the database the previous release seeded, which exists as a SQLite file only
  // (test/fixtures/seeded-4021877.sqlite.gz, read with libsql); the upgrade code itself reads through Payload.
  'test/int/seed-upgrade.test.ts',
  // WAL and synchronous=FULL are SQLite's settings; PostgreSQL's durability is its server's configuration.
  'test/int/sqlite-durability.test.ts',
]
const POSTGRES_ONLY = [
  // Read replicas and connection pools belong to the PostgreSQL adapter.
  'test/int/postgres.test.ts',
]
const onPostgres = Boolean(process.env.TEST_POSTGRES_URL)

/** Jest runs TypeScript as native ES modules (NODE_OPTIONS=--experimental-vm-modules) through SWC. */
const config = {
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
  moduleNameMapper: {
    '^@payload-config$': '<rootDir>/src/payload.config.ts',
    // Payload's admin styles, imported by its generated route files: nothing for Node to run.
    '^@payloadcms/next/css$': '<rootDir>/test/helpers/noStyles.ts',
    '^@/(.*)$': '<rootDir>/src/$1',
  },
  testMatch: ['<rootDir>/test/unit/**/*.test.ts', '<rootDir>/test/int/**/*.test.ts'],
  testPathIgnorePatterns: [
    '/node_modules/',
    ...(onPostgres ? SQLITE_ONLY : POSTGRES_ONLY).map((file) => `<rootDir>/${file}`),
  ],
  setupFiles: ['<rootDir>/test/helpers/env.ts'],
  setupFilesAfterEnv: ['<rootDir>/test/helpers/cleanup.ts'],
  testTimeout: 120000,
  // Each file starts its own Payload on its own database; two at a time suit a 2-core machine.
  maxWorkers: 2,
}

export default config
