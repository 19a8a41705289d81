import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import pg from 'pg';
import { inject } from 'vitest';
import { type Database, openDatabase } from '../../src/server/platform/db/client';

/**
 * Where a test file's database comes from. A project's global setup (test/global-setup-*.ts)
 * prepares a migrated template once per run and hands this to the test files with `provide`.
 */
export type TestDatabaseTarget =
  | { engine: 'pglite'; templateFile: string }
  | { engine: 'postgres'; adminUrl: string; templateDatabase: string; databasePrefix: string };

declare module 'vitest' {
  export interface ProvidedContext {
    samenhangDatabase: TestDatabaseTarget;
  }
}

function target(): TestDatabaseTarget {
  let provided: TestDatabaseTarget | undefined;
  try {
    provided = inject('samenhangDatabase');
  } catch {
    provided = undefined;
  }
  if (!provided) {
    throw new Error(
      'createTestDatabase() needs the template from a global setup: name the test file *.int.test.ts ' +
        'so that the integration-pglite / integration-postgres projects of vitest.config.ts run it',
    );
  }
  return provided;
}

/** The engine the current test file runs on, chosen by its vitest project. */
export function testEngine(): 'pglite' | 'postgres' {
  return target().engine;
}

/**
 * One isolated, migrated database for the current test file; `close()` discards it.
 * PGlite (project integration-pglite): an in-memory copy of the run's template tarball.
 * PostgreSQL (project integration-postgres): `CREATE DATABASE … TEMPLATE` of the run's template.
 */
export async function createTestDatabase(): Promise<Database> {
  const from = target();
  if (from.engine === 'pglite') {
    return openDatabase({ loadDataDir: new Blob([fs.readFileSync(from.templateFile)]) });
  }
  const name = `${from.databasePrefix}${randomBytes(5).toString('hex')}`;
  await adminQuery(from.adminUrl, `create database "${name}" template "${from.templateDatabase}"`);
  const database = await openDatabase({ databaseUrl: withDatabase(from.adminUrl, name), poolSize: 4 });
  return {
    ...database,
    close: async () => {
      try {
        await database.close();
      } finally {
        await adminQuery(from.adminUrl, `drop database if exists "${name}" with (force)`);
      }
    },
  };
}

/** Runs one statement on a short-lived connection (CREATE/DROP DATABASE cannot share a pool's). */
export async function adminQuery(
  url: string,
  sqlText: string,
  values: unknown[] = [],
): Promise<pg.QueryResult> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await client.query(sqlText, values);
  } finally {
    await client.end();
  }
}

/** The same server and credentials, another database. */
export function withDatabase(url: string, name: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${name}`;
  return parsed.toString();
}
