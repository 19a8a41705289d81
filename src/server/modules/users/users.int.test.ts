import { and, eq, like } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Session, type TestApp } from '../../../../test/helpers/app';
import { CreateUserRequest } from '../../../shared/api/admin';
import { auditEntries, users } from '../../platform/db/schema';
import { AppError } from '../../platform/errors';
import { seedAreas } from '../areas/service';
import { addUser, CLI_AUDIT } from './service';

let t: TestApp;
let admin: Session;

beforeAll(async () => {
  t = await createTestApp();
  await seedAreas(t.database.transactor);
  await t.make.user({ username: 'fb', roles: ['functioneel-beheer'] });
  admin = await t.login('fb');
});
afterAll(() => t.close());

const newUser = (username: string, extra: Record<string, unknown> = {}) => ({
  username,
  displayName: 'Wim Wethouder',
  password: 'een heel lang wachtwoord',
  roles: ['bestuur'],
  ...extra,
});

const create = (payload: unknown) => t.as(admin, { method: 'POST', url: '/api/users', payload });
const patch = (id: string, version: number, payload: unknown) =>
  t.as(admin, { method: 'PATCH', url: `/api/users/${id}`, headers: { 'if-match': `"${version}"` }, payload });
const listed = async (id: string) =>
  (await t.as(admin, { method: 'GET', url: '/api/users' })).json().find((u: { id: string }) => u.id === id);

describe('the gemeente of a bestuurder in user administration', () => {
  it('sets it on create, returns it in the list, changes and clears it (If-Match), and audits each change', async () => {
    const created = await create(newUser('wethouder.maastricht', { gemeenteCode: 'gm0935' }));
    expect(created.statusCode).toBe(201);
    const { id } = created.json();
    expect(created.json()).toMatchObject({ gemeenteCode: 'GM0935', version: 1 });
    expect(await listed(id)).toMatchObject({ username: 'wethouder.maastricht', gemeenteCode: 'GM0935' });

    const changed = await patch(id, 1, { gemeenteCode: 'GM0938' });
    expect(changed.statusCode).toBe(200);
    expect(changed.headers.etag).toBe('"2"');
    expect(changed.json()).toMatchObject({ gemeenteCode: 'GM0938', version: 2 });
    expect(await listed(id)).toMatchObject({ gemeenteCode: 'GM0938' });

    // Leaving the field out keeps it.
    const renamed = await patch(id, 2, { displayName: 'Wim de Wethouder' });
    expect(renamed.json()).toMatchObject({ gemeenteCode: 'GM0938', version: 3 });

    const cleared = await patch(id, 3, { gemeenteCode: null });
    expect(cleared.statusCode).toBe(200);
    expect(cleared.json()).toMatchObject({ gemeenteCode: null, version: 4 });
    expect(await listed(id)).toMatchObject({ gemeenteCode: null });
    const [row] = await t.database.transactor.transaction((tx) =>
      tx.select({ gemeenteCode: users.gemeenteCode }).from(users).where(eq(users.id, id)),
    );
    expect(row?.gemeenteCode).toBeNull();

    const stale = await patch(id, 3, { gemeenteCode: 'GM0935' });
    expect(stale.statusCode).toBe(409);
    expect(stale.json()).toMatchObject({ currentVersion: 4 });
    expect(await listed(id)).toMatchObject({ gemeenteCode: null, version: 4 });

    const trail = await t.database.transactor.transaction((tx) =>
      tx
        .select({
          action: auditEntries.action,
          purpose: auditEntries.purpose,
          actor: auditEntries.actorUsername,
        })
        .from(auditEntries)
        .where(eq(auditEntries.resource, `users/${id}`))
        .orderBy(auditEntries.seq),
    );
    expect(trail).toEqual([
      { action: 'user.create', purpose: null, actor: 'fb' },
      { action: 'user.update', purpose: 'velden: gemeenteCode', actor: 'fb' },
      { action: 'user.update', purpose: 'velden: displayName', actor: 'fb' },
      { action: 'user.update', purpose: 'velden: gemeenteCode', actor: 'fb' },
    ]);
  });

  it('refuses an unknown gemeente, a wijk and a malformed code with a field error, and changes nothing', async () => {
    const unknown = await create(newUser('wethouder.onbekend', { gemeenteCode: 'GM9999' }));
    expect(unknown.statusCode).toBe(422);
    expect(unknown.json().errors).toEqual([
      {
        field: 'gemeenteCode',
        message: 'Gemeente GM9999 staat niet in de gebiedenlijst; kies een gemeente uit de lijst',
      },
    ]);
    expect((await t.as(admin, { method: 'GET', url: '/api/users' })).json()).not.toContainEqual(
      expect.objectContaining({ username: 'wethouder.onbekend' }),
    );

    const malformed = await create(newUser('wethouder.wijk', { gemeenteCode: 'WK093500' }));
    expect(malformed.statusCode).toBe(422);
    expect(malformed.json().errors).toEqual([
      {
        field: 'gemeenteCode',
        message: 'Gebruik een CBS-gemeentecode: GM en vier cijfers, bijvoorbeeld GM0935',
      },
    ]);

    const created = await create(newUser('wethouder.vaals', { gemeenteCode: 'GM0981' }));
    const { id } = created.json();
    const refused = await patch(id, 1, { gemeenteCode: 'GM0000', teamIds: [] });
    expect(refused.statusCode).toBe(422);
    expect(refused.json().errors).toEqual([expect.objectContaining({ field: 'gemeenteCode' })]);
    expect(await listed(id)).toMatchObject({ gemeenteCode: 'GM0981', version: 1 });
  });

  it('allows a bestuurder without a gemeente (the screen warns), and any role with one', async () => {
    const without = await create(newUser('wethouder.zonder'));
    expect(without.statusCode).toBe(201);
    expect(without.json()).toMatchObject({ roles: ['bestuur'], gemeenteCode: null });
    const beleid = await create(newUser('beleid.meerssen', { roles: ['beleid'], gemeenteCode: 'GM0938' }));
    expect(beleid.json()).toMatchObject({ gemeenteCode: 'GM0938' });
  });

  it('lets only functioneel beheer set it', async () => {
    const target = await t.make.user({ roles: ['bestuur'] });
    await t.make.user({ username: 'bestuurder', roles: ['bestuur'] });
    const bestuurder = await t.login('bestuurder');
    const refused = await t.as(bestuurder, {
      method: 'PATCH',
      url: `/api/users/${target.id}`,
      headers: { 'if-match': '"1"' },
      payload: { gemeenteCode: 'GM0935' },
    });
    expect(refused.statusCode).toBe(403);
  });

  it('adds a user with a gemeente from the command line, audited as the CLI', async () => {
    const input = CreateUserRequest.parse(newUser('wethouder.cli', { gemeenteCode: 'GM1903' }));
    const user = await addUser(t.database.transactor, input, CLI_AUDIT);
    expect(user).toMatchObject({ username: 'wethouder.cli', gemeenteCode: 'GM1903' });
    const unknown = CreateUserRequest.parse(newUser('wethouder.cli2', { gemeenteCode: 'GM1234' }));
    await expect(addUser(t.database.transactor, unknown, CLI_AUDIT)).rejects.toBeInstanceOf(AppError);
    const trail = await t.database.transactor.transaction((tx) =>
      tx
        .select({ actor: auditEntries.actorUsername })
        .from(auditEntries)
        .where(and(eq(auditEntries.action, 'user.create'), like(auditEntries.resource, `users/${user.id}`))),
    );
    expect(trail).toEqual([{ actor: 'samenhang users add' }]);
  });
});
