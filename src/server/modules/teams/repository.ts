import { asc, count, eq, inArray } from 'drizzle-orm';
import { areas, teamAreas, teamMembers, teams, users } from '../../platform/db/schema';
import type { Executor } from '../../platform/db/transactor';

export async function listTeams(tx: Executor) {
  const rows = await tx.select().from(teams).orderBy(asc(teams.kind), asc(teams.name));
  const areaRows = await tx.select().from(teamAreas).orderBy(asc(teamAreas.areaCode));
  const memberCounts = await tx
    .select({ teamId: teamMembers.teamId, members: count() })
    .from(teamMembers)
    .groupBy(teamMembers.teamId);
  return rows.map((team) => ({
    ...team,
    areaCodes: areaRows.filter((row) => row.teamId === team.id).map((row) => row.areaCode),
    memberCount: memberCounts.find((row) => row.teamId === team.id)?.members ?? 0,
  }));
}

export async function findTeamByCode(tx: Executor, code: string) {
  const [row] = await tx.select().from(teams).where(eq(teams.code, code)).limit(1);
  return row;
}

export async function existingAreaCodes(tx: Executor, codes: string[]): Promise<string[]> {
  if (codes.length === 0) return [];
  const rows = await tx.select({ code: areas.code }).from(areas).where(inArray(areas.code, codes));
  return rows.map((row) => row.code);
}

export async function insertTeam(tx: Executor, team: typeof teams.$inferInsert, areaCodes: string[]) {
  const [row] = await tx.insert(teams).values(team).returning();
  if (!row) throw new Error('insert returned no row');
  if (areaCodes.length > 0)
    await tx.insert(teamAreas).values(areaCodes.map((areaCode) => ({ teamId: row.id, areaCode })));
  return row;
}

export async function existingTeamIds(tx: Executor, ids: string[]): Promise<string[]> {
  if (ids.length === 0) return [];
  const rows = await tx.select({ id: teams.id }).from(teams).where(inArray(teams.id, ids));
  return rows.map((row) => row.id);
}

export async function membersOfTeam(tx: Executor, teamId: string) {
  return tx
    .select({ id: users.id, displayName: users.displayName, username: users.username })
    .from(teamMembers)
    .innerJoin(users, eq(users.id, teamMembers.userId))
    .where(eq(teamMembers.teamId, teamId))
    .orderBy(asc(users.displayName));
}
