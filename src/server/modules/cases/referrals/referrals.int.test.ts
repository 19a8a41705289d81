import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Session, type TestApp } from '../../../../../test/helpers/app';

let t: TestApp;
let consultant: Session;
let outsider: Session;
let person: { id: string };
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
  const area = await t.make.area({ code: 'WK093502', name: 'Heer' });
  const team = await t.make.team({ code: 'GT-HEER', areaCodes: [area] });
  const otherTeam = await t.make.team({ code: 'GT-ELDERS' });
  await t.make.user({ username: 'consulent', roles: ['consulent'], teamIds: [team.id] });
  await t.make.user({ username: 'buiten', roles: ['consulent'], teamIds: [otherTeam.id] });
  person = await t.make.person({
    givenNames: 'Noor',
    familyName: 'Ubachs',
    areaCode: area,
    birthDate: '2014-03-02',
  });
  consultant = await t.login('consulent');
  outsider = await t.login('buiten');
});
afterAll(() => t.close());

const newCase = async (caseTypeCode: string) => {
  const response = await t.as(consultant, {
    method: 'POST',
    url: '/api/cases',
    payload: { personId: person.id, channel: 'huisarts', caseTypeCode, receivedOn: '2026-11-02' },
  });
  expect(response.statusCode).toBe(201);
  return response.json() as { id: string; version: number };
};
// The test helper speaks GET/POST/PATCH/DELETE; PUT goes through inject with the same session.
const put = (
  session: Session,
  caseId: string,
  payload: Record<string, unknown>,
  headers: Record<string, string> = {},
) =>
  t.app.inject({
    method: 'PUT',
    url: `/api/cases/${caseId}/referral`,
    payload,
    headers: { cookie: session.cookie, 'x-csrf-token': session.csrfToken, ...headers },
  });

describe('verwijzer and second opinion', () => {
  it('are recorded on a Jeugd case, shown with it, in its timeline and audited', async () => {
    const jeugd = await newCase('JEUGDHULP-AANVRAAG');
    const before = await t.as(consultant, { method: 'GET', url: `/api/cases/${jeugd.id}/referral` });
    expect(before.statusCode).toBe(200);
    expect(before.json()).toBeNull();
    const saved = await put(consultant, jeugd.id, {
      referrer: 'huisarts',
      referrerName: 'Huisartsenpraktijk Heer',
    });
    expect(saved.statusCode).toBe(200);
    expect(saved.json()).toMatchObject({
      referrer: 'huisarts',
      referrerLabel: 'Huisarts',
      referrerName: 'Huisartsenpraktijk Heer',
      secondOpinionBy: null,
    });
    const withOpinion = await put(
      consultant,
      jeugd.id,
      {
        referrer: 'huisarts',
        referrerName: 'Huisartsenpraktijk Heer',
        secondOpinionBy: 'GGD Zuid Limburg, jeugdarts',
        secondOpinionOn: '2026-11-20',
        secondOpinionOutcome: 'Ambulante jeugdhulp past; verblijf is niet nodig.',
      },
      { 'if-match': `"${jeugd.version + 1}"` },
    );
    expect(withOpinion.statusCode).toBe(200);
    const shown = (await t.as(consultant, { method: 'GET', url: `/api/cases/${jeugd.id}/referral` })).json();
    expect(shown).toMatchObject({
      secondOpinionOn: '2026-11-20',
      secondOpinionBy: 'GGD Zuid Limburg, jeugdarts',
    });
    const detail = (await t.as(consultant, { method: 'GET', url: `/api/cases/${jeugd.id}` })).json();
    expect(detail.timeline[0]).toMatchObject({
      kind: 'verwijzing-vastgelegd',
      details: { referrer: 'huisarts', secondOpinion: true, changed: true },
    });
    expect(JSON.stringify(detail.timeline)).not.toContain('Ambulante');
    const audit = (await t.database.rawQuery(
      `select action from audit_entries where resource = 'cases/${jeugd.id}/referral' order by seq`,
    )) as { action: string }[];
    expect(audit.map((row) => row.action)).toEqual([
      'case.referral.view',
      'case.referral.write',
      'case.referral.write',
      'case.referral.view',
    ]);
  });

  it('is refused on a Wmo or Participatiewet case, with the field to mark', async () => {
    for (const code of ['WMO-AANVRAAG', 'PW-AANVRAAG']) {
      const other = await newCase(code);
      const response = await put(consultant, other.id, { referrer: 'gemeente' });
      expect(response.statusCode).toBe(422);
      expect(response.json().errors[0]).toMatchObject({
        field: 'referrer',
        message: expect.stringMatching(/Jeugd/),
      });
    }
  });

  it('checks the referrer, the second opinion and the version seen', async () => {
    const jeugd = await newCase('JEUGDHULP-AANVRAAG');
    const unknown = await put(consultant, jeugd.id, { referrer: 'buurvrouw' });
    expect(unknown.statusCode).toBe(422);
    expect(unknown.json().errors[0].field).toBe('referrer');
    const anonymous = await put(consultant, jeugd.id, {
      referrer: 'jeugdarts',
      secondOpinionOutcome: 'Eens.',
    });
    expect(anonymous.statusCode).toBe(422);
    expect(anonymous.json().errors[0].field).toBe('secondOpinionBy');
    const future = await put(consultant, jeugd.id, {
      referrer: 'jeugdarts',
      secondOpinionBy: 'Mondriaan',
      secondOpinionOn: '2999-01-01',
    });
    expect(future.json().errors[0].field).toBe('secondOpinionOn');
    const stale = await put(
      consultant,
      jeugd.id,
      { referrer: 'gecertificeerde-instelling' },
      { 'if-match': '"99"' },
    );
    expect(stale.statusCode).toBe(409);
  });

  it('refuses someone without a relation with the person, and audits the refusal', async () => {
    const jeugd = await newCase('JEUGDHULP-AANVRAAG');
    expect((await put(outsider, jeugd.id, { referrer: 'gemeente' })).statusCode).toBe(403);
    expect((await t.as(outsider, { method: 'GET', url: `/api/cases/${jeugd.id}/referral` })).statusCode).toBe(
      403,
    );
    const audit = (await t.database.rawQuery(
      `select action from audit_entries where resource = 'cases/${jeugd.id}' and outcome = 'denied' order by seq`,
    )) as { action: string }[];
    expect(audit.map((row) => row.action)).toEqual(['case.referral.write', 'case.referral.view']);
  });
});

describe('application logs', () => {
  it('carry no names, places, reports or opinions', () => {
    expect(logs.length).toBeGreaterThan(0);
    for (const word of ['Ubachs', 'Huisartsenpraktijk', 'GGD Zuid Limburg', 'Ambulante'])
      expect(logs).not.toContain(word);
  });
});
