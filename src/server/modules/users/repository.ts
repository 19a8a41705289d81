import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import { areas, teamMembers, teams, users } from '../../platform/db/schema';
import type { Executor } from '../../platform/db/transactor';

export async function listUsers(tx: Executor) {
  const rows = await tx.select().from(users).orderBy(asc(users.username));
  const memberships = await tx
    .select({ userId: teamMembers.userId, id: teams.id, code: teams.code, name: teams.name })
    .from(teamMembers)
    .innerJoin(teams, eq(teams.id, teamMembers.teamId))
    .orderBy(asc(teams.name));
  return rows.map((user) => ({
    ...user,
    teams: memberships.filter((m) => m.userId === user.id).map(({ id, code, name }) => ({ id, code, name })),
  }));
}

export async function findUser(tx: Executor, id: string) {
  const [row] = await tx.select().from(users).where(eq(users.id, id)).limit(1);
  return row;
}

export async function findUserByUsername(tx: Executor, username: string) {
  const [row] = await tx.select().from(users).where(eq(users.username, username)).limit(1);
  return row;
}

export async function insertUser(tx: Executor, user: typeof users.$inferInsert) {
  const [row] = await tx.insert(users).values(user).returning();
  if (!row) throw new Error('insert returned no row');
  return row;
}

export async function updateUserAtVersion(
  tx: Executor,
  id: string,
  version: number,
  changes: Partial<typeof users.$inferInsert>,
) {
  const [row] = await tx
    .update(users)
    .set({ ...changes, version: sql`${users.version} + 1` })
    .where(and(eq(users.id, id), eq(users.version, version)))
    .returning();
  return row;
}

export async function replaceMemberships(tx: Executor, userId: string, teamIds: string[]) {
  await tx.delete(teamMembers).where(eq(teamMembers.userId, userId));
  if (teamIds.length > 0) await tx.insert(teamMembers).values(teamIds.map((teamId) => ({ teamId, userId })));
}

export async function teamIdsByCodes(tx: Executor, codes: string[]) {
  if (codes.length === 0) return [];
  return tx.select({ id: teams.id, code: teams.code }).from(teams).where(inArray(teams.code, codes));
}

/** Whether the code is a gemeente in the area catalog (a wijk or buurt code is not). */
export async function isKnownGemeente(tx: Executor, code: string): Promise<boolean> {
  const [row] = await tx
    .select({ code: areas.code })
    .from(areas)
    .where(and(eq(areas.code, code), eq(areas.level, 'gemeente')))
    .limit(1);
  return row !== undefined;
}
