import { and, asc, desc, eq, isNull, sql } from 'drizzle-orm';
import {
  householdEvents,
  householdMembers,
  householdRegisseurs,
  households,
  networkMembers,
  persons,
  teamMembers,
  teams,
  users,
} from '../../platform/db/schema';
import type { Executor } from '../../platform/db/transactor';

export type NetworkRow = typeof networkMembers.$inferSelect;

/** The household with its team; `lock` serialises changes of its regisseur. */
export async function findHousehold(tx: Executor, id: string, lock = false) {
  const query = tx
    .select({
      id: households.id,
      name: households.name,
      version: households.version,
      teamId: households.teamId,
      teamCode: teams.code,
      teamName: teams.name,
    })
    .from(households)
    .leftJoin(teams, eq(teams.id, households.teamId))
    .where(eq(households.id, id))
    .limit(1);
  const [row] = lock ? await query.for('update', { of: households }) : await query;
  return row;
}

/** Members living in the household today (a member who moved out is history, not the household). */
export async function currentMembers(tx: Executor, householdId: string, today: string) {
  return tx
    .select({
      personId: persons.id,
      givenNames: persons.givenNames,
      prefix: persons.prefix,
      familyName: persons.familyName,
      birthDate: persons.birthDate,
      relation: householdMembers.relation,
    })
    .from(householdMembers)
    .innerJoin(persons, eq(persons.id, householdMembers.personId))
    .where(
      and(
        eq(householdMembers.householdId, householdId),
        sql`(${householdMembers.validUntil} is null or ${householdMembers.validUntil} >= ${today}::date)`,
      ),
    )
    .orderBy(asc(persons.birthDate), asc(persons.id));
}

export async function networkOf(tx: Executor, householdId: string) {
  return tx
    .select()
    .from(networkMembers)
    .where(eq(networkMembers.householdId, householdId))
    .orderBy(desc(networkMembers.active), asc(networkMembers.name), asc(networkMembers.id));
}

export async function insertNetworkMember(tx: Executor, values: typeof networkMembers.$inferInsert) {
  const [row] = await tx.insert(networkMembers).values(values).returning();
  if (!row) throw new Error('no network member');
  return row;
}

export async function findNetworkMember(tx: Executor, id: string) {
  const [row] = await tx
    .select()
    .from(networkMembers)
    .where(eq(networkMembers.id, id))
    .for('update')
    .limit(1);
  return row;
}

/** Updates only when the version is the one the user saw; undefined means someone was first. */
export async function updateNetworkMember(
  tx: Executor,
  id: string,
  version: number,
  patch: Partial<Pick<NetworkRow, 'name' | 'role' | 'support' | 'contact' | 'active'>>,
) {
  const [row] = await tx
    .update(networkMembers)
    .set({ ...patch, version: sql`${networkMembers.version} + 1`, updatedAt: new Date() })
    .where(and(eq(networkMembers.id, id), eq(networkMembers.version, version)))
    .returning();
  return row;
}

export async function personExists(tx: Executor, personId: string) {
  const [row] = await tx.select({ id: persons.id }).from(persons).where(eq(persons.id, personId)).limit(1);
  return row !== undefined;
}

export async function insertHouseholdEvent(
  tx: Executor,
  event: { householdId: string; actorId: string; kind: string; details: Record<string, unknown> },
) {
  await tx.insert(householdEvents).values(event);
}

/** The current regisseur (the row without `until`) with the name people know them by. */
export async function currentRegisseur(tx: Executor, householdId: string) {
  const [row] = await tx
    .select({
      rowId: householdRegisseurs.id,
      userId: users.id,
      displayName: users.displayName,
      since: householdRegisseurs.since,
    })
    .from(householdRegisseurs)
    .innerJoin(users, eq(users.id, householdRegisseurs.userId))
    .where(and(eq(householdRegisseurs.householdId, householdId), isNull(householdRegisseurs.until)))
    .orderBy(desc(householdRegisseurs.since))
    .limit(1);
  return row;
}

export async function endRegisseur(tx: Executor, rowId: string, at: Date) {
  await tx.update(householdRegisseurs).set({ until: at }).where(eq(householdRegisseurs.id, rowId));
}

export async function startRegisseur(
  tx: Executor,
  values: { householdId: string; userId: string; since: Date; reason: string | null; assignedBy: string },
) {
  await tx.insert(householdRegisseurs).values(values);
}

/** An active user who is a member of the team. */
export async function activeTeamMember(tx: Executor, teamId: string, userId: string) {
  const [row] = await tx
    .select({ id: users.id, displayName: users.displayName })
    .from(teamMembers)
    .innerJoin(users, eq(users.id, teamMembers.userId))
    .where(and(eq(teamMembers.teamId, teamId), eq(teamMembers.userId, userId), eq(users.active, 1)))
    .limit(1);
  return row;
}
