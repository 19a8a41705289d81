import { and, asc, desc, eq, inArray, isNull, type SQL, sql } from 'drizzle-orm';
import {
  areas,
  cases,
  householdMembers,
  intakeCases,
  intakeReferrals,
  intakes,
  persons,
  selfSufficiencyScores,
  teams,
} from '../../platform/db/schema';
import type { Executor } from '../../platform/db/transactor';
import { areaTeamFor } from '../cases/repository';

export type IntakeRow = typeof intakes.$inferSelect;
export type NewIntakeRow = typeof intakes.$inferInsert;

/** The person's wijk, its gemeente, and the area team that serves it (the wijk's own team first). */
export async function routingFacts(tx: Executor, personId: string) {
  const [person] = await tx
    .select({
      areaCode: persons.areaCode,
      areaName: areas.name,
      areaLevel: areas.level,
      gemeenteCode: areas.parentCode,
    })
    .from(persons)
    .leftJoin(areas, eq(areas.code, persons.areaCode))
    .where(eq(persons.id, personId))
    .limit(1);
  if (!person) return undefined;
  const codes = [person.areaCode, person.gemeenteCode].filter((code): code is string => Boolean(code));
  // The same rule as a new case follows: the wijk's own area team first, else the gemeente's.
  const team = await areaTeamFor(tx, codes);
  // The rule names the area that matched: the wijk itself, or its gemeente.
  const [matchedArea] = team
    ? await tx
        .select({ name: areas.name, level: areas.level })
        .from(areas)
        .where(eq(areas.code, team.areaCode))
        .limit(1)
    : [];
  return { ...person, team, matchedArea };
}

export async function currentHousehold(tx: Executor, personId: string, today: string) {
  const [row] = await tx
    .select({ householdId: householdMembers.householdId })
    .from(householdMembers)
    .where(
      and(
        eq(householdMembers.personId, personId),
        sql`(${householdMembers.validUntil} is null or ${householdMembers.validUntil} >= ${today}::date)`,
      ),
    )
    .orderBy(desc(householdMembers.validFrom))
    .limit(1);
  return row?.householdId ?? null;
}

export async function householdMembersOf(tx: Executor, householdId: string, today: string) {
  return tx
    .select({
      id: persons.id,
      givenNames: persons.givenNames,
      prefix: persons.prefix,
      familyName: persons.familyName,
      birthDate: persons.birthDate,
    })
    .from(householdMembers)
    .innerJoin(persons, eq(persons.id, householdMembers.personId))
    .where(
      and(
        eq(householdMembers.householdId, householdId),
        sql`(${householdMembers.validUntil} is null or ${householdMembers.validUntil} >= ${today}::date)`,
      ),
    )
    .orderBy(asc(persons.birthDate));
}

export async function insertIntake(tx: Executor, row: NewIntakeRow): Promise<IntakeRow> {
  const [created] = await tx.insert(intakes).values(row).returning();
  if (!created) throw new Error('insert returned no row');
  return created;
}

export async function findIntake(
  tx: Executor,
  id: string,
  forUpdate = false,
): Promise<IntakeRow | undefined> {
  const query = tx.select().from(intakes).where(eq(intakes.id, id)).limit(1);
  const [row] = forUpdate ? await query.for('update') : await query;
  return row;
}

/** Updates only when the stored version is the one the client saw; undefined means stale. */
export async function updateIntakeAtVersion(
  tx: Executor,
  id: string,
  expectedVersion: number,
  changes: Partial<NewIntakeRow>,
): Promise<IntakeRow | undefined> {
  const [row] = await tx
    .update(intakes)
    .set({ ...changes, version: sql`${intakes.version} + 1`, updatedAt: new Date() })
    .where(and(eq(intakes.id, id), eq(intakes.version, expectedVersion)))
    .returning();
  return row;
}

export async function personName(tx: Executor, personId: string) {
  const [row] = await tx
    .select({ givenNames: persons.givenNames, prefix: persons.prefix, familyName: persons.familyName })
    .from(persons)
    .where(eq(persons.id, personId))
    .limit(1);
  return row;
}

export async function teamRef(tx: Executor, teamId: string | null) {
  if (!teamId) return null;
  const [row] = await tx
    .select({ id: teams.id, code: teams.code, name: teams.name, kind: teams.kind })
    .from(teams)
    .where(eq(teams.id, teamId))
    .limit(1);
  return row ?? null;
}

export interface IntakeListFilter {
  teamIds?: readonly string[];
  unrouted?: boolean;
  createdBy?: string;
  status?: string | undefined;
  limit: number;
}

/** Intakes for a queue, oldest first: what waits longest at the front door comes first. */
export async function listIntakes(tx: Executor, filter: IntakeListFilter) {
  const conditions: (SQL | undefined)[] = [];
  if (filter.teamIds) conditions.push(inArray(intakes.teamId, [...filter.teamIds]));
  if (filter.unrouted) conditions.push(isNull(intakes.teamId));
  if (filter.createdBy) conditions.push(eq(intakes.createdBy, filter.createdBy));
  if (filter.status) conditions.push(eq(intakes.status, filter.status));
  return tx
    .select({
      id: intakes.id,
      receivedOn: intakes.receivedOn,
      channel: intakes.channel,
      status: intakes.status,
      personId: intakes.personId,
      givenNames: persons.givenNames,
      prefix: persons.prefix,
      familyName: persons.familyName,
      teamId: teams.id,
      teamCode: teams.code,
      teamName: teams.name,
      routingRule: intakes.routingRule,
    })
    .from(intakes)
    .innerJoin(persons, eq(persons.id, intakes.personId))
    .leftJoin(teams, eq(teams.id, intakes.teamId))
    .where(and(...conditions))
    .orderBy(asc(intakes.receivedOn), asc(intakes.createdAt))
    .limit(filter.limit);
}

export async function insertReferrals(
  tx: Executor,
  rows: { intakeId: string; partner: string; note: string | null; createdBy: string }[],
) {
  if (rows.length > 0) await tx.insert(intakeReferrals).values(rows);
}

export async function referralsOf(tx: Executor, intakeId: string) {
  return tx
    .select({ partner: intakeReferrals.partner, note: intakeReferrals.note })
    .from(intakeReferrals)
    .where(eq(intakeReferrals.intakeId, intakeId))
    .orderBy(asc(intakeReferrals.createdAt));
}

export async function insertScores(tx: Executor, rows: (typeof selfSufficiencyScores.$inferInsert)[]) {
  if (rows.length > 0) await tx.insert(selfSufficiencyScores).values(rows);
}

export async function scoresOfIntake(tx: Executor, intakeId: string) {
  return tx
    .select({
      personId: selfSufficiencyScores.personId,
      lifeDomain: selfSufficiencyScores.lifeDomain,
      score: selfSufficiencyScores.score,
      note: selfSufficiencyScores.note,
    })
    .from(selfSufficiencyScores)
    .where(eq(selfSufficiencyScores.intakeId, intakeId))
    .orderBy(asc(selfSufficiencyScores.createdAt));
}

export async function scoreHistory(tx: Executor, personId: string) {
  return tx
    .select({
      lifeDomain: selfSufficiencyScores.lifeDomain,
      assessedOn: selfSufficiencyScores.assessedOn,
      score: selfSufficiencyScores.score,
    })
    .from(selfSufficiencyScores)
    .where(eq(selfSufficiencyScores.personId, personId))
    .orderBy(
      asc(selfSufficiencyScores.lifeDomain),
      asc(selfSufficiencyScores.assessedOn),
      asc(selfSufficiencyScores.createdAt),
    );
}

export async function linkCase(tx: Executor, intakeId: string, caseId: string) {
  await tx.insert(intakeCases).values({ intakeId, caseId });
}

export async function casesOfIntake(tx: Executor, intakeId: string) {
  return tx
    .select({ id: cases.id, number: cases.number, caseTypeCode: cases.caseTypeCode })
    .from(intakeCases)
    .innerJoin(cases, eq(cases.id, intakeCases.caseId))
    .where(eq(intakeCases.intakeId, intakeId))
    .orderBy(asc(cases.number));
}

/** Open cases and open intakes of the persons a duplicate check found: types and dates, no content. */
export async function openWorkOf(tx: Executor, personIds: readonly string[]) {
  if (personIds.length === 0) return { openCases: [], openIntakes: [] };
  const openCases = await tx
    .select({ personId: cases.personId, caseTypeCode: cases.caseTypeCode, receivedOn: cases.receivedOn })
    .from(cases)
    .where(and(inArray(cases.personId, [...personIds]), isNull(cases.closedOn)))
    .orderBy(desc(cases.receivedOn));
  const openIntakes = await tx
    .select({ personId: intakes.personId, n: sql<number>`count(*)::int` })
    .from(intakes)
    .where(and(inArray(intakes.personId, [...personIds]), eq(intakes.status, 'open')))
    .groupBy(intakes.personId);
  return { openCases, openIntakes };
}

export async function teamExists(tx: Executor, teamId: string) {
  const [row] = await tx.select({ id: teams.id }).from(teams).where(eq(teams.id, teamId)).limit(1);
  return Boolean(row);
}
