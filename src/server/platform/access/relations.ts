import { eq, sql } from 'drizzle-orm';
import { persons } from '../db/schema';
import type { Executor } from '../db/transactor';
import type { PersonRelationFacts } from './policy';

/**
 * Looks up what connects an actor to a person — the input of decidePersonRecordAccess — in one
 * round trip, since it runs on every read of a record.
 */
export async function findRelationFacts(
  tx: Executor,
  actorId: string,
  personId: string,
  now: Date,
): Promise<PersonRelationFacts> {
  const today = now.toISOString().slice(0, 10);
  const [row] = await tx
    .select({
      // Teams that hold one of the person's current households, one of their cases or intakes.
      teamIds: sql<string[] | null>`(
        select array_agg(distinct team_id) from (
          select h.team_id from household_members m
          join households h on h.id = m.household_id
          where m.person_id = ${personId} and h.team_id is not null
            and (m.valid_until is null or m.valid_until >= ${today}::date)
          union
          select c.team_id from cases c where c.person_id = ${personId}
          union
          select i.team_id from intakes i where i.person_id = ${personId} and i.team_id is not null
        ) related)`,
      assigned: sql<boolean>`exists (
        select 1 from person_assignments a
        where a.person_id = ${personId} and a.user_id = ${actorId} and a.ended_at is null)`,
      breakGlassUntil: sql<string | null>`(
        select max(g.expires_at)::text from break_glass_grants g
        where g.person_id = ${personId} and g.user_id = ${actorId} and g.expires_at > ${now.toISOString()}::timestamptz)`,
    })
    .from(persons)
    .where(eq(persons.id, personId));
  return {
    householdTeamIds: row?.teamIds ?? [],
    assignedToActor: row?.assigned ?? false,
    breakGlassUntil: row?.breakGlassUntil
      ? new Date(row.breakGlassUntil.replace(' ', 'T').replace(/([+-]\d\d)$/, '$1:00'))
      : null,
  };
}
