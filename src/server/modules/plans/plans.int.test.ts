import { randomUUID } from 'node:crypto';
import { Writable } from 'node:stream';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Session, type TestApp } from '../../../../test/helpers/app';
import { householdEvents, households } from '../../platform/db/schema';

let t: TestApp;
let consultant: Session;
let outsider: Session;
let household: { id: string };
let parent: { id: string };
let child: { id: string };
let area: string;
let logs = '';

beforeAll(async () => {
  t = await createTestApp({
    logStream: new Writable({
      write(chunk, _encoding, done) {
        logs += String(chunk);
        done();
      },
    }),
  });
  area = await t.make.area({ code: 'WK093510', name: 'Wittevrouwenveld' });
  const team = await t.make.team({ code: 'GT-OOST', areaCodes: [area] });
  const otherTeam = await t.make.team({ code: 'GT-WEST' });
  await t.make.user({
    username: 'regisseur',
    displayName: 'Ria Regisseur',
    roles: ['regisseur'],
    teamIds: [team.id],
  });
  await t.make.user({ username: 'buiten', roles: ['consulent'], teamIds: [otherTeam.id] });
  parent = await t.make.person({ givenNames: 'Anja', familyName: 'Ploum', areaCode: area });
  child = await t.make.person({
    givenNames: 'Sem',
    familyName: 'Ploum',
    birthDate: '2015-02-01',
    areaCode: area,
  });
  household = await t.make.household([parent.id, child.id], { teamId: team.id, name: 'Huishouden Ploum' });
  consultant = await t.login('regisseur');
  outsider = await t.login('buiten');
});
afterAll(() => t.close());

const goalId = randomUUID();
const content = (goalText: string, considerationKinds: string[] = ['netwerk']) => ({
  goals: [
    { id: goalId, lifeDomain: 'financien', description: goalText, owner: 'burger' },
    {
      id: randomUUID(),
      lifeDomain: 'school',
      description: 'Sem gaat elke dag naar school',
      owner: 'professional',
      ownerName: 'Mentor',
    },
  ],
  actions: [
    {
      id: randomUUID(),
      goalId,
      description: 'Aanmelden bij schuldhulp',
      responsible: 'Anja',
      partner: 'Annex',
      dueOn: '2026-12-15',
      status: 'open',
    },
  ],
  considerations: considerationKinds.map((kind) => ({
    kind,
    description: 'Buurvrouw helpt met boodschappen',
    outcome: 'benut',
  })),
});
const write = (payload: Record<string, unknown>, as = consultant, householdId = household.id) =>
  t.as(as, { method: 'POST', url: `/api/households/${householdId}/plan`, payload });
const read = (path = '', as = consultant) =>
  t.as(as, { method: 'GET', url: `/api/households/${household.id}/plan${path}` });

/** The text in an uncompressed pdfkit file: its built-in fonts write each line as hex strings in a TJ array. */
function pdfText(pdf: Buffer): string {
  return [...pdf.toString('latin1').matchAll(/\[([^\]]*)\]\s*TJ/g)]
    .map((line) =>
      [...(line[1] ?? '').matchAll(/<([0-9a-f]*)>/gi)]
        .map((hex) => Buffer.from(hex[1] ?? '', 'hex').toString('latin1'))
        .join(''),
    )
    .join('\n');
}

describe('the versioned plan of a household', () => {
  it('answers 404 in Dutch while there is no plan yet', async () => {
    const response = await read();
    expect(response.statusCode).toBe(404);
    expect(response.json().detail).toBe('Dit huishouden heeft nog geen plan.');
  });

  it('writes versions that count up, lists them with their author and keeps old versions readable', async () => {
    const first = await write({
      content: content('Schulden op een rij'),
      agreedOn: '2026-11-20',
      agreementMethod: 'mondeling',
      nextReviewOn: '2027-02-20',
      basedOnVersion: 0,
    });
    expect(first.statusCode).toBe(201);
    expect(first.json()).toMatchObject({ version: 1, latestVersion: 1, agreementMethod: 'mondeling' });
    const second = await write({ content: content('Vaste lasten betalen'), basedOnVersion: 1 });
    expect(second.statusCode).toBe(201);
    expect(second.headers.location).toBe(`/api/households/${household.id}/plan/versions/2`);

    const current = (await read()).json();
    expect(current.version).toBe(2);
    expect(current.content.goals[0].description).toBe('Vaste lasten betalen');
    expect(current.versions.map((v: { version: number }) => v.version)).toEqual([2, 1]);
    expect(current.versions[0].createdBy).toBe('Ria Regisseur');
    const old = (await read('/versions/1')).json();
    expect(old).toMatchObject({
      version: 1,
      latestVersion: 2,
      agreedOn: '2026-11-20',
      nextReviewOn: '2027-02-20',
    });
    expect(old.content.goals[0].description).toBe('Schulden op een rij');
    expect((await read('/versions/9')).statusCode).toBe(404);

    const events = await t.database.transactor.transaction((tx) =>
      tx.select().from(householdEvents).where(eq(householdEvents.householdId, household.id)),
    );
    expect(events.filter((e) => e.kind === 'plan-vastgesteld').map((e) => e.details)).toEqual([
      { version: 1 },
      { version: 2 },
    ]);
  });

  it('refuses a version written on a stale one with 409, writing nothing', async () => {
    const stale = await write({ content: content('Verouderd'), basedOnVersion: 1 });
    expect(stale.statusCode).toBe(409);
    expect(stale.json()).toMatchObject({ currentVersion: 2 });
    expect(stale.json().detail).toMatch(/versie 2/);
    expect((await read()).json().version).toBe(2);
  });

  it('names the field: an action whose goal is not in the plan, an unknown domain, a date that does not exist', async () => {
    const wrongGoal = content('Doel');
    const [action] = wrongGoal.actions;
    if (!action) throw new Error('fixture');
    action.goalId = randomUUID();
    const orphan = await write({ content: wrongGoal, basedOnVersion: 2 });
    expect(orphan.statusCode).toBe(422);
    expect(orphan.json().errors).toEqual([
      { field: 'content.actions.0.goalId', message: 'Kies een doel dat in dit plan staat' },
    ]);

    const unknownDomain = content('Doel');
    const [goal] = unknownDomain.goals;
    if (!goal) throw new Error('fixture');
    goal.lifeDomain = 'sterrenkunde';
    const domain = await write({ content: unknownDomain, basedOnVersion: 2 });
    expect(domain.statusCode).toBe(422);
    expect(domain.json().errors).toEqual([
      { field: 'content.goals.0.lifeDomain', message: expect.stringMatching(/^Kies een van: financien, /) },
    ]);

    const badDate = await write({ content: content('Doel'), nextReviewOn: '2027-02-30', basedOnVersion: 2 });
    expect(badDate.statusCode).toBe(422);
    expect(badDate.json().errors.map((e: { field: string }) => e.field)).toEqual(['nextReviewOn']);
    expect((await read()).json().version).toBe(2);
  });

  it('refuses users without a relation to the household, and puts every read in the members’ access logs', async () => {
    expect((await read('', outsider)).statusCode).toBe(403);
    expect((await write({ content: content('Inbraak'), basedOnVersion: 2 }, outsider)).statusCode).toBe(403);
    expect((await read()).json().version).toBe(2);
    for (const member of [parent, child]) {
      const log = (
        await t.as(consultant, { method: 'GET', url: `/api/persons/${member.id}/access-log` })
      ).json();
      const actions = log.items.map(
        (entry: { action: string; outcome: string }) => `${entry.action}:${entry.outcome}`,
      );
      expect(actions).toContain('household.plan.view:allowed');
      expect(actions).toContain('household.plan.write:allowed');
      expect(actions).toContain('household.plan.view:denied');
      expect(actions).toContain('household.plan.write:denied');
    }
  });

  it('prints the plan as a PDF in plain Dutch, the newest version or a named one', async () => {
    const response = await read('.pdf');
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('application/pdf');
    expect(response.rawPayload.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const text = pdfText(response.rawPayload);
    expect(text).toContain('Ons plan');
    expect(text).toContain('Huishouden Ploum');
    expect(text).toContain('Doel: Vaste lasten betalen');
    expect(text).toContain('Financiën');
    expect(text).toMatch(
      /Aanmelden bij schuldhulp\. Wie: Anja, samen met Annex\. Wanneer: vóór 15 december 2026/,
    );
    const first = pdfText((await read('.pdf?version=1')).rawPayload);
    expect(first).toContain('Doel: Schulden op een rij');
    expect(first).toContain('U heeft op 20 november 2026 ingestemd met dit plan (mondeling).');
    expect((await read('.pdf', outsider)).statusCode).toBe(403);
  });

  it('logs the requests without names or plan content', () => {
    expect(logs).toContain('/plan');
    expect(logs).not.toMatch(/Ploum|Vaste lasten|schuldhulp|Buurvrouw/);
  });
});

describe('the plan rule before a tailored provision', () => {
  const decideWmo = async (personId: string) => {
    const created = await t.as(consultant, {
      method: 'POST',
      url: '/api/cases',
      payload: { personId, caseTypeCode: 'WMO-AANVRAAG', receivedOn: '2026-11-02', channel: 'balie' },
    });
    expect(created.statusCode).toBe(201);
    const decide = (outcome: string) =>
      t.as(consultant, {
        method: 'POST',
        url: `/api/cases/${created.json().id}/decisions`,
        payload: {
          decisionTypeCode: 'WMO-BESCHIKKING',
          decidedOn: '2026-11-10',
          effectiveFrom: '2026-11-10',
          outcome,
          provisions:
            outcome === 'toegekend'
              ? [{ provisionTypeCode: 'WMO-HULP-HUISHOUDEN', start: '2026-11-10' }]
              : [],
        },
      });
    return decide;
  };

  it('refuses a Wmo grant for a person without a household, and for a household without a plan', async () => {
    const alone = await t.make.person({ givenNames: 'Jo', familyName: 'Alleen', areaCode: area });
    const refused = await (await decideWmo(alone.id))('toegekend');
    expect(refused.statusCode).toBe(422);
    expect(refused.json().errors).toEqual([
      { field: 'provisions', message: expect.stringMatching(/hoort bij geen huishouden/) },
    ]);
    const member = await t.make.person({ givenNames: 'Kees', familyName: 'Zonderplan', areaCode: area });
    await t.make.household([member.id], { name: 'Huishouden Zonderplan' });
    const noPlan = await (await decideWmo(member.id))('toegekend');
    expect(noPlan.json().errors[0].message).toMatch(/^Het huishouden heeft nog geen plan/);
    // A refusal grants nothing, so the plan rule does not apply.
    expect((await (await decideWmo(member.id))('afgewezen')).statusCode).toBe(201);
  });

  it('refuses a Wmo grant while the plan weighs only eigen kracht, and allows it once the network was considered', async () => {
    const decide = await decideWmo(parent.id);
    await write({ content: content('Zelf koken', ['eigen-kracht']), basedOnVersion: 2 });
    const refused = await decide('toegekend');
    expect(refused.statusCode).toBe(422);
    expect(refused.json().detail).toMatch(/^Leg eerst in het plan van het huishouden vast/);
    expect(refused.json().errors).toEqual([
      {
        field: 'provisions',
        message:
          'Leg eerst in het plan van het huishouden vast welke algemene voorzieningen en welke hulp uit het netwerk zijn overwogen.',
      },
    ]);
    await write({
      content: content('Zelf koken', ['eigen-kracht', 'algemene-voorziening']),
      basedOnVersion: 3,
    });
    expect((await decide('toegekend')).statusCode).toBe(201);
  });

  it('applies to Jeugd as well, for a child of the household', async () => {
    const other = await t.make.person({
      givenNames: 'Tim',
      familyName: 'Elders',
      birthDate: '2016-03-03',
      areaCode: area,
    });
    const grantJeugd = async (personId: string) => {
      const created = await t.as(consultant, {
        method: 'POST',
        url: '/api/cases',
        payload: {
          personId,
          caseTypeCode: 'JEUGDHULP-AANVRAAG',
          receivedOn: '2026-11-02',
          channel: 'huisarts',
        },
      });
      return t.as(consultant, {
        method: 'POST',
        url: `/api/cases/${created.json().id}/decisions`,
        payload: {
          decisionTypeCode: 'JEUGD-BESCHIKKING',
          decidedOn: '2026-11-10',
          effectiveFrom: '2026-11-10',
          outcome: 'toegekend',
          provisions: [{ provisionTypeCode: 'JEUGD-AMBULANT', start: '2026-11-10' }],
        },
      });
    };
    expect((await grantJeugd(other.id)).statusCode).toBe(422);
    expect((await grantJeugd(child.id)).statusCode).toBe(201);
  });
});

describe('two writers at once', () => {
  it('lets one of two simultaneous writers on the same version win, and tells the other to reload', async () => {
    const [team] = await t.database.transactor.transaction((tx) =>
      tx.select({ id: households.teamId }).from(households).where(eq(households.id, household.id)),
    );
    const member = await t.make.person({ givenNames: 'Lies', familyName: 'Tegelijk', areaCode: area });
    const own = await t.make.household([member.id], {
      teamId: team?.id ?? null,
      name: 'Huishouden Tegelijk',
    });
    const responses = await Promise.all(
      ['Eerste schrijver', 'Tweede schrijver'].map((text) =>
        write({ content: content(text), basedOnVersion: 0 }, consultant, own.id),
      ),
    );
    expect(responses.map((response) => response.statusCode).sort()).toEqual([201, 409]);
    const versions = (await t.as(consultant, { method: 'GET', url: `/api/households/${own.id}/plan` })).json()
      .versions;
    expect(versions).toHaveLength(1);
  });
});
