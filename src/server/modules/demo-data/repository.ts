import { count, eq } from 'drizzle-orm';
import {
  householdMembers,
  households,
  persons,
  teamAreas,
  teamMembers,
  teams,
  users,
} from '../../platform/db/schema';
import type { Executor } from '../../platform/db/transactor';

export async function personCount(tx: Executor): Promise<number> {
  const [row] = await tx.select({ n: count() }).from(persons);
  return row?.n ?? 0;
}

export async function demoUserExists(tx: Executor): Promise<boolean> {
  const [row] = await tx.select({ id: users.id }).from(users).where(eq(users.username, 'consulent')).limit(1);
  return Boolean(row);
}

export async function insertTeams(tx: Executor, rows: (typeof teams.$inferInsert)[]) {
  return tx.insert(teams).values(rows).returning({ id: teams.id, code: teams.code });
}

export async function insertTeamAreas(tx: Executor, rows: (typeof teamAreas.$inferInsert)[]) {
  if (rows.length) await tx.insert(teamAreas).values(rows);
}

export async function insertUsers(tx: Executor, rows: (typeof users.$inferInsert)[]) {
  return tx.insert(users).values(rows).returning({ id: users.id, username: users.username });
}

export async function insertTeamMembers(tx: Executor, rows: (typeof teamMembers.$inferInsert)[]) {
  if (rows.length) await tx.insert(teamMembers).values(rows);
}

export async function insertPersons(tx: Executor, rows: (typeof persons.$inferInsert)[]) {
  if (rows.length) await tx.insert(persons).values(rows);
}

export async function insertHouseholds(tx: Executor, rows: (typeof households.$inferInsert)[]) {
  if (rows.length) await tx.insert(households).values(rows);
}

export async function insertHouseholdMembers(tx: Executor, rows: (typeof householdMembers.$inferInsert)[]) {
  if (rows.length) await tx.insert(householdMembers).values(rows);
}

export async function insertRows<T extends Record<string, unknown>>(
  tx: Executor,
  table: Parameters<Executor['insert']>[0],
  rows: T[],
) {
  if (rows.length) await tx.insert(table).values(rows as never);
}
