import { and, asc, desc, eq, inArray, or, sql } from 'drizzle-orm';
import { cases, provisions, selfSufficiencyScores } from '../../platform/db/schema';
import type { Executor } from '../../platform/db/transactor';

/** Every case of the household's members, and any case filed on the household itself, newest first. */
export async function casesOf(tx: Executor, householdId: string, personIds: readonly string[]) {
  const about = [eq(cases.householdId, householdId)];
  if (personIds.length > 0) about.push(inArray(cases.personId, [...personIds]));
  return tx
    .select({
      id: cases.id,
      number: cases.number,
      personId: cases.personId,
      caseTypeCode: cases.caseTypeCode,
      caseTypeVersion: cases.caseTypeVersion,
      domain: cases.domain,
      statusCode: cases.statusCode,
      receivedOn: cases.receivedOn,
      closedOn: cases.closedOn,
      resultCode: cases.resultCode,
    })
    .from(cases)
    .where(or(...about))
    .orderBy(sql`${cases.closedOn} is not null`, desc(cases.receivedOn), asc(cases.id));
}

/** Provisions running today or later: no end date, or one not passed yet. */
export async function runningProvisionsOf(tx: Executor, personIds: readonly string[], today: string) {
  if (personIds.length === 0) return [];
  return tx
    .select({
      id: provisions.id,
      personId: provisions.personId,
      caseId: provisions.caseId,
      domain: provisions.domain,
      provisionTypeCode: provisions.provisionTypeCode,
      startDate: provisions.startDate,
      endDate: provisions.endDate,
      volume: provisions.volume,
      volumeUnit: provisions.volumeUnit,
    })
    .from(provisions)
    .where(
      and(
        inArray(provisions.personId, [...personIds]),
        sql`(${provisions.endDate} is null or ${provisions.endDate} >= ${today}::date)`,
      ),
    )
    .orderBy(asc(provisions.domain), asc(provisions.startDate), asc(provisions.id));
}

/** The latest score per member and life domain (served by self_sufficiency_person_idx). */
export async function latestScoresOf(tx: Executor, personIds: readonly string[]) {
  if (personIds.length === 0) return [];
  return tx
    .selectDistinctOn([selfSufficiencyScores.personId, selfSufficiencyScores.lifeDomain], {
      personId: selfSufficiencyScores.personId,
      lifeDomain: selfSufficiencyScores.lifeDomain,
      score: selfSufficiencyScores.score,
      assessedOn: selfSufficiencyScores.assessedOn,
    })
    .from(selfSufficiencyScores)
    .where(inArray(selfSufficiencyScores.personId, [...personIds]))
    .orderBy(
      selfSufficiencyScores.personId,
      selfSufficiencyScores.lifeDomain,
      desc(selfSufficiencyScores.assessedOn),
      desc(selfSufficiencyScores.createdAt),
    );
}

export interface TimelineRow {
  source: string;
  id: string;
  key: string;
  kind: string;
  occurred_at: string;
  subject: string | null;
  person_id: string | null;
  case_id: string | null;
  details: string | null;
}

/**
 * One timeline from four sources — the household's own events, the events of its members' cases,
 * its intakes and its plan versions — newest first, keyset-paged on (moment, source, id). Every
 * column leaves the database as text so both drivers hand back the same values.
 */
export async function timelineOf(
  tx: Executor,
  householdId: string,
  today: string,
  limit: number,
  before?: { at: string; key: string },
): Promise<TimelineRow[]> {
  // Current members, as the rest of the view; the subquery keeps the member list out of the parameters.
  const members = sql`(select m.person_id from household_members m where m.household_id = ${householdId}
    and (m.valid_until is null or m.valid_until >= ${today}::date))`;
  const after = before ? sql`where (t.at, t.key) < (${before.at}::timestamptz, ${before.key})` : sql``;
  const result = await tx.execute(sql`
    select t.source, t.id, t.key, t.kind, t.subject, t.person_id, t.case_id, t.details,
      to_char(t.at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') as occurred_at
    from (
      select 'huishouden' as source, e.id::text as id, e.kind, e.occurred_at as at,
        null::text as subject, null::text as person_id, null::text as case_id, e.details::text as details,
        'a' || e.id::text as key
      from household_events e where e.household_id = ${householdId}
      union all
      select 'zaak', ce.id::text, ce.kind, ce.occurred_at, c.number, c.person_id::text, c.id::text,
        ce.details::text, 'b' || ce.id::text
      from cases c join case_events ce on ce.case_id = c.id
      where c.person_id in ${members} or c.household_id = ${householdId}
      union all
      select 'melding', i.id::text, 'melding-ontvangen', i.received_on::timestamp at time zone 'Europe/Amsterdam',
        i.channel, i.person_id::text, null,
        json_build_object('channel', i.channel, 'status', i.status)::text, 'c' || i.id::text
      from intakes i where i.household_id = ${householdId} or i.person_id in ${members}
      union all
      select 'plan', p.id::text, 'plan-versie', p.created_at, p.version::text, null, null,
        json_build_object('version', p.version, 'nextReviewOn', p.next_review_on, 'agreedOn', p.agreed_on)::text,
        'd' || p.id::text
      from household_plans p where p.household_id = ${householdId}
    ) t
    ${after}
    order by t.at desc, t.key desc
    limit ${limit}`);
  return (result as unknown as { rows: TimelineRow[] }).rows;
}
