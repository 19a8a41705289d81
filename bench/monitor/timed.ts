import { type SQL, sql } from 'drizzle-orm';
import { PgDialect } from 'drizzle-orm/pg-core';
import pg from 'pg';
import type { Executor } from '../../src/server/platform/db/transactor';

export const adminUrl = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

/** Drops and recreates a scratch database on the bench server; returns its URL. */
export async function scratchDatabase(name: string): Promise<string> {
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`drop database if exists ${name} with (force)`);
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

export async function dropDatabase(name: string): Promise<void> {
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`drop database if exists ${name} with (force)`);
  await admin.end();
}

const dialect = new PgDialect();

export interface Statement {
  label: string;
  ms: number;
  query: SQL;
}

/** The first words of a statement that say what it does: "INSERT INTO monitor_provision_facts". */
function labelOf(query: SQL): string {
  const text = dialect.sqlToQuery(query).sql.replace(/\s+/g, ' ').trim();
  const insert = /INSERT INTO (\w+)/i.exec(text);
  if (insert) return `INSERT INTO ${insert[1]}`;
  const from = /FROM (\w+)/i.exec(text);
  return `${text.slice(0, 24)}… FROM ${from?.[1] ?? '?'}`;
}

/**
 * The transaction as computeSnapshotIn sees it, with every raw `execute` (the facts statements
 * and the cube reads) timed: where a snapshot's seconds go.
 */
export function timedExecutor(tx: Executor, statements: Statement[]): Executor {
  return new Proxy(tx, {
    get(target, property) {
      if (property === 'execute')
        return async (query: SQL) => {
          const started = performance.now();
          const result = await target.execute(query);
          statements.push({ label: labelOf(query), ms: performance.now() - started, query });
          return result;
        };
      const value = Reflect.get(target, property, target);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}

export function printStatements(statements: readonly Statement[], indent = '    ') {
  const grouped = new Map<string, number>();
  for (const statement of statements)
    grouped.set(statement.label, (grouped.get(statement.label) ?? 0) + statement.ms);
  for (const [label, ms] of [...grouped].sort((a, b) => b[1] - a[1]))
    console.log(`${indent}${(ms / 1000).toFixed(2).padStart(7)} s  ${label}`);
}

/**
 * EXPLAIN (ANALYZE, BUFFERS) of one statement of a computed (unpublished) snapshot, in a
 * transaction that is rolled back. The person facts are cleared first so their primary key lets
 * the insert run again; the provision facts may hold duplicates inside the rolled-back work.
 */
export async function explainStatement(tx: Executor, statement: Statement, snapshotId: string) {
  if (statement.label === 'INSERT INTO monitor_person_facts')
    await tx.execute(sql`DELETE FROM monitor_person_facts WHERE snapshot_id = ${snapshotId}`);
  const result = (await tx.execute(sql`EXPLAIN (ANALYZE, BUFFERS) ${statement.query}`)) as unknown as {
    rows: { 'QUERY PLAN': string }[];
  };
  return result.rows.map((row) => row['QUERY PLAN']);
}
