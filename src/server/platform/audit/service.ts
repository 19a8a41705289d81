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
 * Appends entries to the trail inside the caller's transaction, so a read or write and its audit
 * entry commit together or not at all.
 */
export async function appendAudit(
  tx: Executor,
  context: AuditContext,
  events: readonly AuditEvent[],
): Promise<void> {
  if (events.length === 0) return;
  await lockChain(tx);
  const last = await lastEntry(tx);
  let seq = last?.seq ?? 0;
  let prevHash = last?.hash ?? GENESIS_HASH;
  const occurredAt = new Date().toISOString();
  const entries: StoredAuditEntry[] = events.map((event) => {
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
