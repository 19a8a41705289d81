import { and, asc, eq, inArray, isNull, type SQL, sql } from 'drizzle-orm';
import { caseSuspensions, cases, persons, users } from '../../platform/db/schema';
import type { Executor } from '../../platform/db/transactor';

export interface QueueFilter {
  teamIds?: string[];
  assigneeId?: string;
  unassigned?: boolean;
  domain?: string | undefined;
  caseTypeCode?: string | undefined;
  gemeenteCode?: string | undefined;
  statusCode?: string | undefined;
  overdueBefore?: string | undefined;
  suspended?: boolean | undefined;
  after?: { deadline: string; id: string } | undefined;
  limit: number;
}

const urgency = sql<string>`coalesce(${cases.legalDeadline}, '9999-12-31'::date)`;

/** Open cases by urgency (legal deadline first), keyset-paged on (deadline, id). */
export async function openCases(tx: Executor, filter: QueueFilter) {
  const conditions: (SQL | undefined)[] = [isNull(cases.closedOn)];
  if (filter.teamIds) conditions.push(inArray(cases.teamId, filter.teamIds));
  if (filter.assigneeId) conditions.push(eq(cases.assigneeId, filter.assigneeId));
  if (filter.unassigned) conditions.push(isNull(cases.assigneeId));
  if (filter.domain) conditions.push(eq(cases.domain, filter.domain));
  if (filter.caseTypeCode) conditions.push(eq(cases.caseTypeCode, filter.caseTypeCode));
  if (filter.gemeenteCode) conditions.push(eq(cases.gemeenteCode, filter.gemeenteCode));
  if (filter.statusCode) conditions.push(eq(cases.statusCode, filter.statusCode));
  if (filter.overdueBefore) conditions.push(sql`${cases.legalDeadline} < ${filter.overdueBefore}::date`);
  if (filter.suspended !== undefined) {
    conditions.push(
      filter.suspended ? sql`${cases.suspendedSince} is not null` : isNull(cases.suspendedSince),
    );
  }
  if (filter.after)
    conditions.push(
      sql`(${urgency}, ${cases.id}) > (${filter.after.deadline}::date, ${filter.after.id}::uuid)`,
    );
  return tx
    .select({
      id: cases.id,
      number: cases.number,
      caseTypeCode: cases.caseTypeCode,
      caseTypeVersion: cases.caseTypeVersion,
      domain: cases.domain,
      personId: persons.id,
      givenNames: persons.givenNames,
      prefix: persons.prefix,
      familyName: persons.familyName,
      gemeenteCode: cases.gemeenteCode,
      statusCode: cases.statusCode,
      legalDeadline: cases.legalDeadline,
      suspendedSince: cases.suspendedSince,
      assigneeId: cases.assigneeId,
      assigneeName: users.displayName,
      urgency: sql<string>`${urgency}::text`,
      suspensionPlannedUntil: sql<string | null>`(
        select ${caseSuspensions.plannedUntil}::text from ${caseSuspensions}
        where ${caseSuspensions.caseId} = ${cases.id} and ${caseSuspensions.resumedOn} is null limit 1)`,
    })
    .from(cases)
    .innerJoin(persons, eq(persons.id, cases.personId))
    .leftJoin(users, eq(users.id, cases.assigneeId))
    .where(and(...conditions))
    .orderBy(asc(urgency), asc(cases.id))
    .limit(filter.limit);
}
