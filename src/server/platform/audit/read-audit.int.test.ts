import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase } from '../../../../test/helpers/database';
import type { Database } from '../db/client';
import { entriesForPerson } from './repository';
import { ReadAuditRecorder, verifyAuditTrail } from './service';

let database: Database;
let recorder: ReadAuditRecorder;
const context = { actor: { id: null, username: 'tester' }, requestId: 'req-1' };

beforeAll(async () => {
  database = await createTestDatabase();
  recorder = new ReadAuditRecorder(database.transactor);
});
afterAll(() => database.close());

const entriesOf = (personId: string) =>
  database.transactor.transaction((tx) => entriesForPerson(tx, personId, undefined, 100));

describe('ReadAuditRecorder', () => {
  it('records nothing for a read that fails, and records the next read', async () => {
    const person = randomUUID();
    await expect(
      recorder.read(context, async (_tx, audit) => {
        await audit([{ action: 'person.view', personIds: [person], resource: 'test' }]);
        throw new Error('read failed after auditing');
      }),
    ).rejects.toThrow('read failed');
    expect(await entriesOf(person)).toHaveLength(0);
    await recorder.read(context, (_tx, audit) =>
      audit([{ action: 'person.view', personIds: [person], resource: 'test' }]),
    );
    expect(await entriesOf(person)).toHaveLength(1);
  });

  it('records all of many concurrent reads exactly once, in one verifying chain', async () => {
    const people = Array.from({ length: 30 }, () => randomUUID());
    await Promise.all(
      people.map((person) =>
        recorder.read(context, (_tx, audit) =>
          audit([{ action: 'person.view', personIds: [person], resource: 'test' }]),
        ),
      ),
    );
    for (const person of people) expect(await entriesOf(person)).toHaveLength(1);
    expect((await verifyAuditTrail(database.transactor)).problems).toEqual([]);
  });
});
