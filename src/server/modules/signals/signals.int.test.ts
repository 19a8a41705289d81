import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Session, type TestApp } from '../../../../test/helpers/app';
import { daysFromToday, householdFactories, yearsAgo } from '../../../../test/helpers/household-factories';
import { cases, provisions } from '../../platform/db/schema';

let t: TestApp;
let more: ReturnType<typeof householdFactories>;
let consultant: Session;
let outsider: Session;
let teamId: string;
let otherTeamId: string;
let consultantId: string;

beforeAll(async () => {
  t = await createTestApp();
  more = householdFactories(t.database.transactor);
  const team = await t.make.team({ code: 'GT-SIGNAAL' });
  const other = await t.make.team({ code: 'GT-ELDERS' });
  teamId = team.id;
  otherTeamId = other.id;
  await t.make.user({ username: 'consulent', teamIds: [team.id] });
  await t.make.user({ username: 'buiten', teamIds: [other.id] });
  consultant = await t.login('consulent');
  outsider = await t.login('buiten');
  consultantId = (await t.as(consultant, { method: 'GET', url: '/api/auth/me' })).json().user.id;
});
afterAll(() => t.close());

/**
 * A household of the team with one adult and, when a birth date is given, one child. It has a
 * regisseur, as households in care should; the geen-regisseur test makes one without.
 */
async function household(childBirthDate?: string, onTeam = teamId, withRegisseur = true) {
  const adult = await t.make.person({ givenNames: 'Ria', birthDate: '1970-01-01' });
  const child = childBirthDate
    ? await t.make.person({ givenNames: 'Tim', birthDate: childBirthDate })
    : undefined;
  const row = await t.make.household(child ? [adult.id, child.id] : [adult.id], { teamId: onTeam });
  if (withRegisseur) await more.regisseur({ householdId: row.id, userId: consultantId });
  return { id: row.id, adult: adult.id, child: child?.id ?? '' };
}

async function signalsOf(householdId: string) {
  const response = await t.as(consultant, { method: 'GET', url: `/api/households/${householdId}/signals` });
  expect(response.statusCode).toBe(200);
  return response.json().items as {
    code: string;
    personId: string | null;
    explanation: string;
    since: string;
  }[];
}
const codes = async (householdId: string) => (await signalsOf(householdId)).map((signal) => signal.code);

const endProvision = (id: string) =>
  t.database.transactor.transaction((tx) =>
    tx
      .update(provisions)
      .set({ endDate: daysFromToday(-1) })
      .where(eq(provisions.id, id)),
  );
const closeCase = (id: string) =>
  t.database.transactor.transaction((tx) =>
    tx
      .update(cases)
      .set({ closedOn: daysFromToday(0), statusCode: 'afgehandeld' })
      .where(eq(cases.id, id)),
  );

describe('signals of a household', () => {
  it('geen-regisseur fires for a household with an open case and no regisseur, and clears when one is appointed', async () => {
    const h = await household(undefined, teamId, false);
    expect(await codes(h.id)).toEqual([]);
    await more.caseRow({ personId: h.adult, teamId, caseTypeCode: 'WMO-MELDING', domain: 'wmo' });
    const [signal] = await signalsOf(h.id);
    expect(signal).toMatchObject({ code: 'geen-regisseur', personId: null });
    expect(signal?.explanation).toMatch(
      /^Het huishouden heeft 1 open zaak \(de eerste sinds .+\), maar nog geen regisseur/,
    );
    const appointed = await t.as(consultant, {
      method: 'POST',
      url: `/api/households/${h.id}/regisseur`,
      payload: { userId: consultantId, reason: 'Ik pak dit op' },
    });
    expect(appointed.statusCode).toBe(200);
    expect(await codes(h.id)).toEqual([]);
  });

  it('plan-evaluatie-verlopen fires after the review date and clears with a new plan version', async () => {
    const h = await household();
    await more.plan({ householdId: h.id, version: 1, nextReviewOn: daysFromToday(-10) });
    const [signal] = await signalsOf(h.id);
    expect(signal).toMatchObject({
      code: 'plan-evaluatie-verlopen',
      personId: null,
      since: daysFromToday(-10),
    });
    expect(signal?.explanation).toMatch(/versie 1.*10 dagen over tijd/);
    await more.plan({ householdId: h.id, version: 2, nextReviewOn: daysFromToday(90) });
    expect(await codes(h.id)).toEqual([]);
  });

  it('voorziening-eindigt-zonder-herindicatie fires within eight weeks and clears with a herindicatie', async () => {
    const h = await household();
    await more.provision({
      personId: h.adult,
      teamId,
      domain: 'wmo',
      provisionTypeCode: 'WMO-HULP-HUISHOUDEN',
      startDate: daysFromToday(-300),
      endDate: daysFromToday(30),
    });
    const [signal] = await signalsOf(h.id);
    expect(signal).toMatchObject({ code: 'voorziening-eindigt-zonder-herindicatie', personId: h.adult });
    expect(signal?.explanation).toMatch(/^Hulp bij het huishouden eindigt op .* \(over 4 weken\)/);
    await more.caseRow({ personId: h.adult, teamId, caseTypeCode: 'WMO-HERINDICATIE', domain: 'wmo' });
    expect(await codes(h.id)).toEqual([]);
  });

  it('stapeling-van-zorg fires at two care domains, not for income, and clears when one provision ends', async () => {
    const h = await household();
    await more.provision({
      personId: h.adult,
      teamId,
      domain: 'wmo',
      provisionTypeCode: 'WMO-VERVOER',
      startDate: daysFromToday(-400),
    });
    await more.provision({
      personId: h.adult,
      teamId,
      domain: 'inkomen',
      provisionTypeCode: 'UITKERING-PW',
      startDate: daysFromToday(-200),
    });
    // A benefit is income, not care: no stacking yet.
    expect(await codes(h.id)).toEqual([]);
    const youthCare = await more.provision({
      personId: h.adult,
      teamId,
      domain: 'jeugd',
      provisionTypeCode: 'JEUGD-AMBULANT',
      startDate: daysFromToday(-100),
    });
    const [signal] = await signalsOf(h.id);
    expect(signal).toMatchObject({ code: 'stapeling-van-zorg', since: daysFromToday(-100) });
    expect(signal?.explanation).toMatch(
      /2 categorieën \(jeugdhulp-ambulant, vervoer\) en 2 domeinen \(Jeugd, Wmo\)/,
    );
    await endProvision(youthCare.id);
    expect(await codes(h.id)).toEqual([]);
  });

  it('mogelijk-wlz fires for running beschermd wonen and clears when it ends', async () => {
    const h = await household();
    const bw = await more.provision({
      personId: h.adult,
      teamId,
      domain: 'wmo',
      provisionTypeCode: 'WMO-BESCHERMD-WONEN',
      startDate: daysFromToday(-50),
    });
    const [signal] = await signalsOf(h.id);
    expect(signal).toMatchObject({ code: 'mogelijk-wlz', personId: h.adult, since: daysFromToday(-50) });
    expect(signal?.explanation).toMatch(/^Beschermd wonen loopt sinds/);
    await endProvision(bw.id);
    expect(await codes(h.id)).toEqual([]);
  });

  it('mogelijk-wlz fires for 12 hours of begeleiding with dagbesteding', async () => {
    const h = await household();
    const common = { personId: h.adult, teamId, domain: 'wmo', startDate: daysFromToday(-20) };
    await more.provision({
      ...common,
      provisionTypeCode: 'WMO-BEGELEIDING',
      volume: 12,
      volumeUnit: 'uren per week',
    });
    const dag = await more.provision({ ...common, provisionTypeCode: 'WMO-DAGBESTEDING', volume: 4 });
    // Begeleiding and dagbesteding are also two categories: stacking stays below its threshold of three.
    expect(await codes(h.id)).toEqual(['mogelijk-wlz']);
    await endProvision(dag.id);
    expect(await codes(h.id)).toEqual([]);
  });

  it('overgang-18 fires for a youth with jeugdhulp turning 18 within six months and clears when it ends', async () => {
    const h = await household(yearsAgo(18, 60));
    const jeugd = await more.provision({
      personId: h.child,
      teamId,
      domain: 'jeugd',
      provisionTypeCode: 'JEUGD-AMBULANT',
      startDate: daysFromToday(-200),
    });
    const [signal] = await signalsOf(h.id);
    expect(signal).toMatchObject({ code: 'overgang-18', personId: h.child });
    expect(signal?.explanation).toMatch(/^Wordt op .* 18 jaar \(over (1|2) maand(en)?\)/);
    await endProvision(jeugd.id);
    expect(await codes(h.id)).toEqual([]);
  });

  it('overgang-18 stays silent when 18 is more than six months away', async () => {
    const h = await household(yearsAgo(17, -30));
    await more.provision({
      personId: h.child,
      teamId,
      domain: 'jeugd',
      provisionTypeCode: 'JEUGD-AMBULANT',
      startDate: daysFromToday(-200),
    });
    expect(await codes(h.id)).toEqual([]);
  });

  it('schoolverzuim-in-gezin fires for a child of 12 with an open absence report and clears when it closes', async () => {
    const h = await household(yearsAgo(12));
    const report = await more.caseRow({
      personId: h.child,
      teamId,
      caseTypeCode: 'VERZUIMMELDING',
      domain: 'onderwijs',
      receivedOn: daysFromToday(-7),
    });
    const [signal] = await signalsOf(h.id);
    expect(signal).toMatchObject({
      code: 'schoolverzuim-in-gezin',
      personId: h.child,
      since: daysFromToday(-7),
    });
    expect(signal?.explanation).toMatch(
      /^Is 12 jaar \(leerplichtig\) en heeft een open verzuimmelding \(TEST-/,
    );
    await closeCase(report.id);
    expect(await codes(h.id)).toEqual([]);
  });

  it('schoolverzuim-in-gezin does not fire for a member of 17', async () => {
    const h = await household(yearsAgo(17, -1));
    await more.caseRow({ personId: h.child, teamId, caseTypeCode: 'VERZUIMMELDING', domain: 'onderwijs' });
    expect(await codes(h.id)).toEqual([]);
  });
});

describe('signals of a team', () => {
  it('lists the signals of the team’s households only, audited, and refuses another team', async () => {
    const elsewhere = await household(undefined, otherTeamId);
    await more.plan({ householdId: elsewhere.id, version: 1, nextReviewOn: daysFromToday(-3) });
    const mine = await household(yearsAgo(10));
    await more.caseRow({ personId: mine.child, teamId, caseTypeCode: 'VERZUIMMELDING', domain: 'onderwijs' });
    const response = await t.as(consultant, { method: 'GET', url: `/api/signals?team=${teamId}` });
    expect(response.statusCode).toBe(200);
    const items = response.json().items as { householdId: string; code: string; personName: string | null }[];
    expect(items.some((item) => item.householdId === mine.id && item.code === 'schoolverzuim-in-gezin')).toBe(
      true,
    );
    expect(items.find((item) => item.householdId === mine.id)?.personName).toMatch(/^T\. /);
    expect(items.some((item) => item.householdId === elsewhere.id)).toBe(false);
    expect(response.json().counts['schoolverzuim-in-gezin']).toBeGreaterThanOrEqual(1);
    const filtered = await t.as(consultant, {
      method: 'GET',
      url: `/api/signals?team=${teamId}&code=overgang-18`,
    });
    expect(filtered.json().items.every((item: { code: string }) => item.code === 'overgang-18')).toBe(true);
    expect(filtered.json().counts['schoolverzuim-in-gezin']).toBe(
      response.json().counts['schoolverzuim-in-gezin'],
    );
    const log = await t.as(consultant, { method: 'GET', url: `/api/persons/${mine.child}/access-log` });
    expect(log.json().items.map((entry: { action: string }) => entry.action)).toContain('signals.team');

    expect((await t.as(outsider, { method: 'GET', url: `/api/signals?team=${teamId}` })).statusCode).toBe(
      403,
    );
    expect(
      (await t.as(outsider, { method: 'GET', url: `/api/households/${mine.id}/signals` })).statusCode,
    ).toBe(403);
    expect((await t.as(consultant, { method: 'GET', url: '/api/signals?team=abc' })).statusCode).toBe(400);
    // The routes' schemas make a valid OpenAPI document.
    const openapi = await t.app.inject({ method: 'GET', url: '/api/openapi.json' });
    expect(openapi.statusCode).toBe(200);
    expect(Object.keys(openapi.json().paths)).toEqual(
      expect.arrayContaining(['/api/signals', '/api/households/{id}/overview', '/api/network-members/{id}']),
    );
  });
});
