import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase } from '../../../../test/helpers/database';
import { verifyPassword } from '../../platform/auth/password';
import type { Database } from '../../platform/db/client';
import { seedAreas } from '../areas/service';
import { findUserByUsername } from '../users/repository';
import { hasDemoData, loadDemoData } from './service';

let database: Database;
beforeAll(async () => {
  database = await createTestDatabase();
  await seedAreas(database.transactor);
});
afterAll(() => database.close());

describe('loading demo data', () => {
  it('loads the small scale once, with working demo logins', async () => {
    const summary = await loadDemoData(database.transactor, { seed: 1, scale: 'small' });
    expect(summary.teams).toBe(15);
    expect(summary.persons).toBeGreaterThanOrEqual(2_000);
    expect(await database.transactor.transaction((tx) => hasDemoData(tx))).toBe(true);
    const user = await database.transactor.transaction((tx) => findUserByUsername(tx, 'consulent'));
    expect(user?.roles).toEqual(['consulent']);
    expect(await verifyPassword(user?.passwordHash ?? '', 'demo')).toBe(true);
    await expect(loadDemoData(database.transactor, { seed: 1 })).rejects.toThrow(/al personen/);
  });
});
