import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Session, type TestApp } from '../../../../test/helpers/app';
import { daysFromToday, householdFactories } from '../../../../test/helpers/household-factories';
import { householdEvents } from '../../platform/db/schema';

let t: TestApp;
let more: ReturnType<typeof householdFactories>;
let consultant: Session;
let outsider: Session;
let teamId: string;
let userId: string;
let household: { id: string };
let mother: { id: string };
let son: { id: string };
let movedOut: { id: string };

beforeAll(async () => {
  t = await createTestApp();
  more = householdFactories(t.database.transactor);
  const team = await t.make.team({ code: 'GT-OVERZICHT' });
  teamId = team.id;
  const user = await t.make.user({
    username: 'consulent',
    displayName: 'Carla Consulent',
    teamIds: [team.id],
  });
  userId = user.id;
  await t.make.user({ username: 'buiten' });
  mother = await t.make.person({ givenNames: 'Lieke', familyName: 'Bemelmans' });
  son = await t.make.person({ givenNames: 'Daan', familyName: 'Bemelmans', birthDate: '2012-06-01' });
  movedOut = await t.make.person({ givenNames: 'Oud', familyName: 'Bewoner' });
  household = await t.make.household([mother.id, son.id], { teamId: team.id, name: 'Huishouden Bemelmans' });
  consultant = await t.login('consulent');
  outsider = await t.login('buiten');
});
afterAll(() => t.close());

describe('household overview', () => {
  it('shows members, all cases, running provisions, latest scores, network, regisseur and one timeline', async () => {
    await more.regisseur({ householdId: household.id, userId });
    const open = await more.caseRow({
      personId: son.id,
      teamId,
      caseTypeCode: 'VERZUIMMELDING',
      domain: 'onderwijs',
      receivedOn: daysFromToday(-5),
    });
    await more.provision({
      personId: mother.id,
      teamId,
      domain: 'wmo',
      provisionTypeCode: 'WMO-HULP-HUISHOUDEN',
      startDate: daysFromToday(-100),
      volume: 3,
      volumeUnit: 'uren per week',
    });
    await more.provision({
      personId: mother.id,
      teamId,
      domain: 'wmo',
      provisionTypeCode: 'WMO-VERVOER',
      startDate: daysFromToday(-400),
      endDate: daysFromToday(-30),
    });
    await more.provision({
      personId: movedOut.id,
      teamId,
      domain: 'wmo',
      provisionTypeCode: 'WMO-VERVOER',
      startDate: daysFromToday(-40),
    });
    await more.score({ personId: mother.id, lifeDomain: 'financien', score: 2, assessedOn: '2026-01-10' });
    await more.score({ personId: mother.id, lifeDomain: 'financien', score: 4, assessedOn: '2026-06-10' });
    await more.score({ personId: son.id, lifeDomain: 'school', score: 1, assessedOn: '2026-03-01' });
    await more.intake({ personId: mother.id, householdId: household.id, receivedOn: daysFromToday(-200) });
    await more.plan({ householdId: household.id, version: 1, nextReviewOn: daysFromToday(60) });
    await t.as(consultant, {
      method: 'POST',
      url: `/api/households/${household.id}/network`,
      payload: { name: 'Buurman Wetzels', role: 'buur', support: 'Brengt Daan naar voetbal' },
    });

    const response = await t.as(consultant, {
      method: 'GET',
      url: `/api/households/${household.id}/overview`,
    });
    expect(response.statusCode).toBe(200);
    const body = response.json();
    expect(body.members.map((m: { displayName: string }) => m.displayName)).toEqual([
      'L. Bemelmans',
      'D. Bemelmans',
    ]);
    expect(body.regisseur).toEqual({ id: userId, displayName: 'Carla Consulent' });
    // Open first, then closed (the grants behind the provisions), from every domain.
    expect(body.cases[0]).toMatchObject({
      id: open.id,
      domain: 'onderwijs',
      closedOn: null,
      caseTypeName: expect.any(String),
    });
    expect(body.cases.map((c: { domain: string }) => c.domain).sort()).toEqual(['onderwijs', 'wmo', 'wmo']);
    expect(body.provisions.map((p: { provisionTypeCode: string }) => p.provisionTypeCode)).toEqual([
      'WMO-HULP-HUISHOUDEN',
    ]);
    expect(body.scores).toEqual(
      expect.arrayContaining([
        { personId: mother.id, lifeDomain: 'financien', score: 4, assessedOn: '2026-06-10' },
        { personId: son.id, lifeDomain: 'school', score: 1, assessedOn: '2026-03-01' },
      ]),
    );
    expect(body.scores).toHaveLength(2);
    expect(body.network).toEqual([
      expect.objectContaining({ name: 'Buurman Wetzels', role: 'buur', active: true }),
    ]);
    const sources = new Set(body.timeline.map((item: { source: string }) => item.source));
    expect([...sources].sort()).toEqual(['huishouden', 'melding', 'plan', 'zaak']);
    const moments = body.timeline.map((item: { occurredAt: string }) => item.occurredAt);
    expect([...moments].sort().reverse()).toEqual(moments);
    expect(body.timelineMore).toBeNull();

    const log = await t.as(consultant, { method: 'GET', url: `/api/persons/${son.id}/access-log` });
    expect(
      log
        .json()
        .items.some((entry: { action: string; resource: string }) => entry.resource.endsWith('/overview')),
    ).toBe(true);
  });

  it('pages the timeline with a cursor, newest first, without gaps or repeats', async () => {
    await t.database.transactor.transaction((tx) =>
      tx.insert(householdEvents).values(
        Array.from({ length: 60 }, (_, i) => ({
          householdId: household.id,
          actorId: userId,
          kind: 'test-gebeurtenis',
          details: { i },
          occurredAt: new Date(Date.UTC(2025, 0, 1, 0, 0, i % 30)),
        })),
      ),
    );
    const first = (
      await t.as(consultant, { method: 'GET', url: `/api/households/${household.id}/overview` })
    ).json();
    expect(first.timeline).toHaveLength(50);
    const seen = [...first.timeline];
    let cursor: string | null = first.timelineMore;
    while (cursor) {
      const page = await t.as(consultant, {
        method: 'GET',
        url: `/api/households/${household.id}/timeline?limit=7&before=${encodeURIComponent(cursor)}`,
      });
      expect(page.statusCode).toBe(200);
      seen.push(...page.json().items);
      cursor = page.json().more;
    }
    const all = (
      await t.as(consultant, { method: 'GET', url: `/api/households/${household.id}/timeline?limit=200` })
    ).json().items;
    expect(seen).toEqual(all);
    expect(all.filter((item: { kind: string }) => item.kind === 'test-gebeurtenis')).toHaveLength(60);
    const bad = await t.as(consultant, {
      method: 'GET',
      url: `/api/households/${household.id}/timeline?before=xyz`,
    });
    expect(bad.statusCode).toBe(400);
  });

  it('refuses a user without relation (403, audited as denied) and answers 404 for an unknown household', async () => {
    expect(
      (await t.as(outsider, { method: 'GET', url: `/api/households/${household.id}/overview` })).statusCode,
    ).toBe(403);
    const log = await t.as(consultant, { method: 'GET', url: `/api/persons/${mother.id}/access-log` });
    expect(
      log
        .json()
        .items.some(
          (entry: { outcome: string; resource: string }) =>
            entry.outcome === 'denied' && entry.resource.endsWith('/overview'),
        ),
    ).toBe(true);
    expect(
      (
        await t.as(consultant, {
          method: 'GET',
          url: '/api/households/7b0c1f4e-0000-4000-8000-000000000000/overview',
        })
      ).statusCode,
    ).toBe(404);
  });
});
