import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/server/platform/db/client';
import { migrationsFolder } from '../../src/server/platform/paths';
import { createTestDatabase, testEngine } from './database';

const journal = JSON.parse(fs.readFileSync(path.join(migrationsFolder, 'meta/_journal.json'), 'utf8')) as {
  entries: unknown[];
};

async function codes(database: Database): Promise<string[]> {
  const rows = (await database.rawQuery(
    "select code from areas where code like 'GM-TEST-%' order by code",
  )) as { code: string }[];
  return rows.map((row) => row.code);
}

async function addArea(database: Database, code: string): Promise<void> {
  await database.rawQuery(
    `insert into areas (code, level, name) values ('${code}', 'gemeente', 'Testgemeente ${code}')`,
  );
}

describe(`createTestDatabase on ${testEngine()}`, () => {
  let first: Database;
  let second: Database;

  beforeAll(async () => {
    const started = performance.now();
    first = await createTestDatabase();
    console.log(`[${testEngine()}] a test database in ${Math.round(performance.now() - started)} ms`);
    second = await createTestDatabase();
  });

  afterAll(async () => {
    await first?.close();
    await second?.close();
  });

  it('gives a migrated database of the engine of the vitest project', async () => {
    expect(first.kind).toBe(testEngine());
    const [applied] = (await first.rawQuery(
      'select count(*)::int as n from drizzle.__drizzle_migrations',
    )) as {
      n: number;
    }[];
    expect(applied?.n).toBe(journal.entries.length);
  });

  it('starts without rows written by other test files', async () => {
    expect(await codes(first)).toEqual([]);
  });

  it('keeps what a file writes to itself', async () => {
    const mine = `GM-TEST-${randomBytes(4).toString('hex')}`;
    const theirs = `GM-TEST-${randomBytes(4).toString('hex')}`;
    await addArea(first, mine);
    await addArea(second, theirs);
    expect(await codes(first)).toEqual([mine]);
    expect(await codes(second)).toEqual([theirs]);
  });
});
