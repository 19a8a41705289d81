import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Session, type TestApp } from '../../../../test/helpers/app';

let t: TestApp;
let frontDesk: Session;
let oostConsultant: Session;
let manager: Session;
let outsider: Session;
let oostId: string;
let westId: string;
let person: { id: string };
let child: { id: string };
let nowhere: { id: string };

beforeAll(async () => {
  t = await createTestApp();
  const gemeente = await t.make.area({ code: 'GM0935', level: 'gemeente', name: 'Maastricht' });
  const oost = await t.make.area({ code: 'WK093504', name: 'Maastricht-Oost', parentCode: gemeente });
  const noTeam = await t.make.area({ code: 'WK099999', name: 'Nergens' });
  oostId = (await t.make.team({ code: 'GT-OOST', name: 'Gebiedsteam Oost', areaCodes: [oost] })).id;
  westId = (await t.make.team({ code: 'GT-WEST', name: 'Gebiedsteam West' })).id;
  const desk = await t.make.team({ code: 'KCC', name: 'Klantcontactcentrum', kind: 'specialistisch' });
  await t.make.user({ username: 'balie', roles: ['consulent'], teamIds: [desk.id] });
  await t.make.user({ username: 'oost', roles: ['consulent'], teamIds: [oostId] });
  await t.make.user({ username: 'manager', roles: ['teammanager'], teamIds: [oostId, westId] });
  await t.make.user({ username: 'west', roles: ['consulent'], teamIds: [westId] });
  person = await t.make.person({
    givenNames: 'Ria',
    familyName: 'Bemelmans',
    areaCode: oost,
    birthDate: '1961-04-02',
  });
  child = await t.make.person({
    givenNames: 'Tim',
    familyName: 'Bemelmans',
    areaCode: oost,
    birthDate: '2012-09-01',
  });
  await t.make.household([person.id, child.id], { name: 'Bemelmans' });
  nowhere = await t.make.person({ givenNames: 'Sam', familyName: 'Nergens', areaCode: noTeam });
  frontDesk = await t.login('balie');
  oostConsultant = await t.login('oost');
  manager = await t.login('manager');
  outsider = await t.login('west');
});
afterAll(() => t.close());

const melding = (session: Session, personId: string, extra: Record<string, unknown> = {}) =>
  t.as(session, {
    method: 'POST',
    url: '/api/intakes',
    payload: {
      personId,
      channel: 'buren-netwerk',
      reportedBy: 'buurvrouw',
      ownWords: 'Mevrouw komt de deur niet meer uit en de post stapelt zich op.',
      ...extra,
    },
  });
const step = (session: Session, id: string, action: string, version: number, payload: unknown) =>
  t.as(session, {
    method: 'POST',
    url: `/api/intakes/${id}/${action}`,
    payload,
    headers: { 'if-match': `"${version}"` },
  });

describe('registering a melding', () => {
  it('routes by address to the area team and shows the rule', async () => {
    const response = await melding(frontDesk, person.id);
    expect(response.statusCode).toBe(201);
    expect(response.json()).toMatchObject({
      status: 'open',
      channel: 'buren-netwerk',
      team: { code: 'GT-OOST' },
      routingRule: 'wijk Maastricht-Oost → Gebiedsteam Oost',
      householdMembers: [{ displayName: 'R. Bemelmans' }, { displayName: 'T. Bemelmans' }],
    });
    // The area team now has a relation with the person, and sees the intake in its queue.
    const queue = (await t.as(oostConsultant, { method: 'GET', url: '/api/intakes?view=team' })).json();
    expect(queue.map((item: { id: string }) => item.id)).toContain(response.json().id);
    expect((await t.as(oostConsultant, { method: 'GET', url: `/api/persons/${person.id}` })).statusCode).toBe(
      200,
    );
  });

  it("refuses a melding without the citizen's words or with an unknown channel, field by field", async () => {
    const response = await melding(frontDesk, person.id, { ownWords: 'kort', channel: 'duif' });
    expect(response.statusCode).toBe(422);
    const fields = response.json().errors.map((error: { field: string }) => error.field);
    expect(fields).toEqual(expect.arrayContaining(['ownWords', 'channel']));
  });

  it('keeps a melding without a matching team in the unrouted queue until a team manager routes it', async () => {
    const created = (await melding(frontDesk, nowhere.id)).json();
    expect(created.team).toBeNull();
    const unrouted = (await t.as(manager, { method: 'GET', url: '/api/intakes?view=ongerouteerd' })).json();
    expect(unrouted.map((item: { id: string }) => item.id)).toContain(created.id);
    expect(
      (await t.as(oostConsultant, { method: 'GET', url: '/api/intakes?view=ongerouteerd' })).statusCode,
    ).toBe(403);
    const noReason = await step(manager, created.id, 'route', created.version, {
      teamId: westId,
      reason: '',
    });
    expect(noReason.statusCode).toBe(422);
    expect(noReason.json().errors[0].field).toBe('reason');
    expect(
      (
        await step(oostConsultant, created.id, 'route', created.version, {
          teamId: westId,
          reason: 'Past beter',
        })
      ).statusCode,
    ).toBe(403);
    const routed = await step(manager, created.id, 'route', created.version, {
      teamId: westId,
      reason: 'Woont tijdelijk bij familie in West',
    });
    expect(routed.statusCode).toBe(200);
    expect(routed.json()).toMatchObject({
      team: { code: 'GT-WEST' },
      routedBy: 'handmatig',
      overrideReason: 'Woont tijdelijk bij familie in West',
    });
    const stale = await step(manager, created.id, 'route', created.version, {
      teamId: oostId,
      reason: 'Toch Oost',
    });
    expect(stale.statusCode).toBe(409);
    const after = (await t.as(manager, { method: 'GET', url: '/api/intakes?view=ongerouteerd' })).json();
    expect(after.map((item: { id: string }) => item.id)).not.toContain(created.id);
  });

  it('shows existing persons with their open cases and intakes before a new one is registered', async () => {
    const matches = await t.as(frontDesk, { method: 'GET', url: '/api/intakes/matches?q=ria%20bemelman' });
    expect(matches.statusCode).toBe(200);
    const ria = matches.json().find((match: { id: string }) => match.id === person.id);
    expect(ria.openIntakes).toBeGreaterThan(0);
    expect(ria.displayName).toBe('R. Bemelmans');
  });
});

describe('vraagverheldering and outcome', () => {
  it('records the question behind the question with scores per life domain, and charts them over time', async () => {
    const created = (await melding(frontDesk, person.id)).json();
    const clarified = await step(frontDesk, created.id, 'clarification', created.version, {
      clarifiedQuestion: 'Eenzaamheid na overlijden partner; administratie loopt achter.',
      scores: [
        { personId: person.id, lifeDomain: 'financien', score: 2 },
        { personId: person.id, lifeDomain: 'sociaal-netwerk', score: 1, note: 'Geen contacten meer' },
        { personId: child.id, lifeDomain: 'school', score: 3 },
      ],
    });
    expect(clarified.statusCode).toBe(200);
    expect(clarified.json().scores).toHaveLength(3);
    const outOfHousehold = await step(frontDesk, created.id, 'clarification', clarified.json().version, {
      clarifiedQuestion: 'Nog een keer, met een vreemde.',
      scores: [{ personId: nowhere.id, lifeDomain: 'financien', score: 3 }],
    });
    expect(outOfHousehold.statusCode).toBe(422);
    expect(outOfHousehold.json().errors[0].field).toBe('scores.0.personId');
    const badScore = await step(frontDesk, created.id, 'clarification', clarified.json().version, {
      clarifiedQuestion: 'Nog een keer, met een vreemde score.',
      scores: [{ personId: person.id, lifeDomain: 'financien', score: 7 }],
    });
    expect(badScore.statusCode).toBe(422);
    const history = (
      await t.as(oostConsultant, { method: 'GET', url: `/api/persons/${person.id}/scores` })
    ).json();
    expect(history.series.map((line: { lifeDomain: string }) => line.lifeDomain)).toEqual([
      'financien',
      'sociaal-netwerk',
    ]);
    expect(history.series[0].points).toEqual([{ assessedOn: expect.any(String), score: 2 }]);
    expect(
      (await t.as(outsider, { method: 'GET', url: `/api/persons/${person.id}/scores` })).statusCode,
    ).toBe(403);
  });

  it('records advice, a referral and two cases in one step, linked to the intake and routed to its team', async () => {
    const created = (await melding(frontDesk, person.id, { channel: 'telefoon' })).json();
    const needsOne = await step(frontDesk, created.id, 'outcome', created.version, {});
    expect(needsOne.statusCode).toBe(422);
    const unknownType = await step(frontDesk, created.id, 'outcome', created.version, {
      cases: [{ caseTypeCode: 'WMO-MELDING' }, { caseTypeCode: 'BESTAAT-NIET' }],
    });
    expect(unknownType.statusCode).toBe(422);
    expect(unknownType.json().errors[0].field).toBe('cases.1.caseTypeCode');
    // Nothing was half-written: the intake is still open and has no cases.
    const still = (await t.as(frontDesk, { method: 'GET', url: `/api/intakes/${created.id}` })).json();
    expect(still).toMatchObject({ status: 'open', cases: [] });
    const done = await step(frontDesk, created.id, 'outcome', created.version, {
      advice: 'Informatie over de ouderenadviseur meegegeven.',
      referrals: [{ partner: 'Trajekt (welzijn)', note: 'Maatje voor wekelijkse wandeling' }],
      cases: [{ caseTypeCode: 'WMO-MELDING' }, { caseTypeCode: 'BB-AANVRAAG' }],
    });
    expect(done.statusCode).toBe(200);
    const intake = done.json();
    expect(intake).toMatchObject({
      status: 'afgerond',
      outcomeKinds: ['advies', 'doorverwijzing', 'zaken'],
      referrals: [{ partner: 'Trajekt (welzijn)' }],
    });
    expect(intake.cases.map((item: { caseTypeCode: string }) => item.caseTypeCode).sort()).toEqual([
      'BB-AANVRAAG',
      'WMO-MELDING',
    ]);
    const wmo = intake.cases.find((item: { caseTypeCode: string }) => item.caseTypeCode === 'WMO-MELDING');
    const wmoCase = (await t.as(oostConsultant, { method: 'GET', url: `/api/cases/${wmo.id}` })).json();
    expect(wmoCase).toMatchObject({ team: { code: 'GT-OOST' }, channel: 'telefoon' });
    const again = await step(frontDesk, created.id, 'outcome', intake.version, { advice: 'Nog eens' });
    expect(again.statusCode).toBe(422);
  });

  it('keeps an intake from other teams closed, and audits the refusal', async () => {
    const created = (await melding(frontDesk, person.id)).json();
    expect((await t.as(outsider, { method: 'GET', url: `/api/intakes/${created.id}` })).statusCode).toBe(403);
    const log = (
      await t.as(oostConsultant, { method: 'GET', url: `/api/persons/${person.id}/access-log` })
    ).json();
    const actions = log.items.map(
      (entry: { action: string; outcome: string }) => `${entry.action}:${entry.outcome}`,
    );
    expect(actions).toEqual(expect.arrayContaining(['intake.create:allowed', 'intake.read:denied']));
  });
});
