import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Session, type TestApp } from '../../../../test/helpers/app';
import type { Role } from '../../../shared/roles';
import { decisions, provisions } from '../../platform/db/schema';

let t: TestApp;
const sessions = new Map<Role, Session>();
const personIds: string[] = [];

type Stay = { gemeente: string; start: string; end: string | null; type?: string };

/** Provisions written straight into the tables: the report reads them, however they were decided. */
async function grant(caseId: string, stays: Stay[]) {
  const persons: { id: string }[] = [];
  for (const _stay of stays) persons.push(await t.make.person());
  await t.database.transactor.transaction(async (tx) => {
    const [decision] = await tx
      .insert(decisions)
      .values({
        caseId,
        decisionTypeCode: 'WMO-BESCHIKKING',
        kind: 'besluit',
        decidedOn: '2025-12-15',
        effectiveFrom: '2026-01-01',
        outcome: 'toegekend',
      })
      .returning();
    if (!decision) throw new Error('no decision');
    for (const [index, stay] of stays.entries()) {
      const person = persons[index];
      if (!person) throw new Error('no person');
      personIds.push(person.id);
      await tx.insert(provisions).values({
        decisionId: decision.id,
        caseId,
        personId: person.id,
        domain: 'wmo',
        provisionTypeCode: stay.type ?? 'WMO-BESCHERMD-WONEN',
        startDate: stay.start,
        endDate: stay.end,
        payingGemeenteCode: stay.gemeente,
      });
    }
  });
}

const times = (count: number, stay: Stay) => Array.from({ length: count }, () => stay);

beforeAll(async () => {
  t = await createTestApp();
  for (const [code, name] of [
    ['GM0935', 'Maastricht'],
    ['GM0938', 'Meerssen'],
    ['GM0981', 'Vaals'],
  ] as const) {
    await t.make.area({ code, name, level: 'gemeente' });
  }
  const wijk = await t.make.area({ code: 'WK093503', name: 'Boschpoort', parentCode: 'GM0935' });
  const team = await t.make.team({ code: 'GT-NOORD', areaCodes: [wijk] });
  for (const role of [
    'beleid',
    'bestuur',
    'teammanager',
    'consulent',
    'functioneel-beheer',
    'privacy',
  ] as const) {
    await t.make.user({
      username: role,
      roles: [role],
      teamIds: role === 'consulent' || role === 'teammanager' ? [team.id] : [],
    });
    sessions.set(role, await t.login(role));
  }
  const person = await t.make.person({ areaCode: wijk });
  const created = await t.as(sessions.get('consulent') as Session, {
    method: 'POST',
    url: '/api/cases',
    payload: {
      personId: person.id,
      channel: 'balie',
      caseTypeCode: 'WMO-AANVRAAG',
      receivedOn: '2025-12-01',
    },
  });
  const caseId = created.json().id as string;
  await grant(caseId, [
    // Maastricht: 12 move in in January; 9 of them leave on 15 March.
    ...times(9, { gemeente: 'GM0935', start: '2026-01-10', end: '2026-03-15' }),
    ...times(3, { gemeente: 'GM0935', start: '2026-01-10', end: null }),
    // Meerssen: 20 move in in January and stay.
    ...times(20, { gemeente: 'GM0938', start: '2026-01-02', end: null }),
    // Vaals: 3 move in in January and stay.
    ...times(3, { gemeente: 'GM0981', start: '2026-01-20', end: null }),
    // Not counted: another provision, and a stay that starts after the period.
    ...times(10, { gemeente: 'GM0938', start: '2026-02-01', end: null, type: 'WMO-BEGELEIDING' }),
    { gemeente: 'GM0938', start: '2026-05-01', end: null },
  ]);
  // One Vaals resident's beschikking is renewed without a day in between: one stay, no flow.
  const renewedPerson = personIds[personIds.length - 14] as string;
  await t.database.transactor.transaction(async (tx) => {
    const [decision] = await tx
      .insert(decisions)
      .values({
        caseId,
        decisionTypeCode: 'WMO-BESCHIKKING',
        kind: 'besluit',
        decidedOn: '2025-12-20',
        effectiveFrom: '2025-12-01',
        outcome: 'toegekend',
      })
      .returning();
    if (!decision) throw new Error('no decision');
    await tx.insert(provisions).values({
      decisionId: decision.id,
      caseId,
      personId: renewedPerson,
      domain: 'wmo',
      provisionTypeCode: 'WMO-BESCHERMD-WONEN',
      startDate: '2025-11-01',
      endDate: '2026-01-19',
      payingGemeenteCode: 'GM0981',
    });
  });
});
afterAll(() => t.close());

const get = (role: Role, query = 'from=2026-01&to=2026-04') =>
  t.as(sessions.get(role) as Session, { method: 'GET', url: `/api/reports/beschermd-wonen?${query}` });

type Cell = { value: number | null; suppressed: string | null };
const shown = (value: number): Cell => ({ value, suppressed: null });
const small: Cell = { value: null, suppressed: 'klein-aantal' };
const derivable: Cell = { value: null, suppressed: 'afleidbaar' };

describe('beschermd wonen per month', () => {
  it('counts in-, through- and outflow per gemeente and in total, with small counts protected', async () => {
    const response = await get('beleid');
    expect(response.statusCode).toBe(200);
    const report = response.json();
    expect(report.suppression).toEqual({ hiddenUpTo: 7, roundTo: 5 });
    expect(report.months.map((month: { month: string }) => month.month)).toEqual([
      '2026-01',
      '2026-02',
      '2026-03',
      '2026-04',
    ]);
    const [january, february, march, april] = report.months;
    expect(january.gemeenten.map((row: { gemeenteName: string }) => row.gemeenteName)).toEqual([
      'Maastricht',
      'Meerssen',
      'Vaals',
    ]);
    const column = (month: typeof january, measure: string) =>
      month.gemeenten.map((row: Record<string, Cell>) => row[measure]);
    // January: Maastricht 12, Meerssen 20, Vaals 2 (the renewed stay started before): Vaals is
    // hidden, and Maastricht too, or the total 34 (shown as 35) would give Vaals away.
    expect(column(january, 'instroom')).toEqual([derivable, shown(20), small]);
    expect(january.total.instroom).toEqual(shown(35));
    expect(column(january, 'doorstroom')).toEqual([small, small, small]);
    expect(january.total.uitstroom).toEqual(small);
    // February: everyone stays the whole month.
    expect(column(february, 'doorstroom')).toEqual([derivable, shown(20), small]);
    expect(february.total.doorstroom).toEqual(shown(35));
    expect(february.total.instroom).toEqual(small);
    // March: 9 leave Maastricht (shown as 10); 3 stay there, not through-flow of the 9.
    expect(column(march, 'uitstroom')).toEqual([shown(10), small, small]);
    expect(march.total.uitstroom).toEqual(shown(10));
    expect(column(march, 'doorstroom')).toEqual([small, shown(20), small]);
    expect(march.total.doorstroom).toEqual(shown(25));
    expect(april.total.doorstroom).toEqual(shown(25));
    // No person's identity leaves the server.
    for (const id of personIds) expect(response.body).not.toContain(id);
  });

  it('is for beleid, bestuur and team managers, not for case work, beheer or the privacy officer', async () => {
    for (const role of ['bestuur', 'teammanager'] as const) expect((await get(role)).statusCode).toBe(200);
    for (const role of ['consulent', 'functioneel-beheer', 'privacy'] as const) {
      expect((await get(role)).statusCode).toBe(403);
    }
    expect(
      (await t.app.inject({ method: 'GET', url: '/api/reports/beschermd-wonen?from=2026-01&to=2026-02' }))
        .statusCode,
    ).toBe(401);
  });

  it('checks the period', async () => {
    const reversed = await get('beleid', 'from=2026-05&to=2026-01');
    expect(reversed.statusCode).toBe(422);
    expect(reversed.json().errors[0].field).toBe('to');
    expect((await get('beleid', 'from=2020-01&to=2026-01')).statusCode).toBe(422);
    expect((await get('beleid', 'from=2026-13&to=2026-14')).statusCode).toBe(400);
  });
});
