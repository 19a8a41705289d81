import { defineConfig } from 'vitest/config';

// Deadlines and dates depend on the Dutch time zone; every test runs in it.
process.env.TZ = 'Europe/Amsterdam';

const integrationFiles = ['src/**/*.int.test.ts', 'test/**/*.int.test.ts'];

export default defineConfig({
  test: {
    env: { TZ: 'Europe/Amsterdam' },
    // Two cores: two test files at a time, each with its own database.
    maxWorkers: 2,
    testTimeout: 30_000,
    hookTimeout: 120_000,
    reporters: ['default', './scripts/summary-reporter.ts'],
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['src/**/*.test.ts'],
          exclude: ['**/*.int.test.ts', '**/node_modules/**'],
        },
      },
      {
        extends: true,
        test: {
          name: 'integration-pglite',
          include: integrationFiles,
          env: { SAMENHANG_TEST_ENGINE: 'pglite' },
        },
      },
      {
        extends: true,
        test: {
          name: 'integration-postgres',
          include: integrationFiles,
          // The kill -9 and CLI folder tests are about PGlite's data folder.
          exclude: ['test/crash/**', 'test/cli/**', '**/node_modules/**'],
          env: { SAMENHANG_TEST_ENGINE: 'postgres' },
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.e2e.test.ts'],
          testTimeout: 120_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
