import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import { migrate as migratePg } from 'drizzle-orm/node-postgres/migrator';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import pg from 'pg';
import { migrationsFolder } from '../paths';
import { acquireDataDirLock } from './data-dir-lock';
import * as schema from './schema';
import { type Executor, Transactor } from './transactor';

export type DatabaseKind = 'pglite' | 'postgres';

export interface Database {
  kind: DatabaseKind;
  transactor: Transactor;
  /** Runs the migrations in `drizzle/`; idempotent. */
  migrate(): Promise<void>;
  /** True when the database answers a trivial query. */
  ping(): Promise<boolean>;
  close(): Promise<void>;
  /** For tools and tests only (template cloning, tamper tests); services use the transactor. */
  rawQuery(sqlText: string): Promise<unknown[]>;
  /** PGlite only: the data folder as a tarball, to clone test databases from a migrated template. */
  dumpDataDir?(): Promise<Blob>;
}

export interface OpenOptions {
  databaseUrl?: string | undefined;
  dataDir?: string;
  /** A PGlite data dir tarball to start from (test templates). */
  loadDataDir?: Blob;
  /** Who holds the folder lock, shown to a second process. */
  lockOwner?: string;
  poolSize?: number;
}

export async function openDatabase(options: OpenOptions): Promise<Database> {
  if (options.databaseUrl) return openPostgres(options.databaseUrl, options.poolSize ?? 10);
  return openPglite(options);
}

async function openPostgres(url: string, poolSize: number): Promise<Database> {
  const pool = new pg.Pool({ connectionString: url, max: poolSize });
  // An idle connection the server ends (restart, failover, a dropped test database) must not crash
  // the process; the pool replaces it on the next query.
  pool.on('error', () => {});
  const db = drizzlePg(pool, { schema });
  return {
    kind: 'postgres',
    transactor: new Transactor(db as unknown as Executor),
    migrate: () => migratePg(db, { migrationsFolder }),
    ping: async () => {
      try {
        await pool.query('select 1');
        return true;
      } catch {
        return false;
      }
    },
    close: () => pool.end(),
    rawQuery: async (sqlText) => (await pool.query(sqlText)).rows,
  };
}

async function openPglite(options: OpenOptions): Promise<Database> {
  let release = () => {};
  if (options.dataDir) {
    release = acquireDataDirLock(options.dataDir, options.lockOwner ?? 'samenhang');
  }
  const client = await PGlite.create({
    ...(options.dataDir ? { dataDir: path.join(options.dataDir, 'pgdata') } : {}),
    ...(options.loadDataDir ? { loadDataDir: options.loadDataDir } : {}),
    extensions: { pg_trgm },
    // Without a low max_wal_size the write-ahead log of an embedded database grows to about 1 GB.
    startParams: [...PGlite.defaultStartParams, '-c', 'max_wal_size=64MB', '-c', 'min_wal_size=32MB'],
  });
  const db = drizzlePglite(client, { schema });
  return {
    kind: 'pglite',
    transactor: new Transactor(db as unknown as Executor),
    migrate: () => migratePglite(db, { migrationsFolder }),
    ping: async () => {
      try {
        await client.query('select 1');
        return true;
      } catch {
        return false;
      }
    },
    close: async () => {
      try {
        await client.close();
      } finally {
        release();
      }
    },
    rawQuery: async (sqlText) => (await client.query(sqlText)).rows,
    dumpDataDir: () => client.dumpDataDir('none'),
  };
}
