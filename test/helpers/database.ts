import { createHash, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import { type Database, openDatabase } from '../../src/server/platform/db/client';
import { migrationsFolder, projectRoot } from '../../src/server/platform/paths';

/**
 * One isolated database per test file. A fresh PGlite costs seconds and much memory, so the
 * first file migrates a template once and every other file loads that template's tarball;
 * on PostgreSQL (TEST_DATABASE_URL) each file gets `CREATE DATABASE … TEMPLATE`.
 */
export async function createTestDatabase(): Promise<Database> {
  const url = process.env.TEST_DATABASE_URL;
  if (url && process.env.SAMENHANG_TEST_ENGINE === 'postgres') return createPostgresTestDatabase(url);
  return createPgliteTestDatabase();
}

export function testEngine(): 'pglite' | 'postgres' {
  return process.env.TEST_DATABASE_URL && process.env.SAMENHANG_TEST_ENGINE === 'postgres'
    ? 'postgres'
    : 'pglite';
}

function migrationsHash(): string {
  const hash = createHash('sha256');
  for (const file of fs
    .readdirSync(migrationsFolder)
    .filter((name) => name.endsWith('.sql'))
    .sort()) {
    hash.update(file).update(fs.readFileSync(path.join(migrationsFolder, file)));
  }
  return hash.digest('hex').slice(0, 16);
}

async function createPgliteTestDatabase(): Promise<Database> {
  const dir = path.join(projectRoot, '.test-data');
  const template = path.join(dir, `pglite-template-${migrationsHash()}.tar`);
  if (!fs.existsSync(template)) {
    const fresh = await openDatabase({});
    await fresh.migrate();
    const dump = await fresh.dumpDataDir?.();
    if (!dump) throw new Error('PGlite dump unavailable');
    fs.mkdirSync(dir, { recursive: true });
    // Write under a unique name and rename: parallel workers may race to create the template.
    const partial = `${template}.${process.pid}.${randomBytes(4).toString('hex')}`;
    fs.writeFileSync(partial, Buffer.from(await dump.arrayBuffer()));
    fs.renameSync(partial, template);
    return fresh;
  }
  const database = await openDatabase({ loadDataDir: new Blob([fs.readFileSync(template)]) });
  return database;
}

async function createPostgresTestDatabase(url: string): Promise<Database> {
  const templateName = `samenhang_template_${migrationsHash()}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  try {
    // Serialise template creation across parallel workers.
    await admin.query('select pg_advisory_lock(715004312)');
    const exists = await admin.query('select 1 from pg_database where datname = $1', [templateName]);
    if (exists.rowCount === 0) {
      await admin.query(`create database "${templateName}"`);
      const template = await openDatabase({ databaseUrl: withDatabase(url, templateName), poolSize: 1 });
      await template.migrate();
      await template.close();
    }
    await admin.query('select pg_advisory_unlock(715004312)');
    const name = `samenhang_t_${randomBytes(6).toString('hex')}`;
    await admin.query(`create database "${name}" template "${templateName}"`);
    const database = await openDatabase({ databaseUrl: withDatabase(url, name), poolSize: 4 });
    return {
      ...database,
      close: async () => {
        await database.close();
        const dropper = new pg.Client({ connectionString: url });
        await dropper.connect();
        await dropper.query(`drop database if exists "${name}" with (force)`);
        await dropper.end();
      },
    };
  } finally {
    await admin.end();
  }
}

function withDatabase(url: string, name: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${name}`;
  return parsed.toString();
}
