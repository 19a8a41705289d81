import { defineConfig } from 'vitest/config';

// Deadlines and dates depend on the Dutch time zone; every test, worker and spawned server runs in it.
process.env.TZ = 'Europe/Amsterdam';

const integrationFiles = ['src/**/*.int.test.ts', 'test/**/*.int.test.ts'];
const excludeAlways = ['**/node_modules/**', '**/dist/**', '**/.test-data/**'];

/**
 * Projects: `unit`; `integration-pglite` and `integration-postgres` (the same *.int.test.ts files,
 * each file with its own database cloned from a template that the project's global setup migrates
 * once; postgres only with TEST_DATABASE_URL); `e2e` (the real server and Chromium, after all the
 * others so that it has the machine to itself). `npm test` (scripts/test.mjs) picks the projects.
 */
export default defineConfig({
  test: {
    env: { TZ: 'Europe/Amsterdam' },
    // Two cores: two test files at a time, each with its own database.
    maxWorkers: 2,
    testTimeout: 30_000,
    hookTimeout: 120_000,
    teardownTimeout: 60_000,
    reporters: ['default', './scripts/summary-reporter.ts'],
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['src/**/*.test.ts'],
          exclude: [...excludeAlways, '**/*.int.test.ts', '**/*.e2e.test.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'integration-pglite',
          include: integrationFiles,
          exclude: excludeAlways,
          globalSetup: ['test/global-setup-pglite.ts'],
        },
      },
      ...(process.env.TEST_DATABASE_URL
        ? [
            {
              extends: true as const,
              test: {
                name: 'integration-postgres',
                include: integrationFiles,
                // The kill -9 and CLI folder tests are about PGlite's data folder.
                exclude: [...excludeAlways, 'test/crash/**', 'test/cli/**'],
                globalSetup: ['test/global-setup-postgres.ts'],
              },
            },
          ]
        : []),
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.e2e.test.ts'],
          exclude: excludeAlways,
          globalSetup: ['test/e2e/global-setup.ts'],
          // One server and one browser at a time, after the other projects.
          maxWorkers: 1,
          fileParallelism: false,
          sequence: { groupOrder: 1 },
          testTimeout: 120_000,
          hookTimeout: 240_000,
        },
      },
    ],
  },
});
