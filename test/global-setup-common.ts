import { createHash, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { adminQuery } from './helpers/database';

/** Databases of a run are named `samenhang_<kind>_<pid>x<random>…`; the pid lets a later run clean up after a crashed one. */
export function newRunId(): string {
  return `${process.pid}x${randomBytes(3).toString('hex')}`;
}

/** A digest of files' names and contents (directories walked in sorted order). */
export function digestOf(paths: string[]): string {
  const hash = createHash('sha256');
  const visit = (file: string) => {
    if (!fs.existsSync(file)) return;
    if (fs.statSync(file).isDirectory()) {
      for (const entry of fs.readdirSync(file).sort()) visit(path.join(file, entry));
      return;
    }
    hash.update(file).update('\0').update(fs.readFileSync(file)).update('\0');
  };
  for (const file of paths) visit(file);
  return hash.digest('hex').slice(0, 16);
}

/** Drops every database of this run (`prefixes` include the run id). */
export async function dropDatabases(adminUrl: string, prefixes: string[]): Promise<void> {
  const { rows } = await adminQuery(adminUrl, 'select datname from pg_database where datname like any($1)', [
    prefixes.map((prefix) => `${prefix.replaceAll('_', '\\_')}%`),
  ]);
  // Clones first, the template last: a template cannot go while a clone is being made from it.
  const names = (rows as { datname: string }[])
    .map((row) => row.datname)
    .sort((a, b) => Number(a.includes('_template_')) - Number(b.includes('_template_')));
  for (const name of names) await adminQuery(adminUrl, `drop database if exists "${name}" with (force)`);
}

/**
 * Drops databases left by runs that died before their teardown (kill, crash) — only on a local
 * server, where the pid in the name says whether that run still lives.
 */
export async function dropDatabasesOfDeadRuns(adminUrl: string): Promise<void> {
  const host = new URL(adminUrl).hostname;
  if (!['127.0.0.1', 'localhost', '::1', '[::1]', ''].includes(host)) return;
  const { rows } = await adminQuery(
    adminUrl,
    "select datname from pg_database where datname ~ '^samenhang_(t|template|e2e)_[0-9]+x'",
  );
  const dead = (rows as { datname: string }[])
    .map((row) => row.datname)
    .filter((name) => {
      const pid = Number(/^samenhang_(?:t|template|e2e)_(\d+)x/.exec(name)?.[1]);
      try {
        process.kill(pid, 0);
        return false;
      } catch (error) {
        return (error as NodeJS.ErrnoException).code === 'ESRCH';
      }
    })
    .sort((a, b) => Number(a.includes('_template_')) - Number(b.includes('_template_')));
  for (const name of dead) await adminQuery(adminUrl, `drop database if exists "${name}" with (force)`);
}
