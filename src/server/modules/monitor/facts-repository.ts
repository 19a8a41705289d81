import { sql } from 'drizzle-orm';
import type { Executor } from '../../platform/db/transactor';
import type { MonitorCatalog } from './catalog';

const rowsOf = <T>(result: unknown) => (result as { rows: T[] }).rows;

export interface Period {
  start: string;
  end: string;
}

/** The day `years` years before an ISO date (period ends are never 29 February). */
function yearsBefore(day: string, years: number): string {
  return `${String(Number(day.slice(0, 4)) - years).padStart(4, '0')}${day.slice(4)}`;
}

/**
 * Literals for the statements that create work tables: CREATE TABLE AS takes no bind parameters
 * (and is what lets PostgreSQL aggregate with parallel workers), so the few values it needs are
 * checked against a strict pattern and written in.
 */
const literal = {
  date(day: string): string {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) throw new Error(`not a date: ${day}`);
    return `DATE '${day}'`;
  },
  code(code: string): string {
    if (!/^[A-Za-z0-9+-]+$/.test(code)) throw new Error(`not a code: ${code}`);
    return `'${code}'`;
  },
  uuid(id: string): string {
    if (!/^[0-9a-f-]{36}$/.test(id)) throw new Error(`not a uuid: ${id}`);
    return `'${id}'::uuid`;
  },
};

/**
 * The age band on the peilmoment, in the catalog's bands ("0-14" … "75+"), as comparisons of the
 * birth date with dates computed here: someone is a to b years old on `end` when born after
 * end − (b + 1) years and on or before end − a years. No age() per row at national scale.
 */
function ageBandCase(bands: readonly string[], birthDate: string, end: string): string {
  const whens = bands.map((band) => {
    const [from, to] = band.endsWith('+') ? [Number(band.slice(0, -1)), null] : band.split('-').map(Number);
    const bornOnOrBefore = literal.date(yearsBefore(end, from ?? 0));
    if (to === null || to === undefined)
      return `WHEN ${birthDate} <= ${bornOnOrBefore} THEN ${literal.code(band)}`;
    const bornAfter = literal.date(yearsBefore(end, to + 1));
    return `WHEN ${birthDate} <= ${bornOnOrBefore} AND ${birthDate} > ${bornAfter} THEN ${literal.code(band)}`;
  });
  return `(CASE ${whens.join(' ')} END)`;
}

const PEOPLE = 'monitor_people_work';
const PERSON_TOTALS = 'monitor_person_totals_work';
const ACCESS = 'monitor_access_work';

/**
 * Works out once per supported person what every fact of that person carries: the salted keys of
 * person and household, buurt, wijk and gemeente, and the age band. A temporary table: at national
 * scale that is 1.5 million hashes instead of 17 million, and the aggregation can run in parallel.
 */
export async function preparePeople(
  tx: Executor,
  snapshotId: string,
  period: Period,
  catalog: Pick<MonitorCatalog, 'domains' | 'ageBands'>,
): Promise<void> {
  const { start, end } = period;
  const domains = catalog.domains.map((domain) => literal.code(domain.code)).join(', ');
  await tx.execute(sql.raw(`DROP TABLE IF EXISTS ${PEOPLE}`));
  await tx.execute(
    sql.raw(`
    CREATE TEMPORARY TABLE ${PEOPLE} ON COMMIT DROP AS
    WITH salt AS (SELECT salt FROM monitor_snapshot_salts WHERE snapshot_id = ${literal.uuid(snapshotId)}),
    supported AS (
      SELECT DISTINCT p.person_id FROM provisions p
      WHERE p.start_date <= ${literal.date(end)} AND (p.end_date IS NULL OR p.end_date >= ${literal.date(start)})
        AND p.domain IN (${domains})
    ),
    membership AS (
      SELECT DISTINCT ON (hm.person_id) hm.person_id, hm.household_id
      FROM household_members hm JOIN supported s ON s.person_id = hm.person_id
      WHERE hm.valid_from <= ${literal.date(end)} AND (hm.valid_until IS NULL OR hm.valid_until > ${literal.date(end)})
      ORDER BY hm.person_id, hm.valid_from DESC
    )
    SELECT ps.id,
      sha256(salt.salt || convert_to(ps.id::text, 'UTF8')) AS person_key,
      CASE WHEN m.household_id IS NOT NULL
        THEN sha256(salt.salt || convert_to(m.household_id::text, 'UTF8')) END AS household_key,
      CASE a.level WHEN 'gemeente' THEN a.code WHEN 'wijk' THEN a.parent_code WHEN 'buurt' THEN w.parent_code END AS gemeente,
      CASE a.level WHEN 'wijk' THEN a.code WHEN 'buurt' THEN a.parent_code END AS wijk,
      CASE a.level WHEN 'buurt' THEN a.code END AS buurt,
      ${ageBandCase(catalog.ageBands, 'ps.birth_date', end)} AS age_band
    FROM supported s
    JOIN persons ps ON ps.id = s.person_id
    CROSS JOIN salt
    LEFT JOIN membership m ON m.person_id = ps.id
    LEFT JOIN areas a ON a.code = ps.area_code
    LEFT JOIN areas w ON w.code = a.parent_code`),
  );
}

/** The work tables go at commit anyway; dropped early so a second snapshot in one transaction works. */
export async function dropWorkTables(tx: Executor): Promise<void> {
  await tx.execute(sql.raw(`DROP TABLE IF EXISTS ${PEOPLE}`));
  await tx.execute(sql.raw(`DROP TABLE IF EXISTS ${PERSON_TOTALS}`));
}

/**
 * Writes the snapshot's provision facts in one statement: every provision of a support domain that
 * ran in the period, its person replaced by a salted SHA-256 (the household key is on the person
 * facts), the address reduced to buurt, wijk and gemeente, the birth date to an age band, the cost
 * to a normbedrag.
 */
export async function insertProvisionFacts(
  tx: Executor,
  snapshotId: string,
  period: Period,
  catalog: MonitorCatalog,
): Promise<number> {
  const types = [...catalog.provisionTypes.values()].map((type) => {
    const tariff = catalog.tariffs.find((entry) => entry.code === type.code);
    return {
      code: type.code,
      category: type.category,
      per_unit_week: tariff?.perUnitPerWeek ?? null,
      per_week: tariff?.perWeek ?? null,
      one_off: tariff?.oneOff ?? null,
    };
  });
  const domains = catalog.domains.map((domain) => domain.code);
  const { start, end } = period;
  // Days of the provision inside the period, inclusive.
  const days = sql`(LEAST(COALESCE(p.end_date, ${end}::date), ${end}::date) - GREATEST(p.start_date, ${start}::date) + 1)`;
  const startsInPeriod = sql`(p.start_date BETWEEN ${start}::date AND ${end}::date)`;
  const cost = sql`(CASE
      WHEN p.amount_cents IS NOT NULL THEN CASE WHEN ${startsInPeriod} THEN p.amount_cents END
      WHEN t.per_unit_week IS NOT NULL AND p.volume IS NOT NULL THEN round(p.volume * t.per_unit_week * 100 * ${days} / 7.0)
      WHEN t.per_week IS NOT NULL THEN round(t.per_week * 100 * ${days} / 7.0)
      WHEN t.one_off IS NOT NULL THEN CASE WHEN ${startsInPeriod} THEN round(t.one_off * 100) END
    END)::bigint`;
  const inPeriod = sql`p.start_date <= ${end}::date AND (p.end_date IS NULL OR p.end_date >= ${start}::date)
      AND p.domain IN (${sql.join(
        domains.map((domain) => sql`${domain}`),
        sql`, `,
      )})`;
  const result = await tx.execute(sql`
    WITH types AS (
      SELECT * FROM jsonb_to_recordset(${JSON.stringify(types)}::jsonb)
        AS x(code text, category text, per_unit_week numeric, per_week numeric, one_off numeric)
    )
    INSERT INTO monitor_provision_facts (snapshot_id, person_key, gemeente_code, wijk_code,
      buurt_code, age_band, domain, provision_type_code, category, start_date, end_date, cost_cents)
    SELECT ${snapshotId}::uuid, pe.person_key, pe.gemeente, pe.wijk, pe.buurt, pe.age_band,
      p.domain, p.provision_type_code, t.category, p.start_date, p.end_date, ${cost}
    FROM provisions p
    JOIN ${sql.raw(PEOPLE)} pe ON pe.id = p.person_id
    LEFT JOIN types t ON t.code = p.provision_type_code
    WHERE ${inPeriod}
  `);
  return (
    (result as { rowCount?: number; affectedRows?: number }).rowCount ??
    (result as { affectedRows?: number }).affectedRows ??
    0
  );
}

/** One row per person: the domains (bit mask), how many provisions and their cost. */
export async function insertPersonFacts(
  tx: Executor,
  snapshotId: string,
  catalog: Pick<MonitorCatalog, 'domains'>,
): Promise<number> {
  const bits = catalog.domains.map(
    (domain) => `WHEN ${literal.code(domain.code)} THEN ${Math.trunc(domain.bit)}`,
  );
  // Totals per person in a work table first: grouping on one key, which PostgreSQL can do with
  // parallel workers in CREATE TABLE AS (an INSERT … SELECT never runs in parallel).
  await tx.execute(sql.raw(`DROP TABLE IF EXISTS ${PERSON_TOTALS}`));
  await tx.execute(
    sql.raw(`
    CREATE TEMPORARY TABLE ${PERSON_TOTALS} ON COMMIT DROP AS
    SELECT person_key, bit_or(CASE domain ${bits.join(' ')} ELSE 0 END)::smallint AS mask,
      count(*)::int AS provisions, sum(cost_cents)::bigint AS cost
    FROM monitor_provision_facts WHERE snapshot_id = ${literal.uuid(snapshotId)}
    GROUP BY person_key`),
  );
  const result = await tx.execute(sql`
    INSERT INTO monitor_person_facts (snapshot_id, person_key, household_key, gemeente_code, wijk_code,
      buurt_code, age_band, domain_mask, provision_count, cost_cents)
    SELECT ${snapshotId}::uuid, t.person_key, pe.household_key, pe.gemeente, pe.wijk, pe.buurt, pe.age_band,
      t.mask, t.provisions, t.cost
    FROM ${sql.raw(PERSON_TOTALS)} t JOIN ${sql.raw(PEOPLE)} pe ON pe.person_key = t.person_key
  `);
  return (
    (result as { rowCount?: number }).rowCount ?? (result as { affectedRows?: number }).affectedRows ?? 0
  );
}

/**
 * Applications of the access indicators decided in the period: the first besluit of each case,
 * its days from receipt and whether it was in time against the legal deadline (which already
 * moves with suspensions and extensions).
 */
export async function insertAccessFacts(
  tx: Executor,
  snapshotId: string,
  period: Period,
  domains: readonly string[],
): Promise<number> {
  if (domains.length === 0) return 0;
  const { start, end } = period;
  // Selected into a work table first (CREATE TABLE AS may use parallel workers), then written.
  await tx.execute(sql.raw(`DROP TABLE IF EXISTS ${ACCESS}`));
  await tx.execute(
    sql.raw(`
    CREATE TEMPORARY TABLE ${ACCESS} ON COMMIT DROP AS
    WITH first_decision AS (
      -- Besluiten in the period that are their case's first: found through the decided_on index
      -- instead of grouping every decision ever taken.
      SELECT d.case_id, min(d.decided_on) AS decided_on FROM decisions d
      WHERE d.kind = 'besluit' AND d.decided_on BETWEEN ${literal.date(start)} AND ${literal.date(end)}
        AND NOT EXISTS (SELECT 1 FROM decisions e
          WHERE e.case_id = d.case_id AND e.kind = 'besluit' AND e.decided_on < ${literal.date(start)})
      GROUP BY d.case_id
    )
    SELECT
      CASE a.level WHEN 'gemeente' THEN a.code WHEN 'wijk' THEN a.parent_code WHEN 'buurt' THEN w.parent_code
        ELSE c.gemeente_code END AS gemeente_code,
      CASE a.level WHEN 'wijk' THEN a.code WHEN 'buurt' THEN a.parent_code END AS wijk_code,
      c.domain, c.case_type_code, c.received_on, d.decided_on, d.decided_on - c.received_on AS days,
      d.decided_on <= c.legal_deadline AS within_term
    FROM cases c
    JOIN first_decision d ON d.case_id = c.id
    LEFT JOIN areas a ON a.code = c.area_code
    LEFT JOIN areas w ON w.code = a.parent_code
    WHERE c.legal_deadline IS NOT NULL AND c.domain IN (${domains.map(literal.code).join(', ')})`),
  );
  const result = await tx.execute(sql`
    INSERT INTO monitor_access_facts (snapshot_id, gemeente_code, wijk_code, domain, case_type_code,
      received_on, decided_on, days, within_term)
    SELECT ${snapshotId}::uuid, gemeente_code, wijk_code, domain, case_type_code, received_on, decided_on,
      days, within_term
    FROM ${sql.raw(ACCESS)}
  `);
  await tx.execute(sql.raw(`DROP TABLE ${ACCESS}`));
  return (
    (result as { rowCount?: number }).rowCount ?? (result as { affectedRows?: number }).affectedRows ?? 0
  );
}

export interface PersonCubeRow {
  gemeente: string | null;
  wijk: string | null;
  ageBand: string | null;
  mask: number;
  /** min(provisions, 4): the "4 or more" class of the samenloop table. */
  provisionClass: number;
  persons: number;
  provisions: number;
  costCents: number;
}

export interface HouseholdCubeRow {
  gemeente: string | null;
  wijk: string | null;
  mask: number;
  households: number;
}

export interface TypeCubeRow {
  gemeente: string | null;
  wijk: string | null;
  ageBand: string | null;
  domain: string;
  provisionType: string;
  persons: number;
  provisions: number;
  costCents: number;
}

export interface AccessCubeRow {
  gemeente: string | null;
  wijk: string | null;
  domain: string;
  decided: number;
  withinTerm: number;
  days: number;
}

export interface Cubes {
  persons: PersonCubeRow[];
  households: HouseholdCubeRow[];
  types: TypeCubeRow[];
  access: AccessCubeRow[];
}

/**
 * The snapshot's facts grouped to wijk level. Every person has one wijk and one age band, so
 * distinct counts within a group add up to gemeente and region exactly; indicators.ts does that.
 */
export async function readCubes(tx: Executor, snapshotId: string): Promise<Cubes> {
  const persons = rowsOf<PersonCubeRow>(
    await tx.execute(sql`
      SELECT gemeente_code AS gemeente, wijk_code AS wijk, age_band AS "ageBand", domain_mask::int AS mask,
        LEAST(provision_count, 4)::int AS "provisionClass", count(*)::int AS persons,
        sum(provision_count)::int AS provisions, COALESCE(sum(cost_cents), 0)::float8 AS "costCents"
      FROM monitor_person_facts WHERE snapshot_id = ${snapshotId}
      GROUP BY 1, 2, 3, 4, 5`),
  );
  const households = rowsOf<HouseholdCubeRow>(
    await tx.execute(sql`
      SELECT gemeente, wijk, mask, count(*)::int AS households FROM (
        SELECT min(gemeente_code) AS gemeente, min(wijk_code) AS wijk, bit_or(domain_mask)::int AS mask
        FROM monitor_person_facts WHERE snapshot_id = ${snapshotId}
        GROUP BY COALESCE(household_key, person_key)
      ) h GROUP BY 1, 2, 3`),
  );
  const types = rowsOf<TypeCubeRow>(
    await tx.execute(sql`
      SELECT gemeente, wijk, "ageBand", domain, "provisionType", count(*)::int AS persons,
        sum(provisions)::int AS provisions, COALESCE(sum(cost), 0)::float8 AS "costCents"
      FROM (
        -- Per person and type first, then count the persons: no count(DISTINCT), which would
        -- sort within every group and rule out parallel aggregation.
        SELECT gemeente_code AS gemeente, wijk_code AS wijk, age_band AS "ageBand", domain,
          provision_type_code AS "provisionType", count(*) AS provisions, sum(cost_cents) AS cost
        FROM monitor_provision_facts WHERE snapshot_id = ${snapshotId}
        GROUP BY 1, 2, 3, 4, 5, person_key
      ) per_person
      GROUP BY 1, 2, 3, 4, 5`),
  );
  const access = rowsOf<AccessCubeRow>(
    await tx.execute(sql`
      SELECT gemeente_code AS gemeente, wijk_code AS wijk, domain, count(*)::int AS decided,
        count(*) FILTER (WHERE within_term)::int AS "withinTerm", COALESCE(sum(days), 0)::int AS days
      FROM monitor_access_facts WHERE snapshot_id = ${snapshotId}
      GROUP BY 1, 2, 3`),
  );
  return { persons, households, types, access };
}
