import { and, eq, gt, isNull, or, sql } from 'drizzle-orm';
import { breakGlassGrants, householdMembers, households, personAssignments } from '../db/schema';
import type { Executor } from '../db/transactor';
import type { PersonRelationFacts } from './policy';

/** Looks up what connects an actor to a person: the input of decidePersonRecordAccess. */
export async function findRelationFacts(
  tx: Executor,
  actorId: string,
  personId: string,
  now: Date,
): Promise<PersonRelationFacts> {
  const today = now.toISOString().slice(0, 10);
  const [teamRows, assignmentRows, grantRows] = await Promise.all([
    tx
      .selectDistinct({ teamId: households.teamId })
      .from(householdMembers)
      .innerJoin(households, eq(households.id, householdMembers.householdId))
      .where(
        and(
          eq(householdMembers.personId, personId),
          or(isNull(householdMembers.validUntil), sql`${householdMembers.validUntil} >= ${today}`),
        ),
      ),
    tx
      .select({ id: personAssignments.id })
      .from(personAssignments)
      .where(
        and(
          eq(personAssignments.personId, personId),
          eq(personAssignments.userId, actorId),
          isNull(personAssignments.endedAt),
        ),
      )
      .limit(1),
    tx
      .select({ expiresAt: breakGlassGrants.expiresAt })
      .from(breakGlassGrants)
      .where(
        and(
          eq(breakGlassGrants.personId, personId),
          eq(breakGlassGrants.userId, actorId),
          gt(breakGlassGrants.expiresAt, now),
        ),
      )
      .orderBy(sql`${breakGlassGrants.expiresAt} desc`)
      .limit(1),
  ]);
  return {
    householdTeamIds: teamRows.flatMap((row) => (row.teamId ? [row.teamId] : [])),
    assignedToActor: assignmentRows.length > 0,
    breakGlassUntil: grantRows[0]?.expiresAt ?? null,
  };
}
