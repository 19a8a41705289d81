import type { TestProject } from 'vitest/node';
import { openDatabase } from '../src/server/platform/db/client';
import { dropDatabases, dropDatabasesOfDeadRuns, newRunId } from './global-setup-common';
import { adminQuery, withDatabase } from './helpers/database';

/**
 * Creates and migrates `samenhang_template_<run>` on TEST_DATABASE_URL's server; each test file
 * clones it (`createTestDatabase`). Teardown drops the template and every clone of this run.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const adminUrl = process.env.TEST_DATABASE_URL;
  if (!adminUrl) {
    throw new Error(
      'The integration-postgres project needs TEST_DATABASE_URL, e.g. postgres://postgres@127.0.0.1:5432/test',
    );
  }
  const run = newRunId();
  const templateDatabase = `samenhang_template_${run}`;
  const databasePrefix = `samenhang_t_${run}_`;
  const started = Date.now();
  try {
    await dropDatabasesOfDeadRuns(adminUrl);
    await adminQuery(adminUrl, `create database "${templateDatabase}"`);
  } catch (error) {
    throw new Error(`PostgreSQL at TEST_DATABASE_URL (${redact(adminUrl)}) refused: ${String(error)}`, {
      cause: error,
    });
  }
  const template = await openDatabase({ databaseUrl: withDatabase(adminUrl, templateDatabase), poolSize: 1 });
  try {
    await template.migrate();
  } finally {
    // CREATE DATABASE … TEMPLATE refuses while anyone is connected to the template.
    await template.close();
  }
  console.log(`[integration-postgres] migrated ${templateDatabase} in ${Date.now() - started} ms`);
  project.provide('samenhangDatabase', { engine: 'postgres', adminUrl, templateDatabase, databasePrefix });
  return () => dropDatabases(adminUrl, [databasePrefix, templateDatabase]);
}

function redact(url: string): string {
  const parsed = new URL(url);
  if (parsed.password) parsed.password = '***';
  return parsed.toString();
}
