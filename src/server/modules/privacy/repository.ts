import { and, desc, eq, isNotNull, isNull, lt, sql } from 'drizzle-orm';
import { auditEntries, breakGlassGrants, persons, users } from '../../platform/db/schema';
import type { Executor } from '../../platform/db/transactor';

export async function insertGrant(
  tx: Executor,
  grant: { personId: string; userId: string; reason: string; expiresAt: Date },
) {
  const [row] = await tx.insert(breakGlassGrants).values(grant).returning();
  if (!row) throw new Error('insert returned no row');
  return row;
}

export async function listGrants(tx: Executor, status: 'open' | 'reviewed', limit: number) {
  return tx
    .select({
      id: breakGlassGrants.id,
      personId: breakGlassGrants.personId,
      givenNames: persons.givenNames,
      prefix: persons.prefix,
      familyName: persons.familyName,
      username: users.username,
      reason: breakGlassGrants.reason,
      grantedAt: breakGlassGrants.grantedAt,
      expiresAt: breakGlassGrants.expiresAt,
      reviewedAt: breakGlassGrants.reviewedAt,
      reviewOutcome: breakGlassGrants.reviewOutcome,
      reviewNote: breakGlassGrants.reviewNote,
    })
    .from(breakGlassGrants)
    .innerJoin(persons, eq(persons.id, breakGlassGrants.personId))
    .innerJoin(users, eq(users.id, breakGlassGrants.userId))
    .where(status === 'open' ? isNull(breakGlassGrants.reviewedAt) : isNotNull(breakGlassGrants.reviewedAt))
    .orderBy(desc(breakGlassGrants.grantedAt))
    .limit(limit);
}

export async function reviewGrant(
  tx: Executor,
  id: string,
  review: { reviewedBy: string; outcome: 'terecht' | 'onterecht'; note: string | null },
) {
  const [row] = await tx
    .update(breakGlassGrants)
    .set({
      reviewedAt: new Date(),
      reviewedBy: review.reviewedBy,
      reviewOutcome: review.outcome,
      reviewNote: review.note,
    })
    .where(and(eq(breakGlassGrants.id, id), isNull(breakGlassGrants.reviewedAt)))
    .returning();
  return row;
}

export async function findGrant(tx: Executor, id: string) {
  const [row] = await tx.select().from(breakGlassGrants).where(eq(breakGlassGrants.id, id)).limit(1);
  return row;
}

export async function accessLogOfPerson(
  tx: Executor,
  personId: string,
  beforeSeq: number | undefined,
  limit: number,
) {
  return tx
    .select({
      seq: auditEntries.seq,
      occurredAt: auditEntries.occurredAt,
      actorUsername: auditEntries.actorUsername,
      actorDisplayName: users.displayName,
      action: auditEntries.action,
      outcome: auditEntries.outcome,
      resource: auditEntries.resource,
      purpose: auditEntries.purpose,
    })
    .from(auditEntries)
    .leftJoin(users, eq(users.id, auditEntries.actorId))
    .where(
      and(
        sql`${auditEntries.personIds} @> array[${personId}]::uuid[]`,
        beforeSeq === undefined ? undefined : lt(auditEntries.seq, beforeSeq),
      ),
    )
    .orderBy(desc(auditEntries.seq))
    .limit(limit);
}
