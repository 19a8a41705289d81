import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Session, type TestApp } from '../../../../test/helpers/app';

let t: TestApp;
let logs = '';
let consultant: Session;
let outsider: Session;
let admin: Session;
let household: { id: string };
let child: { id: string; bsn: string | null };

beforeAll(async () => {
  t = await createTestApp({
    logStream: new Writable({
      write(chunk, _encoding, done) {
        logs += String(chunk);
        done();
      },
    }),
  });
  const team = await t.make.team({ code: 'GT-A' });
  await t.make.user({ username: 'consulent', roles: ['consulent'], teamIds: [team.id] });
  await t.make.user({ username: 'buiten', roles: ['consulent'] });
  await t.make.user({ username: 'beheer', roles: ['functioneel-beheer'] });
  const parent = await t.make.person({ givenNames: 'Anja', familyName: 'Ploum' });
  child = await t.make.person({ givenNames: 'Sem', familyName: 'Ploum', birthDate: '2015-02-01' });
  household = await t.make.household([parent.id, child.id], { teamId: team.id, name: 'Huishouden Ploum' });
  consultant = await t.login('consulent');
  outsider = await t.login('buiten');
  admin = await t.login('beheer');
});
afterAll(() => t.close());

describe('households', () => {
  it('shows the members to the assigned team and audits the read for every member', async () => {
    const response = await t.as(consultant, { method: 'GET', url: `/api/households/${household.id}` });
    expect(response.statusCode).toBe(200);
    expect(response.json().members.map((m: { displayName: string }) => m.displayName)).toEqual([
      'A. Ploum',
      'S. Ploum',
    ]);
    const log = await t.as(consultant, { method: 'GET', url: `/api/persons/${child.id}/access-log` });
    expect(log.json().items.map((e: { action: string }) => e.action)).toContain('household.view');
  });

  it('refuses users of another team', async () => {
    expect((await t.as(outsider, { method: 'GET', url: `/api/households/${household.id}` })).statusCode).toBe(
      403,
    );
  });

  it('answers 404 for an unknown household and 400 for a malformed id', async () => {
    expect(
      (await t.as(consultant, { method: 'GET', url: '/api/households/7b0c1f4e-0000-4000-8000-000000000000' }))
        .statusCode,
    ).toBe(404);
    expect((await t.as(consultant, { method: 'GET', url: '/api/households/abc' })).statusCode).toBe(400);
  });
});

describe('team and user administration', () => {
  it('lets functioneel beheer create a team and a user, and refuses others', async () => {
    const area = await t.make.area({ code: 'WK093599', name: 'Testwijk' });
    const team = await t.as(admin, {
      method: 'POST',
      url: '/api/teams',
      payload: { code: 'GT-TEST', name: 'Gebiedsteam Test', kind: 'gebiedsteam', areaCodes: [area] },
    });
    expect(team.statusCode).toBe(201);
    const noAreas = await t.as(admin, {
      method: 'POST',
      url: '/api/teams',
      payload: { code: 'GT-LEEG', name: 'Leeg', kind: 'gebiedsteam', areaCodes: [] },
    });
    expect(noAreas.statusCode).toBe(422);
    const user = await t.as(admin, {
      method: 'POST',
      url: '/api/users',
      payload: {
        username: 'nieuw',
        displayName: 'Nieuwe Collega',
        password: 'een lang wachtwoord',
        roles: ['consulent'],
        teamIds: [team.json().id],
      },
    });
    expect(user.statusCode).toBe(201);
    const refused = await t.as(consultant, { method: 'GET', url: '/api/users' });
    expect(refused.statusCode).toBe(403);
    const updated = await t.as(admin, {
      method: 'PATCH',
      url: `/api/users/${user.json().id}`,
      headers: { 'if-match': '1' },
      payload: { active: false },
    });
    expect(updated.json()).toMatchObject({ active: false, version: 2 });
    const stale = await t.as(admin, {
      method: 'PATCH',
      url: `/api/users/${user.json().id}`,
      headers: { 'if-match': '1' },
      payload: { active: true },
    });
    expect(stale.statusCode).toBe(409);
    const login = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username: 'nieuw', password: 'een lang wachtwoord' },
    });
    expect(login.statusCode).toBe(401);
  });
});

describe('case-type catalog', () => {
  it('shows the published case types with their legal terms', async () => {
    const response = await t.as(consultant, { method: 'GET', url: '/api/case-types' });
    expect(response.statusCode).toBe(200);
    const melding = response.json().find((caseType: { code: string }) => caseType.code === 'WMO-MELDING');
    expect(melding).toMatchObject({
      domain: 'wmo',
      term: { amount: 6, unit: 'weeks' },
      suspensionAllowed: false,
    });
  });
});

describe('sessions', () => {
  it('locks an account after repeated failures and logs out', async () => {
    await t.make.user({ username: 'vergeetachtig' });
    const statuses: number[] = [];
    for (let i = 0; i < 6; i++) {
      statuses.push(
        (
          await t.app.inject({
            method: 'POST',
            url: '/api/auth/login',
            payload: { username: 'vergeetachtig', password: 'fout' },
          })
        ).statusCode,
      );
    }
    expect(statuses.slice(0, 5)).toEqual([401, 401, 401, 401, 401]);
    expect(statuses[5]).toBe(429);
    const session = await t.login('consulent');
    expect((await t.as(session, { method: 'POST', url: '/api/auth/logout' })).statusCode).toBe(204);
    expect((await t.as(session, { method: 'GET', url: '/api/auth/me' })).statusCode).toBe(401);
  });
});

describe('logs', () => {
  it('carry no BSN, names or passwords', async () => {
    await t.as(consultant, { method: 'GET', url: `/api/persons?bsn=${child.bsn}` });
    await t.as(consultant, { method: 'GET', url: '/api/persons?q=Ploum' });
    await t.as(consultant, {
      method: 'POST',
      url: '/api/persons',
      payload: { givenNames: 'Geheim', familyName: 'Naamloos' },
    });
    expect(logs.length).toBeGreaterThan(0);
    expect(logs).toContain('/api/persons');
    for (const secret of [child.bsn ?? 'x', 'Ploum', 'Geheim', 'Naamloos', 'correct horse', 'fout'])
      expect(logs).not.toContain(secret);
  });
});
