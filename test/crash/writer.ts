/**
 * Child process for the kill -9 test: writes persons and audit entries to a PGlite folder in a
 * loop until it is killed. It prints "wrote N" after every committed batch.
 */
import { appendAudit } from '../../src/server/platform/audit/service';
import { openDatabase } from '../../src/server/platform/db/client';
import { persons } from '../../src/server/platform/db/schema';

const dataDir = process.argv[2];
if (!dataDir) throw new Error('usage: writer.ts <dataDir>');
const database = await openDatabase({ dataDir, lockOwner: 'kill -9 test writer' });
await database.migrate();
let written = 0;
for (;;) {
  await database.transactor.transaction(async (tx) => {
    const rows = Array.from({ length: 20 }, (_, i) => ({
      givenNames: 'Test',
      familyName: `Schrijver${written + i}`,
      searchName: `test schrijver${written + i}`,
      sortName: `schrijver${written + i} t`,
    }));
    const inserted = await tx.insert(persons).values(rows).returning({ id: persons.id });
    await appendAudit(tx, { actor: { id: null, username: 'writer' }, requestId: null }, [
      { action: 'person.create', personIds: inserted.map((row) => row.id), resource: 'persons' },
    ]);
  });
  written += 20;
  process.stdout.write(`wrote ${written}\n`);
}
