import { unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Session, type TestApp } from '../../../../test/helpers/app';

let t: TestApp;
let consultant: Session;
let outsider: Session;
let person: { id: string };
let centrumId: string;

const today = new Date().toISOString().slice(0, 10);

beforeAll(async () => {
  t = await createTestApp();
  const area = await t.make.area({ code: 'WK093500', name: 'Centrum' });
  const team = await t.make.team({ code: 'GT-CENTRUM', areaCodes: [area] });
  centrumId = team.id;
  const otherTeam = await t.make.team({ code: 'GT-ELDERS' });
  await t.make.user({
    username: 'consulent',
    displayName: 'Cas Consulent',
    roles: ['consulent'],
    teamIds: [team.id],
  });
  await t.make.user({ username: 'buiten', roles: ['consulent'], teamIds: [otherTeam.id] });
  person = await t.make.person({ givenNames: 'Els', familyName: 'Habets', areaCode: area });
  const other = await t.make.person({ givenNames: 'Bram', familyName: '=Bemelmans', areaCode: area });
  consultant = await t.login('consulent');
  outsider = await t.login('buiten');
  const open = (personId: string, caseTypeCode: string, receivedOn: string) =>
    t.as(consultant, {
      method: 'POST',
      url: '/api/cases',
      payload: { personId, caseTypeCode, receivedOn, channel: 'balie' },
    });
  // Two long overdue, the rest received today: an urgency order that is known in advance.
  for (const [who, type, on] of [
    [person.id, 'WMO-AANVRAAG', '2026-09-01'],
    [other.id, 'PW-AANVRAAG', '2026-08-03'],
    [person.id, 'WMO-MELDING', today],
    [other.id, 'JEUGDHULP-AANVRAAG', today],
    [person.id, 'BB-AANVRAAG', today],
  ] as const) {
    expect((await open(who, type, on)).statusCode).toBe(201);
  }
});
afterAll(() => t.close());

const queue = async (query: string) =>
  (await t.as(consultant, { method: 'GET', url: `/api/work-queue${query}` })).json();

describe('the work queue', () => {
  it('lists open cases of the team by urgency with signals, pages by keyset and filters', async () => {
    const all = await queue('?limit=100');
    expect(all.items).toHaveLength(5);
    const deadlines = all.items.map(
      (item: { legalDeadline: string | null }) => item.legalDeadline ?? '9999-12-31',
    );
    expect(deadlines).toEqual([...deadlines].sort());
    // WMO-AANVRAAG of 1 September (2 weeks) comes before PW-AANVRAAG of 3 August (8 weeks).
    expect(
      all.items.slice(0, 2).map((item: { person: { displayName: string } }) => item.person.displayName),
    ).toEqual(['E. Habets', 'B. =Bemelmans']);
    expect(all.items[0].signals).toContain('termijn-verstreken');
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page: { items: { id: string }[]; nextCursor: string | null } = await queue(
        `?limit=2${cursor ? `&cursor=${cursor}` : ''}`,
      );
      seen.push(...page.items.map((item) => item.id));
      cursor = page.nextCursor;
    } while (cursor);
    expect(seen).toEqual(all.items.map((item: { id: string }) => item.id));
    const wmo = await queue('?domain=wmo&limit=100');
    expect(wmo.items.map((item: { domain: string }) => item.domain)).toEqual(['wmo', 'wmo']);
    const overdue = await queue('?overdue=true&limit=100');
    expect(overdue.items).toHaveLength(2);
    expect(overdue.items.every((item: { daysLeft: number }) => item.daysLeft < 0)).toBe(true);
  });

  it('lets the team manager assign cases in bulk to a team member, and the consultant find them as theirs', async () => {
    await t.make.user({ username: 'manager', roles: ['teammanager'], teamIds: [centrumId] });
    const manager = await t.login('manager');
    const me = (await t.as(consultant, { method: 'GET', url: '/api/auth/me' })).json().user;
    const members = (await t.as(manager, { method: 'GET', url: `/api/teams/${centrumId}/members` })).json();
    expect(members.map((member: { username: string }) => member.username)).toEqual(
      expect.arrayContaining(['consulent', 'manager']),
    );
    expect((await t.as(outsider, { method: 'GET', url: `/api/teams/${centrumId}/members` })).statusCode).toBe(
      403,
    );
    const ids = (await queue('?unassigned=true&limit=3')).items.map((item: { id: string }) => item.id);
    const assign = (session: Session, assigneeId: string | null) =>
      t.as(session, { method: 'POST', url: '/api/work-queue/assign', payload: { caseIds: ids, assigneeId } });
    expect((await assign(consultant, me.id)).statusCode).toBe(403);
    const outsiderId = (await t.as(outsider, { method: 'GET', url: '/api/auth/me' })).json().user.id;
    expect((await assign(manager, outsiderId)).statusCode).toBe(422);
    expect((await assign(manager, me.id)).json()).toEqual({ assigned: 3 });
    const mine = (await queue('?assignee=me&limit=100')).items;
    expect(mine.map((item: { id: string }) => item.id).sort()).toEqual([...ids].sort());
    expect(mine.every((item: { assigneeName: string }) => item.assigneeName === 'Cas Consulent')).toBe(true);
    expect((await queue('?unassigned=true&limit=100')).items).toHaveLength(2);
    expect((await assign(manager, null)).json()).toEqual({ assigned: 3 });
    expect((await queue('?assignee=me&limit=100')).items).toHaveLength(0);
  });

  it('exports the queue as CSV and records the export in the access log', async () => {
    const response = await t.as(consultant, { method: 'GET', url: '/api/work-queue/export?domain=wmo' });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toContain('text/csv');
    const lines = response.body
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(lines[0]).toBe(
      'zaaknummer;zaaktype;domein;persoon;gemeente;status;wettelijke termijn;dagen over;opgeschort;behandelaar',
    );
    expect(lines).toHaveLength(3);
    expect(lines[1]).toContain(';WMO-AANVRAAG;wmo;E. Habets;');
    const log = await t.as(consultant, { method: 'GET', url: `/api/persons/${person.id}/access-log` });
    expect(log.json().items.map((entry: { action: string }) => entry.action)).toContain('case.export');
  });

  it('exports the queue as an Excel workbook with dates as dates and text never as formulas', async () => {
    const response = await t.as(consultant, { method: 'GET', url: '/api/work-queue/export?format=xlsx' });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-disposition']).toContain('werkvoorraad.xlsx');
    const files = unzipSync(new Uint8Array(response.rawPayload));
    expect(Object.keys(files)).toEqual(
      expect.arrayContaining(['[Content_Types].xml', 'xl/workbook.xml', 'xl/worksheets/sheet1.xml']),
    );
    const sheet = new TextDecoder().decode(files['xl/worksheets/sheet1.xml']);
    expect(sheet.match(/<row /g)).toHaveLength(6);
    expect(sheet).toContain('<t xml:space="preserve">E. Habets</t>');
    expect(sheet).toContain('t="inlineStr"><is><t xml:space="preserve">B. =Bemelmans</t>');
    expect(sheet).not.toContain('<f>');
    // The first case's deadline is a date cell (style 1) holding a spreadsheet serial.
    expect(sheet).toMatch(/<c r="G2" s="1"><v>\d{5}<\/v><\/c>/);
  });

  it('refuses the queue and the export of a team the user is not in', async () => {
    expect(
      (await t.as(outsider, { method: 'GET', url: `/api/work-queue?team=${centrumId}` })).statusCode,
    ).toBe(403);
    expect(
      (await t.as(outsider, { method: 'GET', url: `/api/work-queue/export?format=xlsx&team=${centrumId}` }))
        .statusCode,
    ).toBe(403);
  });
});
