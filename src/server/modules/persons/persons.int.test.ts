import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Session, type TestApp } from '../../../../test/helpers/app';
import { verifyAuditTrail } from '../../platform/audit/service';

let t: TestApp;
let consultant: Session;
let otherConsultant: Session;
let policyMaker: Session;
let privacyOfficer: Session;
let maria: { id: string };
let jean: { id: string };
let stranger: { id: string };

beforeAll(async () => {
  t = await createTestApp();
  const area = await t.make.area({ code: 'WK093500', name: 'Centrum' });
  const team = await t.make.team({ code: 'GT-CENTRUM', areaCodes: [area] });
  const otherTeam = await t.make.team({ code: 'GT-ZUID' });
  await t.make.user({
    username: 'consulent',
    displayName: 'Carla Consulent',
    roles: ['consulent'],
    teamIds: [team.id],
  });
  await t.make.user({ username: 'ander', roles: ['consulent'], teamIds: [otherTeam.id] });
  await t.make.user({ username: 'beleid', roles: ['beleid'] });
  await t.make.user({ username: 'privacy', roles: ['privacy'] });
  maria = await t.make.person({
    givenNames: 'Maria',
    familyName: 'Jansen',
    birthDate: '1975-03-02',
    areaCode: area,
  });
  jean = await t.make.person({ givenNames: 'Jean', familyName: 'Dubóis' });
  stranger = await t.make.person({ givenNames: 'Piet', prefix: 'van der', familyName: 'Heijden' });
  await t.make.household([maria.id, jean.id], { teamId: team.id, name: 'Huishouden Jansen' });
  consultant = await t.login('consulent');
  otherConsultant = await t.login('ander');
  policyMaker = await t.login('beleid');
  privacyOfficer = await t.login('privacy');
});

afterAll(() => t.close());

describe('registry search', () => {
  it('finds a person by a misspelled name and an accent-free spelling', async () => {
    const typo = await t.as(consultant, { method: 'GET', url: '/api/persons?q=Janssen' });
    expect(typo.statusCode).toBe(200);
    expect(typo.json().items.map((p: { displayName: string }) => p.displayName)).toContain('M. Jansen');
    const accent = await t.as(consultant, { method: 'GET', url: '/api/persons?q=Dubois' });
    expect(accent.json().items.map((p: { id: string }) => p.id)).toContain(jean.id);
  });

  it('ranks the closest spelling first, before alphabetical order', async () => {
    await t.make.person({ givenNames: 'Bram', familyName: 'Franssen' });
    const response = await t.as(consultant, { method: 'GET', url: '/api/persons?q=Jansen' });
    const names = response.json().items.map((p: { displayName: string }) => p.displayName);
    expect(names[0]).toBe('M. Jansen');
    if (names.includes('B. Franssen')) expect(names.indexOf('B. Franssen')).toBeGreaterThan(0);
  });

  it('pages a ranked name search by keyset without repeating or skipping anyone', async () => {
    for (let i = 0; i < 6; i++)
      await t.make.person({
        givenNames: ['Jan', 'Johan', 'Jo'][i % 3] ?? 'Jan',
        familyName: `Lenssen${i % 2 ? 's' : ''}`,
      });
    const all = (await t.as(consultant, { method: 'GET', url: '/api/persons?q=lenssen&limit=100' })).json()
      .items;
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const url: string = `/api/persons?q=lenssen&limit=2${cursor ? `&cursor=${cursor}` : ''}`;
      const page = (await t.as(consultant, { method: 'GET', url })).json();
      seen.push(...page.items.map((p: { id: string }) => p.id));
      cursor = page.nextCursor;
    } while (cursor);
    expect(seen).toEqual(all.map((p: { id: string }) => p.id));
    expect(seen.length).toBeGreaterThanOrEqual(6);
  });

  it('finds by BSN, postcode + house number and birth date', async () => {
    const person = await t.as(consultant, { method: 'GET', url: `/api/persons/${maria.id}` });
    const { bsn, address } = person.json();
    expect(
      (await t.as(consultant, { method: 'GET', url: `/api/persons?bsn=${bsn}` })).json().items,
    ).toHaveLength(1);
    const byAddress = await t.as(consultant, {
      method: 'GET',
      url: `/api/persons?postcode=${encodeURIComponent(address.postcode.replace(' ', '').toLowerCase())}&houseNumber=${address.houseNumber}`,
    });
    expect(byAddress.json().items.map((p: { id: string }) => p.id)).toEqual([maria.id]);
    const byBirth = await t.as(consultant, { method: 'GET', url: '/api/persons?birthDate=1975-03-02' });
    expect(byBirth.json().items.map((p: { id: string }) => p.id)).toEqual([maria.id]);
  });

  it('pages by keyset without repeating or skipping anyone', async () => {
    for (let i = 0; i < 7; i++) await t.make.person({ givenNames: 'Anna', familyName: `Smeets${i}` });
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const url: string = `/api/persons?q=smeets&limit=3${cursor ? `&cursor=${cursor}` : ''}`;
      const page = (await t.as(consultant, { method: 'GET', url })).json();
      seen.push(...page.items.map((p: { id: string }) => p.id));
      cursor = page.nextCursor;
    } while (cursor);
    expect(seen).toHaveLength(7);
    expect(new Set(seen).size).toBe(7);
  });

  it('refuses roles without person access and rejects empty queries with a Dutch message', async () => {
    expect((await t.as(policyMaker, { method: 'GET', url: '/api/persons?q=jansen' })).statusCode).toBe(403);
    const empty = await t.as(consultant, { method: 'GET', url: '/api/persons' });
    expect(empty.statusCode).toBe(400);
    expect(empty.headers['content-type']).toContain('application/problem+json');
    expect(empty.json().errors[0].message).toMatch(/naam, BSN, postcode/);
  });
});

describe('person records and the access policy', () => {
  it('opens a record through the household of the team and audits the read', async () => {
    const response = await t.as(consultant, { method: 'GET', url: `/api/persons/${maria.id}` });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({ displayName: 'M. Jansen', sortName: 'Jansen, M.', version: 1 });
    expect(response.json().households[0].householdName).toBe('Huishouden Jansen');
    const log = await t.as(consultant, { method: 'GET', url: `/api/persons/${maria.id}/access-log` });
    const views = log.json().items.filter((e: { action: string }) => e.action === 'person.view');
    expect(views[0].actor).toContain('Carla Consulent');
  });

  it('refuses a consultant without a relation, and still audits the refusal', async () => {
    const response = await t.as(otherConsultant, { method: 'GET', url: `/api/persons/${maria.id}` });
    expect(response.statusCode).toBe(403);
    const log = await t.as(privacyOfficer, { method: 'GET', url: `/api/persons/${maria.id}/access-log` });
    expect(log.json().items).toContainEqual(
      expect.objectContaining({ action: 'person.view', outcome: 'denied' }),
    );
  });

  it('break the glass needs a reason, then grants access flagged for review', async () => {
    const noReason = await t.as(otherConsultant, {
      method: 'POST',
      url: `/api/persons/${stranger.id}/break-glass`,
      payload: { reason: 'kort' },
    });
    expect(noReason.statusCode).toBe(422);
    expect(noReason.json().errors[0]).toMatchObject({ field: 'reason' });
    const grant = await t.as(otherConsultant, {
      method: 'POST',
      url: `/api/persons/${stranger.id}/break-glass`,
      payload: { reason: 'Crisismelding Veilig Thuis, geen dossier in ons team' },
    });
    expect(grant.statusCode).toBe(201);
    expect(
      (await t.as(otherConsultant, { method: 'GET', url: `/api/persons/${stranger.id}` })).statusCode,
    ).toBe(200);
    const open = await t.as(privacyOfficer, { method: 'GET', url: '/api/privacy/break-glass?status=open' });
    const flagged = open.json().find((g: { personId: string }) => g.personId === stranger.id);
    expect(flagged).toMatchObject({ username: 'ander', personDisplayName: 'P. van der Heijden' });
    const review = await t.as(privacyOfficer, {
      method: 'POST',
      url: `/api/privacy/break-glass/${flagged.id}/review`,
      payload: { outcome: 'terecht' },
    });
    expect(review.statusCode).toBe(200);
  });

  it('the privacy officer reads access logs but never the record itself', async () => {
    expect((await t.as(privacyOfficer, { method: 'GET', url: `/api/persons/${maria.id}` })).statusCode).toBe(
      403,
    );
    expect(
      (await t.as(privacyOfficer, { method: 'GET', url: `/api/persons/${maria.id}/access-log` })).statusCode,
    ).toBe(200);
  });
});

describe('writes', () => {
  it('registers a person, validating BSN and postcode per field', async () => {
    const bad = await t.as(consultant, {
      method: 'POST',
      url: '/api/persons',
      payload: { bsn: '123456789', givenNames: 'Els', familyName: 'Habets', postcode: '62 AB' },
    });
    expect(bad.statusCode).toBe(422);
    expect(
      bad
        .json()
        .errors.map((e: { field: string }) => e.field)
        .sort(),
    ).toEqual(['bsn', 'postcode']);
    const good = await t.as(consultant, {
      method: 'POST',
      url: '/api/persons',
      payload: {
        bsn: '111222333',
        givenNames: 'Els',
        familyName: 'Habets',
        postcode: '6221ab',
        houseNumber: 4,
      },
    });
    expect(good.statusCode).toBe(201);
    expect(good.json()).toMatchObject({ displayName: 'E. Habets', address: { postcode: '6221 AB' } });
    const duplicate = await t.as(consultant, {
      method: 'POST',
      url: '/api/persons',
      payload: { bsn: '111222333', givenNames: 'X', familyName: 'Y' },
    });
    expect(duplicate.statusCode).toBe(422);
  });

  it('detects a stale update with 409 and the current version', async () => {
    const first = await t.as(consultant, {
      method: 'PATCH',
      url: `/api/persons/${maria.id}`,
      headers: { 'if-match': '"1"' },
      payload: { phone: '06-12345678' },
    });
    expect(first.statusCode).toBe(200);
    expect(first.json().version).toBe(2);
    const stale = await t.as(consultant, {
      method: 'PATCH',
      url: `/api/persons/${maria.id}`,
      headers: { 'if-match': '"1"' },
      payload: { phone: '06-87654321' },
    });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().currentVersion).toBe(2);
    const missing = await t.as(consultant, {
      method: 'PATCH',
      url: `/api/persons/${maria.id}`,
      payload: { phone: '06-11111111' },
    });
    expect(missing.statusCode).toBe(428);
  });

  it('refuses a state-changing request without the CSRF token', async () => {
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/persons',
      headers: { cookie: consultant.cookie },
      payload: { givenNames: 'Geen', familyName: 'Token' },
    });
    expect(response.statusCode).toBe(403);
    expect(response.json().detail).toMatch(/x-csrf-token/);
  });
});

describe('audit trail', () => {
  it('records every one of many concurrent reads, chained in order', async () => {
    const before = (
      await t.as(privacyOfficer, { method: 'GET', url: `/api/persons/${jean.id}/access-log` })
    ).json().items.length;
    const responses = await Promise.all(
      Array.from({ length: 20 }, () => t.as(consultant, { method: 'GET', url: `/api/persons/${jean.id}` })),
    );
    expect(responses.every((response) => response.statusCode === 200)).toBe(true);
    const after = (
      await t.as(privacyOfficer, { method: 'GET', url: `/api/persons/${jean.id}/access-log` })
    ).json().items;
    // 20 views plus the privacy officer's first look at the log.
    expect(after.length - before).toBe(21);
    expect((await verifyAuditTrail(t.database.transactor)).problems).toEqual([]);
  });

  it('verifies intact, refuses updates from the application, and detects tampering', async () => {
    expect((await verifyAuditTrail(t.database.transactor)).problems).toEqual([]);
    await expect(t.database.rawQuery(`update audit_entries set action = 'x' where seq = 1`)).rejects.toThrow(
      /append-only/,
    );
    await expect(t.database.rawQuery('delete from audit_entries where seq = 2')).rejects.toThrow(
      /append-only/,
    );
    // A superuser can switch triggers off; the hash chain still gives it away.
    await t.database.rawQuery(`alter table audit_entries disable trigger user`);
    await t.database.rawQuery(`update audit_entries set purpose = 'verzonnen' where seq = 2`);
    await t.database.rawQuery(`alter table audit_entries enable trigger user`);
    const result = await verifyAuditTrail(t.database.transactor);
    expect(result.problems).toContainEqual({ kind: 'altered', seq: 2 });
  });
});

describe('robustness', () => {
  it('answers unknown routes with a 404 problem and bad credentials with 401', async () => {
    const unknown = await t.as(consultant, { method: 'GET', url: '/api/bestaat-niet' });
    expect(unknown.statusCode).toBe(404);
    expect(unknown.headers['content-type']).toContain('application/problem+json');
    const bad = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username: 'consulent', password: 'fout' },
    });
    expect(bad.statusCode).toBe(401);
  });

  it('refuses a login posted from another website', async () => {
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      headers: { origin: 'https://evil.example' },
      payload: { username: 'consulent', password: 'x' },
    });
    expect(response.statusCode).toBe(403);
  });

  it('reports health', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/health' });
    expect(response.json()).toEqual({ status: 'ok' });
  });
});
