import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Session, type TestApp } from '../../../../test/helpers/app';

let t: TestApp;
let consultant: Session;
let outsider: Session;
let person: { id: string };

beforeAll(async () => {
  t = await createTestApp();
  const area = await t.make.area({ code: 'WK093500', name: 'Centrum' });
  const team = await t.make.team({ code: 'GT-CENTRUM', areaCodes: [area] });
  await t.make.team({ code: 'BEZWAAR-KLACHTEN', kind: 'specialistisch', specialism: 'bezwaar-klachten' });
  const otherTeam = await t.make.team({ code: 'GT-ELDERS' });
  await t.make.user({ username: 'consulent', roles: ['consulent'], teamIds: [team.id] });
  await t.make.user({ username: 'buiten', roles: ['consulent'], teamIds: [otherTeam.id] });
  person = await t.make.person({ givenNames: 'Els', familyName: 'Habets', areaCode: area });
  consultant = await t.login('consulent');
  outsider = await t.login('buiten');
});
afterAll(() => t.close());

const create = (payload: Record<string, unknown>) =>
  t.as(consultant, {
    method: 'POST',
    url: '/api/cases',
    payload: { personId: person.id, channel: 'balie', ...payload },
  });
const step = (id: string, action: string, payload: Record<string, unknown>) =>
  t.as(consultant, { method: 'POST', url: `/api/cases/${id}/${action}`, payload });

describe('creating cases', () => {
  it('numbers the case, routes it to the area team and computes the legal deadline', async () => {
    const response = await create({ caseTypeCode: 'WMO-AANVRAAG', receivedOn: '2026-10-01' });
    expect(response.statusCode).toBe(201);
    const body = response.json();
    expect(body.number).toMatch(/^SZMH-\d{4}-\d{7}$/);
    expect(body.team.code).toBe('GT-CENTRUM');
    expect(body.status.code).toBe('ontvangen');
    // Thursday 1 October + 2 weeks = Thursday 15 October 2026.
    expect(body.legalDeadline).toBe('2026-10-15');
    expect(body.onExpiry).toMatch(/dwangsom/);
    expect(body.timeline[0].kind).toBe('aangemaakt');
  });

  it('never gives two concurrent creations the same number', async () => {
    const responses = await Promise.all(
      Array.from({ length: 12 }, () => create({ caseTypeCode: 'KLACHT', receivedOn: '2026-11-02' })),
    );
    const numbers = responses.map((response) => response.json().number);
    expect(responses.every((response) => response.statusCode === 201)).toBe(true);
    expect(new Set(numbers).size).toBe(12);
  });

  it('refuses an unknown type and a bezwaar without the contested decision, field by field', async () => {
    const unknown = await create({ caseTypeCode: 'BESTAAT-NIET', receivedOn: '2026-10-01' });
    expect(unknown.statusCode).toBe(422);
    expect(unknown.json().errors[0].field).toBe('caseTypeCode');
    const bezwaar = await create({ caseTypeCode: 'BEZWAAR', receivedOn: '2026-10-20' });
    expect(bezwaar.statusCode).toBe(422);
    expect(bezwaar.json().errors[0].field).toBe('contestedDecisionDate');
  });

  it('counts a bezwaar from the end of the objection period and gives it to the specialist team', async () => {
    const response = await create({
      caseTypeCode: 'BEZWAAR',
      receivedOn: '2026-10-20',
      contestedDecisionDate: '2026-10-05',
    });
    expect(response.statusCode).toBe(201);
    expect(response.json()).toMatchObject({
      legalDeadline: '2026-12-28',
      team: { code: 'BEZWAAR-KLACHTEN' },
    });
  });
});

describe('days decreed equal to holidays', () => {
  it('lets functioneel beheer add one, after which a deadline on that day moves on', async () => {
    await t.make.user({ username: 'beheer', roles: ['functioneel-beheer'] });
    const admin = await t.login('beheer');
    // Received Tuesday 3 November 2026 + 8 weeks = Tuesday 29 December 2026.
    const before = (await create({ caseTypeCode: 'PW-AANVRAAG', receivedOn: '2026-11-03' })).json();
    expect(before.legalDeadline).toBe('2026-12-29');
    expect(
      (
        await t.as(consultant, {
          method: 'POST',
          url: '/api/decreed-days',
          payload: { date: '2026-12-29', name: 'Test', decree: 'Besluit x' },
        })
      ).statusCode,
    ).toBe(403);
    const weekend = await t.as(admin, {
      method: 'POST',
      url: '/api/decreed-days',
      payload: { date: '2026-12-27', name: 'Zondag', decree: 'Besluit x' },
    });
    expect(weekend.statusCode).toBe(422);
    const added = await t.as(admin, {
      method: 'POST',
      url: '/api/decreed-days',
      payload: {
        date: '2026-12-29',
        name: 'Dinsdag na Kerstmis (proef)',
        decree: 'Besluit gelijkstelling (proef)',
      },
    });
    expect(added.statusCode).toBe(201);
    expect(added.json()).toContainEqual({
      date: '2026-12-29',
      name: 'Dinsdag na Kerstmis (proef)',
      decree: 'Besluit gelijkstelling (proef)',
    });
    const listed = (await t.as(consultant, { method: 'GET', url: '/api/decreed-days' })).json();
    expect(listed).toContainEqual(
      expect.objectContaining({ date: '2024-05-10', decree: expect.stringMatching(/^Besluit/) }),
    );
    const after = (await t.as(consultant, { method: 'GET', url: `/api/cases/${before.id}` })).json();
    expect(after.legalDeadline).toBe('2026-12-30');
  });
});

describe('links, assignment and notes', () => {
  it('links a bezwaar to the contested case and a sub-case to its parent, of the same person only', async () => {
    const decided = (await create({ caseTypeCode: 'WMO-AANVRAAG', receivedOn: '2026-10-01' })).json();
    const bezwaar = await create({
      caseTypeCode: 'BEZWAAR',
      receivedOn: '2026-10-20',
      contestedDecisionDate: '2026-10-05',
      relatedCaseId: decided.id,
    });
    expect(bezwaar.json().relatedCaseId).toBe(decided.id);
    const sub = await create({
      caseTypeCode: 'WMO-MELDING',
      receivedOn: '2026-11-02',
      parentCaseId: decided.id,
    });
    expect(sub.json().parentCaseId).toBe(decided.id);
    const other = await t.make.person({ givenNames: 'Piet', familyName: 'Vreemd' });
    const foreign = await t.as(consultant, {
      method: 'POST',
      url: '/api/cases',
      payload: {
        personId: other.id,
        caseTypeCode: 'WMO-MELDING',
        receivedOn: '2026-11-02',
        channel: 'balie',
        parentCaseId: decided.id,
      },
    });
    expect(foreign.statusCode).toBe(422);
    expect(foreign.json().errors[0].field).toBe('parentCaseId');
  });

  it('assigns at creation only to a member of the team, and keeps notes until the case closes', async () => {
    const me = (await t.as(consultant, { method: 'GET', url: '/api/auth/me' })).json().user;
    const assigned = (
      await create({ caseTypeCode: 'WMO-MELDING', receivedOn: '2026-11-02', assigneeId: me.id })
    ).json();
    expect(assigned.assigneeId).toBe(me.id);
    const stranger = (await t.as(outsider, { method: 'GET', url: '/api/auth/me' })).json().user;
    expect(
      (await create({ caseTypeCode: 'WMO-MELDING', receivedOn: '2026-11-02', assigneeId: stranger.id }))
        .statusCode,
    ).toBe(422);
    const noted = await step(assigned.id, 'notes', { text: 'Keukentafelgesprek gepland op 10 november' });
    expect(noted.json().notes[0].text).toBe('Keukentafelgesprek gepland op 10 november');
    await step(assigned.id, 'close', { resultCode: 'voorliggend' });
    expect((await step(assigned.id, 'notes', { text: 'Te laat' })).statusCode).toBe(422);
  });
});

describe('documents', () => {
  const upload = (caseId: string, body: Buffer, filename: string, as = consultant) =>
    t.as(as, {
      method: 'POST',
      url: `/api/cases/${caseId}/documents`,
      payload: body,
      headers: { 'content-type': 'application/octet-stream', 'x-filename': encodeURIComponent(filename) },
    });

  it('stores a sniffed document, lists it and audits every download', async () => {
    const created = (await create({ caseTypeCode: 'WMO-AANVRAAG', receivedOn: '2026-11-02' })).json();
    const pdf = Buffer.from('%PDF-1.7\n1 0 obj\n<<>>\nendobj\n%%EOF\n');
    const uploaded = await upload(created.id, pdf, 'Indicatie advies.pdf');
    expect(uploaded.statusCode).toBe(201);
    expect(uploaded.json()).toMatchObject({
      filename: 'Indicatie advies.pdf',
      mediaType: 'application/pdf',
      sizeBytes: pdf.length,
    });
    const list = (
      await t.as(consultant, { method: 'GET', url: `/api/cases/${created.id}/documents` })
    ).json();
    expect(list).toHaveLength(1);
    const download = await t.as(consultant, {
      method: 'GET',
      url: `/api/cases/${created.id}/documents/${list[0].id}`,
    });
    expect(download.statusCode).toBe(200);
    expect(download.rawPayload.equals(pdf)).toBe(true);
    expect(download.headers['content-type']).toBe('application/pdf');
    const log = await t.as(consultant, { method: 'GET', url: `/api/persons/${person.id}/access-log` });
    expect(log.json().items.map((entry: { action: string }) => entry.action)).toContain(
      'case.document.download',
    );
    expect(
      (await t.as(outsider, { method: 'GET', url: `/api/cases/${created.id}/documents/${list[0].id}` }))
        .statusCode,
    ).toBe(403);
  });

  it('refuses other file types, files over 10 MB and documents on a closed case', async () => {
    const created = (await create({ caseTypeCode: 'KLACHT', receivedOn: '2026-11-02' })).json();
    const executable = await upload(created.id, Buffer.from([0x4d, 0x5a, 0x90, 0x00]), 'factuur.pdf');
    expect(executable.statusCode).toBe(422);
    const huge = Buffer.alloc(10 * 1024 * 1024 + 1, 0x20);
    huge.write('%PDF-');
    expect((await upload(created.id, huge, 'groot.pdf')).statusCode).toBe(413);
    await step(created.id, 'close', { resultCode: 'ongegrond' });
    expect((await upload(created.id, Buffer.from('%PDF-1.4 x'), 'laat.pdf')).statusCode).toBe(422);
  });
});

describe('the lifecycle of a case', () => {
  it('suspends, resumes (adding the days suspended), extends once, moves status and closes', async () => {
    const created = (await create({ caseTypeCode: 'PW-AANVRAAG', receivedOn: '2026-09-01' })).json();
    // 1 September + 8 weeks = Tuesday 27 October 2026.
    expect(created.legalDeadline).toBe('2026-10-27');
    const suspended = await step(created.id, 'suspensions', {
      reason: 'Wachten op bankafschriften',
      from: '2026-09-10',
    });
    expect(suspended.statusCode).toBe(200);
    expect(suspended.json().suspended).toBe(true);
    expect(
      (await step(created.id, 'suspensions', { reason: 'Nog eens', from: '2026-09-11' })).statusCode,
    ).toBe(422);
    const resumed = (await step(created.id, 'resume', { on: '2026-09-24' })).json();
    // 14 days suspended: Tuesday 10 November.
    expect(resumed.legalDeadline).toBe('2026-11-10');
    const extended = (await step(created.id, 'extensions', { reason: 'Advies nodig', weeks: 2 })).json();
    expect(extended.legalDeadline).toBe('2026-11-24');
    expect((await step(created.id, 'extensions', { reason: 'Nog meer', weeks: 1 })).statusCode).toBe(422);
    const skipped = await step(created.id, 'status', { statusCode: 'besluitvorming' });
    expect(skipped.statusCode).toBe(422);
    expect(skipped.json().errors[0].field).toBe('reason');
    expect(
      (await step(created.id, 'status', { statusCode: 'besluitvorming', reason: 'Alle stukken waren er al' }))
        .statusCode,
    ).toBe(200);
    expect((await step(created.id, 'status', { statusCode: 'in-behandeling' })).statusCode).toBe(422);
    expect((await step(created.id, 'close', { resultCode: 'gegrond' })).statusCode).toBe(422);
    const closed = (await step(created.id, 'close', { resultCode: 'toegekend' })).json();
    expect(closed).toMatchObject({
      status: { code: 'afgehandeld' },
      result: { outcome: 'toegekend' },
      daysLeft: null,
    });
    const afterClose = await step(created.id, 'suspensions', { reason: 'Te laat', from: '2026-11-20' });
    expect(afterClose.statusCode).toBe(422);
    expect(afterClose.json().detail).toMatch(/afgesloten/);
    const kinds = (await t.as(consultant, { method: 'GET', url: `/api/cases/${created.id}` }))
      .json()
      .timeline.map((e: { kind: string }) => e.kind);
    expect(kinds).toEqual(['afgesloten', 'status', 'verlengd', 'hervat', 'opgeschort', 'aangemaakt']);
  });

  it('refuses suspension where the type does not allow it, and an extension above the maximum', async () => {
    const melding = (await create({ caseTypeCode: 'WMO-MELDING', receivedOn: '2026-11-02' })).json();
    expect(
      (await step(melding.id, 'suspensions', { reason: 'Wachten', from: '2026-11-03' })).statusCode,
    ).toBe(422);
    const klacht = (await create({ caseTypeCode: 'KLACHT', receivedOn: '2026-11-02' })).json();
    const tooLong = await step(klacht.id, 'extensions', { reason: 'Commissie', weeks: 5 });
    expect(tooLong.statusCode).toBe(422);
    expect(tooLong.json().errors[0].message).toMatch(/ten hoogste 4 weken/);
  });

  it('detects a stale version and keeps cases of other teams closed, auditing the refusal', async () => {
    const created = (await create({ caseTypeCode: 'WMO-AANVRAAG', receivedOn: '2026-11-02' })).json();
    const stale = await t.as(consultant, {
      method: 'POST',
      url: `/api/cases/${created.id}/status`,
      headers: { 'if-match': `"${created.version + 5}"` },
      payload: { statusCode: 'in-behandeling' },
    });
    expect(stale.statusCode).toBe(409);
    expect((await t.as(outsider, { method: 'GET', url: `/api/cases/${created.id}` })).statusCode).toBe(403);
    // The case made the area team a relation of the person: the consultant can open the record.
    expect((await t.as(consultant, { method: 'GET', url: `/api/persons/${person.id}` })).statusCode).toBe(
      200,
    );
  });
});

describe('decisions and provisions', () => {
  it('records a decision granting provisions, refuses foreign types, ends a provision by a new decision', async () => {
    const created = (await create({ caseTypeCode: 'WMO-AANVRAAG', receivedOn: '2026-11-02' })).json();
    // A Wmo grant needs the household's plan to record that general provisions were considered; the
    // case makes the team a relation of the person, and so of the household.
    const household = await t.make.household([person.id], { name: 'Huishouden Habets' });
    const plan = await t.as(consultant, {
      method: 'POST',
      url: `/api/households/${household.id}/plan`,
      payload: {
        basedOnVersion: 0,
        content: {
          goals: [],
          actions: [],
          considerations: [
            {
              kind: 'algemene-voorziening',
              description: 'Was- en strijkservice',
              outcome: 'niet-toereikend',
            },
          ],
        },
      },
    });
    expect(plan.statusCode).toBe(201);
    const decide = (payload: Record<string, unknown>) => step(created.id, 'decisions', payload);
    const wrongType = await decide({
      decisionTypeCode: 'JEUGD-BESCHIKKING',
      decidedOn: '2026-11-10',
      effectiveFrom: '2026-11-10',
      outcome: 'toegekend',
    });
    expect(wrongType.statusCode).toBe(422);
    const wrongProvision = await decide({
      decisionTypeCode: 'WMO-BESCHIKKING',
      decidedOn: '2026-11-10',
      effectiveFrom: '2026-11-10',
      outcome: 'toegekend',
      provisions: [{ provisionTypeCode: 'JEUGD-VERBLIJF', start: '2026-11-10' }],
    });
    expect(wrongProvision.json().errors[0].field).toBe('provisions.0.provisionTypeCode');
    const granted = await decide({
      decisionTypeCode: 'WMO-BESCHIKKING',
      decidedOn: '2026-11-10',
      effectiveFrom: '2026-11-10',
      effectiveUntil: '2027-11-09',
      outcome: 'toegekend',
      provisions: [
        {
          provisionTypeCode: 'WMO-HULP-HUISHOUDEN',
          start: '2026-11-10',
          end: '2027-11-09',
          volume: 3,
          volumeUnit: 'uur per week',
        },
      ],
    });
    expect(granted.statusCode).toBe(201);
    const provision = granted.json()[0].provisions[0];
    expect(provision).toMatchObject({ payingGemeenteCode: null, volume: 3, end: '2027-11-09' });
    const noReference = await decide({
      decisionTypeCode: 'WMO-BESCHIKKING',
      kind: 'wijziging',
      decidedOn: '2027-03-01',
      effectiveFrom: '2027-03-01',
      outcome: 'toegekend',
    });
    expect(noReference.json().errors[0].field).toBe('replacesDecisionId');
    const change = await decide({
      decisionTypeCode: 'WMO-BESCHIKKING',
      kind: 'wijziging',
      replacesDecisionId: granted.json()[0].id,
      decidedOn: '2026-11-20',
      effectiveFrom: '2026-11-20',
      outcome: 'toegekend',
      endProvisions: [{ provisionId: provision.id, endDate: '2026-11-30', endReason: 'niet-meer-nodig' }],
    });
    expect(change.statusCode).toBe(201);
    const list = (
      await t.as(consultant, { method: 'GET', url: `/api/cases/${created.id}/decisions` })
    ).json();
    expect(list).toHaveLength(2);
    expect(list[0].provisions[0]).toMatchObject({ end: '2026-11-30', endReason: 'niet-meer-nodig' });
    await step(created.id, 'close', { resultCode: 'toegekend' });
    const afterClose = await decide({
      decisionTypeCode: 'WMO-BESCHIKKING',
      decidedOn: '2026-11-21',
      effectiveFrom: '2026-11-21',
      outcome: 'afgewezen',
    });
    expect(afterClose.statusCode).toBe(422);
  });
});
