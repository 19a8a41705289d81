import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Session, type TestApp } from '../../../../test/helpers/app';
import { householdRegisseurs } from '../../platform/db/schema';

let t: TestApp;
let consultant: Session;
let colleague: Session;
let manager: Session;
let outsider: Session;
let ids: { team: string; consultant: string; colleague: string; manager: string; outsider: string };
let household: { id: string };
let parent: { id: string };
let child: { id: string };

beforeAll(async () => {
  t = await createTestApp();
  const team = await t.make.team({ code: 'GT-NETWERK' });
  const other = await t.make.team({ code: 'GT-ANDERS' });
  const c = await t.make.user({ username: 'consulent', displayName: 'Carla Consulent', teamIds: [team.id] });
  const k = await t.make.user({ username: 'collega', displayName: 'Kees Collega', teamIds: [team.id] });
  const m = await t.make.user({
    username: 'manager',
    displayName: 'Mila Manager',
    roles: ['teammanager'],
    teamIds: [team.id],
  });
  const o = await t.make.user({ username: 'buiten', displayName: 'Otto Buiten', teamIds: [other.id] });
  ids = { team: team.id, consultant: c.id, colleague: k.id, manager: m.id, outsider: o.id };
  parent = await t.make.person({ givenNames: 'Anja', familyName: 'Kessels' });
  child = await t.make.person({ givenNames: 'Sem', familyName: 'Kessels', birthDate: '2014-03-01' });
  household = await t.make.household([parent.id, child.id], { teamId: team.id, name: 'Huishouden Kessels' });
  consultant = await t.login('consulent');
  colleague = await t.login('collega');
  manager = await t.login('manager');
  outsider = await t.login('buiten');
});
afterAll(() => t.close());

const accessLog = async (personId: string) =>
  (await t.as(consultant, { method: 'GET', url: `/api/persons/${personId}/access-log?limit=100` })).json()
    .items as { action: string; outcome: string; actor: string | null }[];

describe('the informal network', () => {
  it('adds a mantelzorger, lists them, records the event and audits the change', async () => {
    const created = await t.as(consultant, {
      method: 'POST',
      url: `/api/households/${household.id}/network`,
      payload: {
        name: 'Piet Kessels',
        role: 'mantelzorger',
        support: 'Boodschappen op zaterdag',
        contact: '06-12345678',
      },
    });
    expect(created.statusCode).toBe(201);
    expect(created.json()).toMatchObject({
      name: 'Piet Kessels',
      role: 'mantelzorger',
      active: true,
      version: 1,
    });
    const list = await t.as(consultant, { method: 'GET', url: `/api/households/${household.id}/network` });
    expect(list.json().items.map((m: { name: string }) => m.name)).toEqual(['Piet Kessels']);
    const overview = await t.as(consultant, {
      method: 'GET',
      url: `/api/households/${household.id}/overview`,
    });
    expect(overview.json().timeline[0]).toMatchObject({
      source: 'huishouden',
      kind: 'netwerk-gewijzigd',
      details: { change: 'toegevoegd', role: 'mantelzorger' },
    });
    const actions = (await accessLog(child.id)).map((entry) => entry.action);
    expect(actions).toContain('household.network.create');
    expect(actions).toContain('household.network.view');
  });

  it('ends an involvement with If-Match and answers 409 to a stale version and 428 without one', async () => {
    const created = await t.as(consultant, {
      method: 'POST',
      url: `/api/households/${household.id}/network`,
      payload: { name: 'Buurvrouw Jansen', role: 'buur' },
    });
    const id = created.json().id;
    const ended = await t.as(consultant, {
      method: 'PATCH',
      url: `/api/network-members/${id}`,
      headers: { 'if-match': '"1"' },
      payload: { active: false },
    });
    expect(ended.statusCode).toBe(200);
    expect(ended.json()).toMatchObject({ active: false, version: 2 });
    const stale = await t.as(colleague, {
      method: 'PATCH',
      url: `/api/network-members/${id}`,
      headers: { 'if-match': '1' },
      payload: { support: 'Koffie' },
    });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().currentVersion).toBe(2);
    const missing = await t.as(colleague, {
      method: 'PATCH',
      url: `/api/network-members/${id}`,
      payload: { support: 'Koffie' },
    });
    expect(missing.statusCode).toBe(428);
    const overview = await t.as(consultant, {
      method: 'GET',
      url: `/api/households/${household.id}/overview`,
    });
    expect(overview.json().timeline[0].details).toMatchObject({ change: 'beeindigd', networkMemberId: id });
  });

  it('refuses another team (403, audited) and explains invalid input per field (422)', async () => {
    const refused = await t.as(outsider, {
      method: 'POST',
      url: `/api/households/${household.id}/network`,
      payload: { name: 'Iemand', role: 'vriend' },
    });
    expect(refused.statusCode).toBe(403);
    expect(
      (await t.as(outsider, { method: 'GET', url: `/api/households/${household.id}/network` })).statusCode,
    ).toBe(403);
    const denied = (await accessLog(parent.id)).filter((entry) => entry.outcome === 'denied');
    expect(denied.map((entry) => entry.action)).toEqual(
      expect.arrayContaining(['household.network.create', 'household.network.view']),
    );
    const invalid = await t.as(consultant, {
      method: 'POST',
      url: `/api/households/${household.id}/network`,
      payload: { name: '', role: 'tante' },
    });
    expect(invalid.statusCode).toBe(422);
    expect(
      invalid
        .json()
        .errors.map((e: { field: string }) => e.field)
        .sort(),
    ).toEqual(['name', 'role']);
    const empty = await t.as(consultant, {
      method: 'PATCH',
      url: `/api/network-members/7b0c1f4e-0000-4000-8000-000000000000`,
      headers: { 'if-match': '1' },
      payload: {},
    });
    expect(empty.statusCode).toBe(422);
    const unknownPerson = await t.as(consultant, {
      method: 'POST',
      url: `/api/households/${household.id}/network`,
      payload: { name: 'Onbekend', role: 'familie', personId: '7b0c1f4e-0000-4000-8000-000000000000' },
    });
    expect(unknownPerson.statusCode).toBe(422);
    expect(unknownPerson.json().errors[0].field).toBe('personId');
    expect(
      (
        await t.as(consultant, {
          method: 'PATCH',
          url: '/api/network-members/7b0c1f4e-0000-4000-8000-000000000000',
          headers: { 'if-match': '1' },
          payload: { active: false },
        })
      ).statusCode,
    ).toBe(404);
  });
});

describe('the regisseur', () => {
  const change = (session: Session, userId: string, reason?: string) =>
    t.as(session, {
      method: 'POST',
      url: `/api/households/${household.id}/regisseur`,
      payload: { userId, ...(reason ? { reason } : {}) },
    });

  it('lets a team member take the household over, shown on the household and on its members', async () => {
    const taken = await change(consultant, ids.consultant, 'Eerste contact');
    expect(taken.statusCode).toBe(200);
    expect(taken.json().regisseur).toEqual({ id: ids.consultant, displayName: 'Carla Consulent' });
    const detail = await t.as(colleague, { method: 'GET', url: `/api/households/${household.id}` });
    expect(detail.json().regisseur).toEqual({ id: ids.consultant, displayName: 'Carla Consulent' });
    const person = await t.as(colleague, { method: 'GET', url: `/api/persons/${child.id}` });
    expect(person.json().regisseur).toEqual({ id: ids.consultant, displayName: 'Carla Consulent' });
  });

  it('lets the team manager hand it to a colleague: one current row, an event from → to, an audit entry', async () => {
    const handed = await change(manager, ids.colleague, 'Verlof');
    expect(handed.statusCode).toBe(200);
    const overview = (
      await t.as(colleague, { method: 'GET', url: `/api/households/${household.id}/overview` })
    ).json();
    expect(overview.regisseur).toEqual({ id: ids.colleague, displayName: 'Kees Collega' });
    expect(overview.timeline[0]).toMatchObject({
      kind: 'regisseur-gewijzigd',
      details: {
        from: { id: ids.consultant, displayName: 'Carla Consulent' },
        to: { id: ids.colleague, displayName: 'Kees Collega' },
        reason: 'Verlof',
      },
    });
    const current = await t.database.transactor.transaction(async (tx) =>
      (await import('./repository')).currentRegisseur(tx, household.id),
    );
    expect(current?.userId).toBe(ids.colleague);
    expect((await accessLog(parent.id)).map((entry) => entry.action)).toContain('household.regisseur.change');
  });

  it('refuses a consultant appointing someone else (403) and another team (403, audited)', async () => {
    expect((await change(consultant, ids.manager)).statusCode).toBe(403);
    expect((await change(outsider, ids.outsider)).statusCode).toBe(403);
    const denied = (await accessLog(parent.id)).filter(
      (entry) => entry.outcome === 'denied' && entry.action === 'household.regisseur.change',
    );
    expect(denied.length).toBe(2);
  });

  it('keeps exactly one current regisseur when two changes arrive at once', async () => {
    const [a, b] = await Promise.all([
      change(manager, ids.consultant, 'A'),
      change(manager, ids.manager, 'B'),
    ]);
    expect([a.statusCode, b.statusCode]).toEqual([200, 200]);
    const rows = await t.database.transactor.transaction(async (tx) =>
      tx.select().from(householdRegisseurs).where(eq(householdRegisseurs.householdId, household.id)),
    );
    expect(rows.filter((row) => row.until === null)).toHaveLength(1);
    // Back to the colleague for the tests that follow.
    expect((await change(manager, ids.colleague)).statusCode).toBe(200);
  });

  it('refuses a regisseur outside the household team with 422 on userId', async () => {
    const response = await change(manager, ids.outsider);
    expect(response.statusCode).toBe(422);
    expect(response.json().errors[0]).toMatchObject({ field: 'userId' });
    const same = await change(manager, ids.colleague);
    expect(same.statusCode).toBe(422);
  });
});
