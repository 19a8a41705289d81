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
  const area = await t.make.area({ code: 'WK093501', name: 'Wyck' });
  const team = await t.make.team({ code: 'GT-WYCK', areaCodes: [area] });
  const otherTeam = await t.make.team({ code: 'GT-ANDERS' });
  await t.make.user({ username: 'consulent', roles: ['consulent'], teamIds: [team.id] });
  await t.make.user({ username: 'buiten', roles: ['consulent'], teamIds: [otherTeam.id] });
  person = await t.make.person({ givenNames: 'Jo', familyName: 'Ramakers', areaCode: area });
  consultant = await t.login('consulent');
  outsider = await t.login('buiten');
});
afterAll(() => t.close());

const newCase = async (caseTypeCode: string) => {
  const response = await t.as(consultant, {
    method: 'POST',
    url: '/api/cases',
    payload: { personId: person.id, channel: 'balie', caseTypeCode, receivedOn: '2026-11-02' },
  });
  expect(response.statusCode).toBe(201);
  return response.json() as { id: string; version: number };
};
const hoursFromNow = (hours: number) => new Date(Date.now() + hours * 3_600_000).toISOString();
const plan = (session: Session, caseId: string, payload: Record<string, unknown> = {}) =>
  t.as(session, {
    method: 'POST',
    url: `/api/cases/${caseId}/appointments`,
    payload: {
      kind: 'keukentafelgesprek',
      startsAt: hoursFromNow(-2),
      place: 'bij de inwoner thuis',
      participants: ['inwoner', 'dochter (mantelzorger)', 'Wmo-consulent'],
      ...payload,
    },
  });
const report = (
  appointmentId: string,
  version: number | undefined,
  text = 'Besproken: hulp bij het huishouden.',
) =>
  t.as(consultant, {
    method: 'POST',
    url: `/api/case-appointments/${appointmentId}/report`,
    payload: { report: text },
    headers: version === undefined ? {} : { 'if-match': `"${version}"` },
  });
const auditActions = async (resourcePrefix: string) =>
  (
    (await t.database.rawQuery(
      `select action, outcome from audit_entries where resource like '${resourcePrefix}%' order by seq`,
    )) as { action: string; outcome: string }[]
  ).map((row) => `${row.action}:${row.outcome}`);

describe('keukentafelgesprek', () => {
  it('is planned on an open Wmo case, shows in its timeline and is audited', async () => {
    const melding = await newCase('WMO-MELDING');
    const response = await plan(consultant, melding.id);
    expect(response.statusCode).toBe(201);
    expect(response.json()).toMatchObject({
      kind: 'keukentafelgesprek',
      place: 'bij de inwoner thuis',
      participants: ['inwoner', 'dochter (mantelzorger)', 'Wmo-consulent'],
      report: null,
      version: 1,
    });
    const detail = (await t.as(consultant, { method: 'GET', url: `/api/cases/${melding.id}` })).json();
    expect(detail.timeline[0]).toMatchObject({ kind: 'afspraak-gepland', details: { participants: 3 } });
    // The timeline carries no place or names: those stay with the appointment.
    expect(JSON.stringify(detail.timeline)).not.toContain('dochter');
    const listed = await t.as(consultant, { method: 'GET', url: `/api/cases/${melding.id}/appointments` });
    expect(listed.json()).toHaveLength(1);
    expect(await auditActions(`cases/${melding.id}/appointments`)).toEqual(
      expect.arrayContaining(['case.appointment.plan:allowed', 'case.appointment.view:allowed']),
    );
  });

  it('is refused on cases of other domains, with the field to mark', async () => {
    for (const code of ['PW-AANVRAAG', 'JEUGDHULP-AANVRAAG']) {
      const other = await newCase(code);
      const response = await plan(consultant, other.id);
      expect(response.statusCode).toBe(422);
      expect(response.json().errors[0]).toMatchObject({
        field: 'kind',
        message: expect.stringMatching(/Wmo/),
      });
    }
  });

  it('is refused on a closed Wmo case and without the citizen among the participants', async () => {
    const melding = await newCase('WMO-MELDING');
    const closed = await t.as(consultant, {
      method: 'POST',
      url: `/api/cases/${melding.id}/close`,
      payload: { resultCode: 'voorliggend' },
    });
    expect(closed.statusCode).toBe(200);
    expect((await plan(consultant, melding.id)).statusCode).toBe(422);
    const open = await newCase('WMO-AANVRAAG');
    const nobody = await plan(consultant, open.id, { participants: [] });
    expect(nobody.statusCode).toBe(422);
    expect(nobody.json().errors[0].field).toBe('participants');
  });

  it('refuses someone without a relation with the person, and audits the refusal', async () => {
    const melding = await newCase('WMO-MELDING');
    expect((await plan(outsider, melding.id)).statusCode).toBe(403);
    expect(
      (await t.as(outsider, { method: 'GET', url: `/api/cases/${melding.id}/appointments` })).statusCode,
    ).toBe(403);
    expect(await auditActions(`cases/${melding.id}`)).toContain('case.appointment.plan:denied');
  });
});

describe('the report of a keukentafelgesprek', () => {
  it('is recorded after the start with the version seen; a stale version gets 409', async () => {
    const melding = await newCase('WMO-MELDING');
    const appointment = (await plan(consultant, melding.id)).json();
    expect((await report(appointment.id, undefined)).statusCode).toBe(428);
    const first = await report(appointment.id, 1);
    expect(first.statusCode).toBe(200);
    expect(first.json()).toMatchObject({ report: 'Besproken: hulp bij het huishouden.', version: 2 });
    expect(first.json().reportedAt).toEqual(expect.any(String));
    const stale = await report(appointment.id, 1, 'Een andere versie van het verslag.');
    expect(stale.statusCode).toBe(409);
    expect(stale.json().currentVersion).toBe(2);
    const corrected = await report(appointment.id, 2, 'Verslag aangevuld met afspraken.');
    expect(corrected.json().version).toBe(3);
    const detail = (await t.as(consultant, { method: 'GET', url: `/api/cases/${melding.id}` })).json();
    expect(
      detail.timeline.filter((event: { kind: string }) => event.kind === 'verslag-vastgelegd'),
    ).toHaveLength(2);
    expect(await auditActions(`cases/${melding.id}/appointments/${appointment.id}`)).toEqual([
      'case.appointment.plan:allowed',
      'case.appointment.report:allowed',
      'case.appointment.report:allowed',
    ]);
  });

  it('lets one of two simultaneous writers on one version through; the other gets 409', async () => {
    const melding = await newCase('WMO-MELDING');
    const appointment = (await plan(consultant, melding.id)).json();
    const responses = await Promise.all([
      report(appointment.id, 1, 'Verslag van de eerste schrijver.'),
      report(appointment.id, 1, 'Verslag van de tweede schrijver.'),
    ]);
    expect(responses.map((response) => response.statusCode).sort()).toEqual([200, 409]);
    const [stored] = (
      await t.as(consultant, { method: 'GET', url: `/api/cases/${melding.id}/appointments` })
    ).json();
    expect(stored.version).toBe(2);
  });

  it('is refused before the conversation began', async () => {
    const melding = await newCase('WMO-MELDING');
    const appointment = (await plan(consultant, melding.id, { startsAt: hoursFromNow(48) })).json();
    const early = await report(appointment.id, 1);
    expect(early.statusCode).toBe(422);
    expect(early.json().errors[0]).toMatchObject({
      field: 'report',
      message: expect.stringMatching(/begonnen/),
    });
  });

  it('answers 404 for an unknown appointment and 403 to someone without a relation', async () => {
    expect((await report('00000000-0000-4000-8000-000000000000', 1)).statusCode).toBe(404);
    const melding = await newCase('WMO-MELDING');
    const appointment = (await plan(consultant, melding.id)).json();
    const refused = await t.as(outsider, {
      method: 'POST',
      url: `/api/case-appointments/${appointment.id}/report`,
      payload: { report: 'Niet mijn gesprek, wel mijn verslag.' },
      headers: { 'if-match': '"1"' },
    });
    expect(refused.statusCode).toBe(403);
  });
});

describe('application logs', () => {
  it('carry no names, places, reports or opinions', () => {
    expect(logs.length).toBeGreaterThan(0);
    for (const word of ['Ramakers', 'dochter', 'inwoner thuis', 'Besproken', 'aangevuld'])
      expect(logs).not.toContain(word);
  });
});
