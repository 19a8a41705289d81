import { and, arrayContains, asc, desc, gt, lt, sql } from 'drizzle-orm';
import { auditEntries } from '../db/schema';
import type { Executor } from '../db/transactor';
import type { StoredAuditEntry } from './hash-chain';

// Any constant works; it serialises appends so each entry links to the one before it.
const AUDIT_CHAIN_LOCK = 715_004_311;

export async function lockChain(tx: Executor): Promise<void> {
  await tx.execute(sql`select pg_advisory_xact_lock(${AUDIT_CHAIN_LOCK})`);
}

export async function lastEntry(tx: Executor): Promise<{ seq: number; hash: string } | undefined> {
  const [row] = await tx
    .select({ seq: auditEntries.seq, hash: auditEntries.hash })
    .from(auditEntries)
    .orderBy(desc(auditEntries.seq))
    .limit(1);
  return row;
}

export async function insertEntries(tx: Executor, entries: StoredAuditEntry[]): Promise<void> {
  if (entries.length > 0) await tx.insert(auditEntries).values(entries);
}

export async function entriesAfter(
  tx: Executor,
  afterSeq: number,
  limit: number,
): Promise<StoredAuditEntry[]> {
  const rows = await tx
    .select()
    .from(auditEntries)
    .where(gt(auditEntries.seq, afterSeq))
    .orderBy(asc(auditEntries.seq))
    .limit(limit);
  return rows.map((row) => ({ ...row, occurredAt: normalizeTimestamp(row.occurredAt) }));
}

export async function entriesForPerson(
  tx: Executor,
  personId: string,
  beforeSeq: number | undefined,
  limit: number,
) {
  return tx
    .select()
    .from(auditEntries)
    .where(
      and(
        arrayContains(auditEntries.personIds, [personId]),
        beforeSeq === undefined ? undefined : lt(auditEntries.seq, beforeSeq),
      ),
    )
    .orderBy(desc(auditEntries.seq))
    .limit(limit);
}

/** Timestamps come back in the server's text form; the hash was sealed over the ISO string. */
export function normalizeTimestamp(value: string): string {
  const iso = value.replace(' ', 'T').replace(/([+-]\d\d)$/, '$1:00');
  return new Date(iso).toISOString();
}
