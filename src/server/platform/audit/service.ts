import type { Executor, Transactor } from '../db/transactor';
import {
  type ChainProblem,
  GENESIS_HASH,
  type SealedAuditFields,
  type StoredAuditEntry,
  sealAuditEntry,
  verifyChainSegment,
} from './hash-chain';
import { entriesAfter, insertEntries, lastEntry, lockChain } from './repository';

export interface AuditActor {
  id: string | null;
  username: string | null;
}

export interface AuditEvent {
  action: string;
  outcome?: 'allowed' | 'denied';
  personIds: readonly string[];
  resource: string;
  purpose?: string | null;
}

export interface AuditContext {
  actor: AuditActor;
  requestId: string | null;
}

/**
 * Appends entries to the trail inside the caller's transaction, so a write and its audit entry
 * commit together or not at all.
 */
export async function appendAudit(
  tx: Executor,
  context: AuditContext,
  events: readonly AuditEvent[],
): Promise<void> {
  await appendAuditBatch(
    tx,
    events.map((event) => ({ context, event })),
  );
}

/** Seals and inserts entries of possibly several requests, in order, under the chain's lock. */
export async function appendAuditBatch(
  tx: Executor,
  items: readonly { context: AuditContext; event: AuditEvent }[],
): Promise<void> {
  if (items.length === 0) return;
  await lockChain(tx);
  const last = await lastEntry(tx);
  let seq = last?.seq ?? 0;
  let prevHash = last?.hash ?? GENESIS_HASH;
  const occurredAt = new Date().toISOString();
  const entries: StoredAuditEntry[] = items.map(({ context, event }) => {
    seq += 1;
    const fields: SealedAuditFields = {
      seq,
      occurredAt,
      actorId: context.actor.id,
      actorUsername: context.actor.username,
      action: event.action,
      outcome: event.outcome ?? 'allowed',
      personIds: [...event.personIds],
      resource: event.resource,
      purpose: event.purpose ?? null,
      requestId: context.requestId,
    };
    const hash = sealAuditEntry(prevHash, fields);
    const entry = { ...fields, prevHash, hash };
    prevHash = hash;
    return entry;
  });
  await insertEntries(tx, entries);
}

interface PendingRead {
  items: { context: AuditContext; event: AuditEvent }[];
  resolve: () => void;
  reject: (error: unknown) => void;
}

/**
 * Audits reads before their data leaves the server, in group commits: while one batch commits,
 * the reads of other requests queue and go into the next. The chain needs one lock holder at a
 * time, so one commit per read would cap the whole server at one commit's latency per read.
 * Callers await record() after their read transaction and only then answer the client.
 */
export class ReadAuditRecorder {
  readonly #transactor: Transactor;
  readonly #queue: PendingRead[] = [];
  #draining = false;
  /** Reads whose audit entries went into their own transaction and have not committed yet. */
  #inline = 0;

  constructor(transactor: Transactor) {
    this.#transactor = transactor;
  }

  /**
   * Runs a read in a transaction; `audit(events)` inside it records what the read discloses. For a
   * lone reader the entries go into that same transaction (one commit for the read and its
   * audit); while other reads are in flight they join the next batch, so readers do not queue on
   * the chain's lock. Either way this resolves only after the entries are committed.
   */
  async read<T>(
    context: AuditContext,
    work: (tx: Executor, audit: (events: readonly AuditEvent[]) => Promise<void>) => Promise<T>,
  ): Promise<T> {
    const deferred: AuditEvent[] = [];
    let inline = false;
    try {
      const result = await this.#transactor.transaction((tx) =>
        work(tx, async (events) => {
          if (!inline && !this.#draining && this.#queue.length === 0 && this.#inline === 0) {
            inline = true;
            this.#inline += 1;
          }
          if (inline) await appendAudit(tx, context, events);
          else deferred.push(...events);
        }),
      );
      if (deferred.length > 0) await this.record(context, deferred);
      return result;
    } finally {
      if (inline) this.#inline -= 1;
    }
  }

  record(context: AuditContext, events: readonly AuditEvent[]): Promise<void> {
    return new Promise<void>((resolve, reject) => {
      this.#queue.push({ items: events.map((event) => ({ context, event })), resolve, reject });
      if (!this.#draining) void this.#drain();
    });
  }

  async #drain(): Promise<void> {
    this.#draining = true;
    try {
      while (this.#queue.length > 0) {
        const batch = this.#queue.splice(0, 200);
        try {
          await this.#transactor.transaction((tx) =>
            appendAuditBatch(
              tx,
              batch.flatMap((pending) => pending.items),
            ),
          );
          for (const pending of batch) pending.resolve();
        } catch (error) {
          for (const pending of batch) pending.reject(error);
        }
      }
    } finally {
      this.#draining = false;
    }
  }
}

/** What read services need: their transactions, and the recorder that audits what they disclose. */
export interface ReadDeps {
  transactor: Transactor;
  readAudit: ReadAuditRecorder;
}

export interface VerifyResult {
  checked: number;
  problems: ChainProblem[];
}

/** Walks the whole trail in pages, each in its own short transaction (PGlite blocks while querying). */
export async function verifyAuditTrail(
  transactor: Transactor,
  onProgress?: (checked: number) => void,
  pageSize = 5_000,
): Promise<VerifyResult> {
  let previous: { seq: number; hash: string } | undefined;
  let checked = 0;
  const problems: ChainProblem[] = [];
  for (;;) {
    const page = await transactor.transaction((tx) => entriesAfter(tx, previous?.seq ?? 0, pageSize));
    if (page.length === 0) break;
    problems.push(...verifyChainSegment(page, previous));
    const tail = page[page.length - 1];
    if (tail) previous = { seq: tail.seq, hash: tail.hash };
    checked += page.length;
    onProgress?.(checked);
  }
  return { checked, problems };
}
