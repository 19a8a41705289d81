import { type SQL, sql } from 'drizzle-orm';
import type { Executor } from '../../platform/db/transactor';

/** The households a signal list covers: one household, or every household of a team. */
export type SignalScope = { householdId: string } | { teamId: string };

const inScope = (scope: SignalScope): SQL =>
  'householdId' in scope ? sql`h.id = ${scope.householdId}::uuid` : sql`h.team_id = ${scope.teamId}::uuid`;

/** Who a row is about, with what the rules need of them and the name the list shows. */
export interface PersonColumns {
  household_id: string;
  household_name: string;
  person_id: string;
  given_names: string;
  prefix: string | null;
  family_name: string;
  birth_date: string | null;
}

export interface PlanRow {
  household_id: string;
  household_name: string;
  version: number;
  next_review_on: string;
}

export interface ProvisionRow extends PersonColumns {
  id: string;
  domain: string;
  provision_type_code: string;
  start_date: string;
  end_date: string | null;
  end_reason: string | null;
  volume: number | null;
  volume_unit: string | null;
}

export interface OpenCaseRow extends PersonColumns {
  case_type_code: string;
  number: string;
  received_on: string;
}

const rowsOf = <T>(result: unknown) => (result as { rows: T[] }).rows;

/**
 * Households whose newest plan version has a review date before the cutoff. The lateral subquery
 * reads one row per household from household_plans_version_uq (household_id, version).
 */
export async function overdueReviews(tx: Executor, scope: SignalScope, cutoff: string) {
  return rowsOf<PlanRow>(
    await tx.execute(sql`
      select h.id::text as household_id, h.name as household_name, lp.version::int as version,
        lp.next_review_on::text as next_review_on
      from households h
      join lateral (
        select p.version, p.next_review_on from household_plans p
        where p.household_id = h.id order by p.version desc limit 1
      ) lp on true
      where ${inScope(scope)} and lp.next_review_on < ${cutoff}::date`),
  );
}

export interface ProvisionCandidates {
  today: string;
  /** Stacking needs this many categories (so at least as many distinct types) or this many domains. */
  stacking: { minCategories: number; minDomains: number; domains: readonly string[] };
  ending: { horizon: string; domains: readonly string[] };
  wlzTypes: readonly string[];
  /** Members born in this window turn 18 within the transition horizon. */
  transition: { bornAfter: string; bornUpTo: string; domains: readonly string[] };
}

/**
 * Running provisions of the current members of households that are candidates for a provision
 * signal (stacking, ending, Wlz, turning 18). Starts from the households in scope
 * (households_team_idx), then members (primary key) and provisions (provisions_person_idx), and
 * groups per household in one pass: a self-join of the running provisions with their candidate
 * households degrades into a nested loop when the statistics are stale (10 s instead of 1 s on the
 * region data), the aggregate does not.
 */
export async function candidateProvisions(
  tx: Executor,
  scope: SignalScope,
  c: ProvisionCandidates,
): Promise<ProvisionRow[]> {
  const grouped = rowsOf<{ household_id: string; household_name: string; provisions: string }>(
    await tx.execute(sql`
      select h.id::text as household_id, h.name as household_name,
        json_agg(json_build_object(
          'person_id', pe.id, 'given_names', pe.given_names, 'prefix', pe.prefix,
          'family_name', pe.family_name, 'birth_date', pe.birth_date, 'id', pr.id, 'domain', pr.domain,
          'provision_type_code', pr.provision_type_code, 'start_date', pr.start_date,
          'end_date', pr.end_date, 'end_reason', pr.end_reason, 'volume', pr.volume,
          'volume_unit', pr.volume_unit
        ) order by pr.start_date, pr.id)::text as provisions
      from households h
      join household_members m on m.household_id = h.id
        and (m.valid_until is null or m.valid_until >= ${c.today}::date)
      join persons pe on pe.id = m.person_id
      join provisions pr on pr.person_id = m.person_id and pr.start_date <= ${c.today}::date
        and (pr.end_date is null or pr.end_date >= ${c.today}::date)
      where ${inScope(scope)}
      group by h.id, h.name
      having count(distinct pr.provision_type_code) filter (where pr.domain in ${c.stacking.domains})
          >= ${c.stacking.minCategories}
        or count(distinct pr.domain) filter (where pr.domain in ${c.stacking.domains}) >= ${c.stacking.minDomains}
        or bool_or(pr.end_date <= ${c.ending.horizon}::date and pr.end_reason is null
                   and pr.domain in ${c.ending.domains})
        or bool_or(pr.provision_type_code in ${c.wlzTypes})
        or bool_or(pr.domain in ${c.transition.domains} and pe.birth_date > ${c.transition.bornAfter}::date
                   and pe.birth_date <= ${c.transition.bornUpTo}::date)`),
  );
  return grouped.flatMap((household) =>
    (JSON.parse(household.provisions) as Omit<ProvisionRow, 'household_id' | 'household_name'>[]).map(
      (row) => ({ ...row, household_id: household.household_id, household_name: household.household_name }),
    ),
  );
}

/** Open cases of the given types (re-assessments, absence reports) of the current members in scope. */
export async function openCasesOfTypes(
  tx: Executor,
  scope: SignalScope,
  today: string,
  caseTypeCodes: readonly string[],
) {
  if (caseTypeCodes.length === 0) return [];
  return rowsOf<OpenCaseRow>(
    await tx.execute(sql`
      select h.id::text as household_id, h.name as household_name, pe.id::text as person_id,
        pe.given_names, pe.prefix, pe.family_name, pe.birth_date::text as birth_date,
        c.case_type_code, c.number, c.received_on::text as received_on
      from households h
      join household_members m on m.household_id = h.id
        and (m.valid_until is null or m.valid_until >= ${today}::date)
      join persons pe on pe.id = m.person_id
      join cases c on c.person_id = m.person_id and c.closed_on is null
        and c.case_type_code in ${caseTypeCodes}
      where ${inScope(scope)}
      order by h.id, c.received_on, c.id`),
  );
}

export interface MissingRegisseurRow {
  household_id: string;
  household_name: string;
  open_cases: number;
  first_received_on: string;
}

/**
 * Households in scope with an open case of a current member and no current regisseur: the promise
 * of one contact person per household in care is not kept there yet.
 */
export async function householdsWithoutRegisseur(tx: Executor, scope: SignalScope, today: string) {
  return rowsOf<MissingRegisseurRow>(
    await tx.execute(sql`
      select h.id::text as household_id, h.name as household_name, count(distinct c.id)::int as open_cases,
        min(c.received_on)::text as first_received_on
      from households h
      join household_members m on m.household_id = h.id
        and (m.valid_until is null or m.valid_until >= ${today}::date)
      join cases c on c.person_id = m.person_id and c.closed_on is null
      where ${inScope(scope)}
        and not exists (select 1 from household_regisseurs r where r.household_id = h.id and r.until is null)
      group by h.id, h.name`),
  );
}
