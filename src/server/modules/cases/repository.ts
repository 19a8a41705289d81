import { and, asc, desc, eq, inArray, sql } from 'drizzle-orm';
import { displayName } from '../../../shared/person-name';
import {
  areas,
  caseEvents,
  caseExtensions,
  caseNotes,
  caseNumberCounters,
  caseSuspensions,
  cases,
  householdMembers,
  persons,
  teamAreas,
  teamMembers,
  teams,
} from '../../platform/db/schema';
import type { Executor } from '../../platform/db/transactor';
import { regisseurOf } from '../network/regisseur';

export type CaseRow = typeof cases.$inferSelect;

/** The next number of the year; the counter row's lock makes concurrent creations wait, never collide. */
export async function nextCaseNumber(tx: Executor, year: number): Promise<number> {
  const [row] = await tx
    .insert(caseNumberCounters)
    .values({ year, last: 1 })
    .onConflictDoUpdate({
      target: caseNumberCounters.year,
      set: { last: sql`${caseNumberCounters.last} + 1` },
    })
    .returning({ last: caseNumberCounters.last });
  if (!row) throw new Error('no case number');
  return row.last;
}

export async function personWithArea(tx: Executor, personId: string) {
  const [row] = await tx
    .select({
      id: persons.id,
      areaCode: persons.areaCode,
      gemeenteCode: areas.parentCode,
      areaLevel: areas.level,
    })
    .from(persons)
    .leftJoin(areas, eq(areas.code, persons.areaCode))
    .where(eq(persons.id, personId))
    .limit(1);
  return row;
}

/** The area team serving an area, preferring the team of the wijk itself over one of its gemeente. */
export async function areaTeamFor(tx: Executor, areaCodes: string[]) {
  if (areaCodes.length === 0) return undefined;
  const [row] = await tx
    .select({ id: teams.id, code: teams.code, name: teams.name, areaCode: teamAreas.areaCode })
    .from(teamAreas)
    .innerJoin(teams, eq(teams.id, teamAreas.teamId))
    .where(and(inArray(teamAreas.areaCode, areaCodes), eq(teams.kind, 'gebiedsteam')))
    .orderBy(sql`${teamAreas.areaCode} = ${areaCodes[0]} desc`, asc(teams.code))
    .limit(1);
  return row;
}

export async function specialistTeam(tx: Executor, specialism: string) {
  const [row] = await tx
    .select({ id: teams.id })
    .from(teams)
    .where(eq(teams.specialism, specialism))
    .orderBy(asc(teams.code))
    .limit(1);
  return row;
}

export async function teamRef(tx: Executor, teamId: string) {
  const [row] = await tx
    .select({ id: teams.id, code: teams.code, name: teams.name })
    .from(teams)
    .where(eq(teams.id, teamId));
  return row;
}

export async function insertCase(tx: Executor, row: typeof cases.$inferInsert): Promise<CaseRow> {
  const [created] = await tx.insert(cases).values(row).returning();
  if (!created) throw new Error('insert returned no row');
  return created;
}

/** Reads the case and locks it for the rest of the transaction: changes to one case go one at a time. */
export async function findCaseForUpdate(tx: Executor, id: string): Promise<CaseRow | undefined> {
  const [row] = await tx.select().from(cases).where(eq(cases.id, id)).for('update').limit(1);
  return row;
}

export async function findCase(tx: Executor, id: string): Promise<CaseRow | undefined> {
  const [row] = await tx.select().from(cases).where(eq(cases.id, id)).limit(1);
  return row;
}

export async function updateCase(
  tx: Executor,
  id: string,
  changes: Partial<typeof cases.$inferInsert>,
): Promise<CaseRow> {
  const [row] = await tx
    .update(cases)
    .set({ ...changes, version: sql`${cases.version} + 1`, updatedAt: new Date() })
    .where(eq(cases.id, id))
    .returning();
  if (!row) throw new Error('update returned no row');
  return row;
}

export async function suspensionsOf(tx: Executor, caseId: string) {
  return tx
    .select()
    .from(caseSuspensions)
    .where(eq(caseSuspensions.caseId, caseId))
    .orderBy(asc(caseSuspensions.fromDate));
}

export async function insertSuspension(tx: Executor, row: typeof caseSuspensions.$inferInsert) {
  await tx.insert(caseSuspensions).values(row);
}

export async function resumeOpenSuspension(tx: Executor, caseId: string, on: string) {
  await tx
    .update(caseSuspensions)
    .set({ resumedOn: on })
    .where(and(eq(caseSuspensions.caseId, caseId), sql`${caseSuspensions.resumedOn} is null`));
}

export async function extensionsOf(tx: Executor, caseId: string) {
  return tx
    .select()
    .from(caseExtensions)
    .where(eq(caseExtensions.caseId, caseId))
    .orderBy(asc(caseExtensions.createdAt));
}

export async function insertExtension(tx: Executor, row: typeof caseExtensions.$inferInsert) {
  await tx.insert(caseExtensions).values(row);
}

export async function addEvent(
  tx: Executor,
  caseId: string,
  actorId: string,
  kind: string,
  details: Record<string, unknown> = {},
) {
  await tx.insert(caseEvents).values({ caseId, actorId, kind, details });
}

export async function timelineOf(tx: Executor, caseId: string) {
  return tx
    .select()
    .from(caseEvents)
    .where(eq(caseEvents.caseId, caseId))
    .orderBy(desc(caseEvents.occurredAt), desc(caseEvents.id));
}

export async function casesOfPerson(tx: Executor, personId: string) {
  return tx
    .select()
    .from(cases)
    .where(eq(cases.personId, personId))
    .orderBy(desc(cases.receivedOn), desc(cases.number));
}

export async function notesOf(tx: Executor, caseId: string) {
  return tx.select().from(caseNotes).where(eq(caseNotes.caseId, caseId)).orderBy(desc(caseNotes.createdAt));
}

export async function insertNote(tx: Executor, row: typeof caseNotes.$inferInsert) {
  await tx.insert(caseNotes).values(row);
}

export async function isTeamMember(tx: Executor, userId: string, teamId: string) {
  const [row] = await tx
    .select({ userId: teamMembers.userId })
    .from(teamMembers)
    .where(and(eq(teamMembers.userId, userId), eq(teamMembers.teamId, teamId)))
    .limit(1);
  return Boolean(row);
}

/** The case's person by name, and the regisseur of their current household (as the person page shows). */
export async function personAndRegisseur(tx: Executor, personId: string) {
  const [person] = await tx
    .select({ givenNames: persons.givenNames, prefix: persons.prefix, familyName: persons.familyName })
    .from(persons)
    .where(eq(persons.id, personId))
    .limit(1);
  const [current] = await tx
    .select({ householdId: householdMembers.householdId })
    .from(householdMembers)
    .where(
      and(
        eq(householdMembers.personId, personId),
        sql`(${householdMembers.validUntil} is null or ${householdMembers.validUntil} >= current_date)`,
      ),
    )
    .orderBy(desc(householdMembers.validFrom))
    .limit(1);
  return {
    person: { id: personId, displayName: person ? displayName(person) : '' },
    regisseur: current ? await regisseurOf(tx, current.householdId) : null,
  };
}
