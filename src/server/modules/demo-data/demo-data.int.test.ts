import { and, eq, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase } from '../../../../test/helpers/database';
import { isValidBsn } from '../../../shared/bsn';
import { verifyPassword } from '../../platform/auth/password';
import type { Database } from '../../platform/db/client';
import {
  householdMembers,
  households,
  persons,
  teamAreas,
  teamMembers,
  teams,
  users,
} from '../../platform/db/schema';
import { loadAgeBands, loadAreaCatalog } from '../areas/catalog';
import { seedAreas } from '../areas/service';
import { loadCaseTypeCatalog } from '../case-types/catalog';
import { loadTermCalendar } from '../cases/deadlines/decreed-days';
import { STOCK_DATE } from './care-stock';
import { generateDemoCases } from './cases';
import { populationFingerprint } from './fingerprint';
import { generateDemoPopulation, NAMED_EXAMPLES, uuidFrom } from './generate';
import { hasDemoData, loadDemoData } from './service';
import { DEMO_LOGINS, DEMO_TEAMS } from './teams';
import { benefitUnitCounts, careStockCounts, twoYearCounts } from './volumes';

let database: Database;
let summary: Awaited<ReturnType<typeof loadDemoData>>;

beforeAll(async () => {
  database = await createTestDatabase();
  await seedAreas(database.transactor);
  expect(await database.transactor.transaction((tx) => hasDemoData(tx))).toBe(false);
  summary = await loadDemoData(database.transactor, { seed: 1, scale: 'small' });
});
afterAll(() => database.close());

describe('loading demo data', () => {
  it('stores exactly the population the seed generates', async () => {
    const stored = await database.transactor.transaction((tx) =>
      tx
        .select({
          bsn: persons.bsn,
          givenNames: persons.givenNames,
          prefix: persons.prefix,
          familyName: persons.familyName,
          birthDate: persons.birthDate,
        })
        .from(persons),
    );
    const expected = generateDemoPopulation(1, 'small', loadAreaCatalog(), loadAgeBands()).persons;
    expect(stored).toHaveLength(summary.persons);
    expect(populationFingerprint(stored)).toBe(populationFingerprint(expected));
    expect(
      populationFingerprint(generateDemoPopulation(2, 'small', loadAreaCatalog(), loadAgeBands()).persons),
    ).not.toBe(populationFingerprint(stored));
    expect(stored.every((p) => p.bsn === null || (isValidBsn(p.bsn) && p.bsn.startsWith('9')))).toBe(true);
  });

  it('keeps children younger than their parents in the database too', async () => {
    const child = alias(householdMembers, 'c');
    const childPerson = alias(persons, 'cp');
    const parent = alias(householdMembers, 'p');
    const parentPerson = alias(persons, 'pp');
    const [wrong] = await database.transactor.transaction((tx) =>
      tx
        .select({ n: sql<number>`count(*)::int` })
        .from(child)
        .innerJoin(childPerson, eq(childPerson.id, child.personId))
        .innerJoin(parent, and(eq(parent.householdId, child.householdId), eq(parent.relation, 'ouder')))
        .innerJoin(parentPerson, eq(parentPerson.id, parent.personId))
        .where(
          and(
            eq(child.relation, 'kind'),
            sql`${childPerson.birthDate}::date <= ${parentPerson.birthDate}::date + interval '16 years'`,
          ),
        ),
    );
    expect(wrong?.n).toBe(0);
    const [members] = await database.transactor.transaction((tx) =>
      tx.select({ n: sql<number>`count(*)::int` }).from(householdMembers),
    );
    expect(members?.n).toBe(summary.persons);
    const [kids] = await database.transactor.transaction((tx) =>
      tx
        .select({ n: sql<number>`count(*)::int` })
        .from(householdMembers)
        .where(eq(householdMembers.relation, 'kind')),
    );
    expect(kids?.n).toBeGreaterThan(200);
  });

  it('creates the teams with their wijken, and demo users with the right roles and teams', async () => {
    expect(summary.teams).toBe(15);
    const areaRows = await database.transactor.transaction((tx) =>
      tx
        .select({ code: teams.code, area: teamAreas.areaCode })
        .from(teamAreas)
        .innerJoin(teams, eq(teams.id, teamAreas.teamId)),
    );
    const wijken = loadAreaCatalog().filter((a) => a.level === 'wijk');
    for (const wijk of wijken)
      expect(
        areaRows.filter((r) => r.area === wijk.code),
        wijk.code,
      ).toHaveLength(1);
    expect(new Set(DEMO_TEAMS.map((t) => t.specialism).filter(Boolean))).toEqual(
      new Set(['handhaving', 'bezwaar-klachten', 'leerplicht', 'leerlingenvervoer']),
    );

    const memberships = await database.transactor.transaction((tx) =>
      tx
        .select({ username: users.username, roles: users.roles, hash: users.passwordHash, team: teams.code })
        .from(users)
        .leftJoin(teamMembers, eq(teamMembers.userId, users.id))
        .leftJoin(teams, eq(teams.id, teamMembers.teamId)),
    );
    for (const login of DEMO_LOGINS) {
      const rows = memberships.filter((m) => m.username === login.username);
      expect(rows[0]?.roles, login.username).toEqual(login.roles);
      expect(rows.flatMap((r) => (r.team ? [r.team] : [])).sort()).toEqual([...login.teamCodes].sort());
    }
    const byName = (name: string) => memberships.find((m) => m.username === name);
    expect(byName('consulent')?.team).toBe('GT-MAA-CENTRUM');
    expect(byName('teammanager')).toMatchObject({ roles: ['teammanager'], team: 'GT-MAA-CENTRUM' });
    expect(byName('regisseur')?.team).toBe('GT-MAA-CENTRUM');
    expect(byName('handhaving')?.team).toBe('HANDHAVING');
    expect(byName('beheer')?.roles).toEqual(['functioneel-beheer']);
    expect(await verifyPassword(byName('consulent')?.hash ?? '', 'demo')).toBe(true);
  });

  it('assigns the walkthrough household, about 30% of the rest and every benefit household to the serving area team', async () => {
    const rows = await database.transactor.transaction((tx) =>
      tx
        .select({ team: teams.code, household: households.id })
        .from(persons)
        .innerJoin(householdMembers, eq(householdMembers.personId, persons.id))
        .innerJoin(households, eq(households.id, householdMembers.householdId))
        .leftJoin(teams, eq(teams.id, households.teamId))
        .where(
          // By BSN: a generated namesake may live in the same wijk.
          sql`${persons.bsn} in (${NAMED_EXAMPLES.maria.bsn}, ${NAMED_EXAMPLES.jean.bsn}) and ${persons.areaCode} = 'WK093500'`,
        ),
    );
    expect(rows).toHaveLength(2);
    expect(rows.map((r) => r.team)).toEqual(['GT-MAA-CENTRUM', 'GT-MAA-CENTRUM']);
    // 30% generated as known, plus the benefit households among the other 70%.
    const generated = generateDemoPopulation(1, 'small', loadAreaCatalog(), loadAgeBands()).households;
    const knownAtBirth = generated.filter((household) => household.assigned).length;
    const benefitUnits = benefitUnitCounts('small').reduce((sum, [, units]) => sum + units, 0);
    expect(knownAtBirth / generated.length).toBeGreaterThan(0.25);
    expect(knownAtBirth / generated.length).toBeLessThan(0.35);
    expect(summary.assignedHouseholds).toBeGreaterThan(knownAtBirth);
    expect(summary.assignedHouseholds).toBeLessThanOrEqual(knownAtBirth + benefitUnits);
  });

  it('refuses a second load', async () => {
    expect(await database.transactor.transaction((tx) => hasDemoData(tx))).toBe(true);
    await expect(loadDemoData(database.transactor, { seed: 1 })).rejects.toThrow(/al personen/);
  });
});

describe('demo cases', () => {
  const flowCount = twoYearCounts('small').reduce((sum, [, count]) => sum + count, 0);
  const stockCount = benefitUnitCounts('small').reduce((sum, [, count]) => sum + count, 0);

  it('loads two years of cases in the planned volumes, with consistent deadlines, closings and decisions', async () => {
    const areas = loadAreaCatalog();
    const population = generateDemoPopulation(1, 'small', areas, loadAgeBands());
    const generated = generateDemoCases(
      1,
      'small',
      population.persons,
      population.households,
      new Map(areas.map((area) => [area.code, area.parentCode ?? area.code])),
      loadCaseTypeCatalog(),
      loadTermCalendar(),
      uuidFrom,
    ).cases;
    const careStockCases = generated.filter((item) => item.receivedOn < '2024-11-01').length - stockCount;
    expect(careStockCases).toBeGreaterThanOrEqual(
      careStockCounts('small').reduce((sum, [, n]) => sum + n, 0) * 0.95,
    );
    expect(summary.cases).toBe(flowCount + stockCount + careStockCases);
    const [stats] = (await database.rawQuery(`
      select count(*)::int as total,
             count(*) filter (where closed_on is null)::int as open,
             count(*) filter (where closed_on > legal_deadline)::int as late,
             count(*) filter (where closed_on is not null and result_code is null)::int as closed_without_result,
             count(distinct number)::int as numbers,
             count(*) filter (where received_on >= '2024-11-01')::int as within_two_years
      from cases`)) as {
      total: number;
      open: number;
      late: number;
      closed_without_result: number;
      numbers: number;
      within_two_years: number;
    }[];
    expect(stats?.total).toBe(summary.cases);
    expect(stats?.numbers).toBe(stats?.total);
    expect(stats?.within_two_years).toBe(flowCount);
    expect(stats?.closed_without_result).toBe(0);
    expect(stats?.open).toBeGreaterThan(20);
    expect(stats?.late).toBeGreaterThan(0);
    const perType = (await database.rawQuery(
      `select case_type_code as code, count(*)::int as n from cases where received_on >= '2024-11-01' group by 1`,
    )) as { code: string; n: number }[];
    const expected = Object.fromEntries(twoYearCounts('small').filter(([, count]) => count > 0));
    expect(Object.fromEntries(perType.map((row) => [row.code, row.n]))).toEqual(expected);
    // Only a re-integration trajectory stays open after its decision, while the provision runs.
    const [decided] = (await database.rawQuery(
      `select count(*) filter (where c.case_type_code <> 'REINTEGRATIE-TRAJECT')::int as n,
              count(*) filter (where p.end_date is null or p.end_date >= '2026-11-01')::int as running
       from decisions d join cases c on c.id = d.case_id left join provisions p on p.decision_id = d.id
       where c.closed_on is null`,
    )) as { n: number; running: number }[];
    expect(decided?.n).toBe(0);
    expect(decided?.running).toBeGreaterThan(0);
    const [counter] = (await database.rawQuery(`select count(*)::int as n from case_number_counters`)) as {
      n: number;
    }[];
    expect(counter?.n).toBeGreaterThanOrEqual(2);
  });

  it('has the benefit units of each gemeente running on the reference date, the surplus ended by outflow', async () => {
    const running = (await database.rawQuery(`
      select p.paying_gemeente_code as gemeente, count(distinct p.id)::int as units,
             count(*) filter (where h.team_id is null)::int as unknown_to_team
      from provisions p
      join household_members hm on hm.person_id = p.person_id
      join households h on h.id = hm.household_id
      join cases c on c.id = p.case_id
      where p.domain = 'inkomen' and p.end_date is null
      group by 1`)) as { gemeente: string; units: number; unknown_to_team: number }[];
    expect(Object.fromEntries(running.map((row) => [row.gemeente, row.units]))).toEqual(
      Object.fromEntries(benefitUnitCounts('small')),
    );
    expect(running.every((row) => row.unknown_to_team === 0)).toBe(true);
    const [ended] = (await database.rawQuery(`
      select count(*)::int as n,
             count(*) filter (where end_reason = 'uitstroom-naar-werk')::int as to_work,
             count(*) filter (where end_date <= start_date or end_date < '2024-11-01')::int as impossible
      from provisions where domain = 'inkomen' and end_date is not null`)) as {
      n: number;
      to_work: number;
      impossible: number;
    }[];
    expect(ended?.n).toBeGreaterThan(0);
    expect(ended?.to_work).toBeGreaterThan(0);
    expect(ended?.impossible).toBe(0);
  });
});

describe('demo care stock', () => {
  it('has the running care stock per domain on the stock date, with turnover and overlap between domains', async () => {
    const rows = (await database.rawQuery(`
      select domain,
             count(distinct person_id) filter (where start_date <= '${STOCK_DATE}'
               and (end_date is null or end_date >= '${STOCK_DATE}'))::int as running,
             count(*) filter (where start_date < '${STOCK_DATE}' and end_reason is not null
               and end_date between '${STOCK_DATE}' and '2026-11-01')::int as ended
      from provisions where domain in ('wmo', 'jeugd', 'participatie', 'minima') group by 1`)) as {
      domain: string;
      running: number;
      ended: number;
    }[];
    const byDomain = new Map(rows.map((row) => [row.domain, row]));
    for (const [domain, persons] of careStockCounts('small')) {
      const row = byDomain.get(domain);
      expect(row?.running, domain).toBeGreaterThanOrEqual(Math.floor(persons * 0.9));
      expect(row?.running, domain).toBeLessThanOrEqual(persons + 5);
      expect(row?.ended, domain).toBeGreaterThan(0);
    }
    const [overlap] = (await database.rawQuery(`
      select
        (select count(distinct w.person_id)::int from provisions w
          join provisions i on i.person_id = w.person_id and i.domain in ('inkomen', 'participatie')
          where w.domain = 'wmo') as wmo_and_income,
        (select count(distinct j.person_id)::int from provisions j
          join household_members hm on hm.person_id = j.person_id
          join household_members other on other.household_id = hm.household_id
          join provisions i on i.person_id = other.person_id and i.domain = 'inkomen'
          where j.domain = 'jeugd') as youth_in_benefit_household`)) as {
      wmo_and_income: number;
      youth_in_benefit_household: number;
    }[];
    expect(overlap?.wmo_and_income).toBeGreaterThan(0);
    expect(overlap?.youth_in_benefit_household).toBeGreaterThan(0);
  });
});

describe('demo volumes', () => {
  it("carry the seeds' figures in full at region scale", () => {
    const region = Object.fromEntries(twoYearCounts('region'));
    expect(region['LLV-AANVRAAG']).toBe(2 * 790);
    expect(region.VERZUIMMELDING).toBe(2 * 948);
    expect(region.ZORGMELDING).toBe(2 * 937);
    expect(benefitUnitCounts('region').reduce((sum, [, units]) => sum + units, 0)).toBe(5_070);
  });
});

describe('demo front door', () => {
  it('has meldingen before front-door cases, scores with a second assessment, plans, networks and regisseurs', async () => {
    expect(summary.intakes).toBeGreaterThan(100);
    const [stats] = (await database.rawQuery(`
      select
        (select count(*)::int from intakes) as intakes,
        (select count(*)::int from intakes where status = 'open') as open_intakes,
        (select count(*)::int from intake_cases) as linked,
        (select count(*)::int from intakes where team_id is null) as unrouted,
        (select count(*)::int from intakes i where routing_rule not like '% → %') as ruleless,
        (select count(distinct (person_id, life_domain))::int from self_sufficiency_scores s
          where exists (select 1 from self_sufficiency_scores t where t.person_id = s.person_id
            and t.life_domain = s.life_domain and t.assessed_on > s.assessed_on)) as lines,
        (select count(*)::int from household_plans) as plans,
        (select count(*)::int from household_plans where next_review_on < '2026-11-01') as overdue_reviews,
        (select count(*)::int from household_plans where not (content->'considerations' @> '[{"kind":"algemene-voorziening"}]'
          or content->'considerations' @> '[{"kind":"netwerk"}]'
          or content->'considerations' @> '[{"kind":"voorliggende-voorziening"}]')) as plans_without_consideration,
        (select count(*)::int from network_members) as network,
        (select count(*)::int from household_regisseurs where until is null) as regisseurs
    `)) as Record<string, number>[];
    expect(stats?.intakes).toBe(summary.intakes);
    expect(stats?.linked).toBeGreaterThan(50);
    expect(stats?.open_intakes).toBeGreaterThan(0);
    expect(stats?.ruleless).toBe(0);
    expect(stats?.lines).toBeGreaterThan(10);
    expect(stats?.plans).toBe(summary.plans);
    expect(stats?.overdue_reviews).toBeGreaterThan(0);
    expect(stats?.plans_without_consideration).toBe(0);
    expect(stats?.network).toBe(summary.networkMembers);
    expect(stats?.regisseurs).toBe(summary.regisseurs);
    expect(summary.regisseurs).toBeGreaterThan(0);
    const [wmoJeugd] = (await database.rawQuery(`
      select
        (select count(*)::int from case_appointments a join cases c on c.id = a.case_id
          where c.case_type_code = 'WMO-MELDING') as appointments,
        (select count(*)::int from cases where case_type_code = 'WMO-MELDING') as meldingen,
        (select count(*)::int from case_appointments where report is not null and starts_at > now()) as reported_ahead,
        (select count(*)::int from case_referrals r join cases c on c.id = r.case_id
          where c.case_type_code = 'JEUGDHULP-AANVRAAG') as referrals,
        (select count(*)::int from cases where case_type_code = 'JEUGDHULP-AANVRAAG') as requests
    `)) as Record<string, number>[];
    expect(wmoJeugd?.appointments).toBe(wmoJeugd?.meldingen);
    expect(wmoJeugd?.reported_ahead).toBe(0);
    expect(wmoJeugd?.referrals).toBe(wmoJeugd?.requests);
  });
});
