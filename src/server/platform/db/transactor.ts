import { AsyncLocalStorage } from 'node:async_hooks';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import type * as schema from './schema';

/** What repositories run their queries on: the transaction a service opened. */
export type Executor = PgDatabase<PgQueryResultHKT, typeof schema>;

const insideTransaction = new AsyncLocalStorage<true>();

/**
 * The only way services reach the database. It hands out a transaction and refuses to open a
 * second one while the first is running in the same async context: on PGlite, touching the
 * outer handle inside a transaction waits on itself forever, so we make that a loud error.
 */
export class Transactor {
  readonly #db: Executor;

  constructor(db: Executor) {
    this.#db = db;
  }

  async transaction<T>(work: (tx: Executor) => Promise<T>): Promise<T> {
    if (insideTransaction.getStore()) {
      throw new Error('Transactor.transaction() called inside a transaction: pass the executor (tx) instead');
    }
    return insideTransaction.run(true, () => this.#db.transaction((tx) => work(tx)));
  }

  /**
   * Runs one read statement without BEGIN/COMMIT around it: for hot single-query reads (the
   * session lookup on every request) that need no isolation beyond the statement itself.
   */
  async readOnce<T>(work: (db: Executor) => Promise<T>): Promise<T> {
    if (insideTransaction.getStore()) {
      throw new Error('Transactor.readOnce() called inside a transaction: use the executor (tx) instead');
    }
    return insideTransaction.run(true, () => work(this.#db));
  }
}
