import { and, eq, gt, lt, sql } from 'drizzle-orm';
import { sessions, teamMembers, teams, users } from '../../platform/db/schema';
import type { Executor } from '../../platform/db/transactor';

export async function findUserByUsername(tx: Executor, username: string) {
  const [row] = await tx.select().from(users).where(eq(users.username, username)).limit(1);
  return row;
}

export async function teamsOfUser(tx: Executor, userId: string) {
  return tx
    .select({ id: teams.id, code: teams.code, name: teams.name })
    .from(teamMembers)
    .innerJoin(teams, eq(teams.id, teamMembers.teamId))
    .where(eq(teamMembers.userId, userId))
    .orderBy(teams.name);
}

export async function recordFailedLogin(tx: Executor, userId: string, lockedUntil: Date | null) {
  await tx
    .update(users)
    .set({ failedLogins: sql`${users.failedLogins} + 1`, lockedUntil })
    .where(eq(users.id, userId));
}

export async function resetFailedLogins(tx: Executor, userId: string) {
  await tx.update(users).set({ failedLogins: 0, lockedUntil: null }).where(eq(users.id, userId));
}

export async function insertSession(
  tx: Executor,
  session: { tokenHash: string; userId: string; csrfToken: string; expiresAt: Date },
) {
  await tx.insert(sessions).values(session);
}

/** The session, its user and the user's teams in one round trip: this runs on every API request. */
export async function findLiveSession(tx: Executor, tokenHash: string, now: Date) {
  const [row] = await tx
    .select({
      csrfToken: sessions.csrfToken,
      userId: users.id,
      username: users.username,
      displayName: users.displayName,
      roles: users.roles,
      active: users.active,
      teams: sql<{ id: string; code: string; name: string }[]>`coalesce((
        select json_agg(json_build_object('id', t.id, 'code', t.code, 'name', t.name) order by t.name)
        from team_members tm join teams t on t.id = tm.team_id where tm.user_id = ${users.id}), '[]'::json)`,
    })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(and(eq(sessions.tokenHash, tokenHash), gt(sessions.expiresAt, now)))
    .limit(1);
  return row;
}

export async function deleteSession(tx: Executor, tokenHash: string) {
  await tx.delete(sessions).where(eq(sessions.tokenHash, tokenHash));
}

export async function deleteExpiredSessions(tx: Executor, now: Date) {
  await tx.delete(sessions).where(lt(sessions.expiresAt, now));
}
