import { createHash } from 'node:crypto';

export const GENESIS_HASH = '0'.repeat(64);

/** The fields of an audit entry that its hash seals, in a fixed order. */
export interface SealedAuditFields {
  seq: number;
  occurredAt: string;
  actorId: string | null;
  actorUsername: string | null;
  action: string;
  outcome: 'allowed' | 'denied';
  personIds: string[];
  resource: string;
  purpose: string | null;
  requestId: string | null;
}

export function canonicalAuditPayload(entry: SealedAuditFields): string {
  return JSON.stringify([
    entry.seq,
    entry.occurredAt,
    entry.actorId,
    entry.actorUsername,
    entry.action,
    entry.outcome,
    entry.personIds,
    entry.resource,
    entry.purpose,
    entry.requestId,
  ]);
}

export function sealAuditEntry(prevHash: string, entry: SealedAuditFields): string {
  return createHash('sha256')
    .update(prevHash)
    .update('\n')
    .update(canonicalAuditPayload(entry))
    .digest('hex');
}

export interface StoredAuditEntry extends SealedAuditFields {
  prevHash: string;
  hash: string;
}

export type ChainProblem =
  | { kind: 'gap'; expectedSeq: number; foundSeq: number }
  | { kind: 'broken-link'; seq: number }
  | { kind: 'altered'; seq: number };

/**
 * Checks a run of entries in seq order, continuing from `previous` (the last verified entry, or
 * none at the start of the trail). A removed entry shows as a gap or broken link, an edited one as
 * a hash mismatch, reordered ones as both.
 */
export function verifyChainSegment(
  entries: readonly StoredAuditEntry[],
  previous: { seq: number; hash: string } | undefined,
): ChainProblem[] {
  const problems: ChainProblem[] = [];
  let expectedSeq = (previous?.seq ?? 0) + 1;
  let prevHash = previous?.hash ?? GENESIS_HASH;
  for (const entry of entries) {
    if (entry.seq !== expectedSeq) problems.push({ kind: 'gap', expectedSeq, foundSeq: entry.seq });
    if (entry.prevHash !== prevHash) problems.push({ kind: 'broken-link', seq: entry.seq });
    if (sealAuditEntry(entry.prevHash, entry) !== entry.hash)
      problems.push({ kind: 'altered', seq: entry.seq });
    expectedSeq = entry.seq + 1;
    prevHash = entry.hash;
  }
  return problems;
}
