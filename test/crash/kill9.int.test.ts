import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { verifyAuditTrail } from '../../src/server/platform/audit/service';
import { openDatabase } from '../../src/server/platform/db/client';
import { projectRoot } from '../../src/server/platform/paths';

/** Starts the writer, waits until it has committed at least `minimum` rows, then kills it hard. */
async function writeThenKill(dataDir: string, minimum: number): Promise<number> {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', path.join(projectRoot, 'test/crash/writer.ts'), dataDir],
    {
      cwd: projectRoot,
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let stderr = '';
  child.stderr.on('data', (chunk) => {
    stderr += String(chunk);
  });
  return new Promise((resolve, reject) => {
    let committed = 0;
    child.stdout.on('data', (chunk: Buffer) => {
      const matches = [...String(chunk).matchAll(/wrote (\d+)/g)];
      const last = matches[matches.length - 1];
      if (last) committed = Number(last[1]);
      if (committed >= minimum && child.exitCode === null) child.kill('SIGKILL');
    });
    child.on('exit', (_code, signal) =>
      signal === 'SIGKILL' ? resolve(committed) : reject(new Error(`writer stopped by itself: ${stderr}`)),
    );
  });
}

describe('PGlite data folder after kill -9', () => {
  it('opens again with every committed row and a verifying audit trail', async () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'samenhang-kill9-'));
    try {
      const committed = await writeThenKill(dataDir, 200);
      // The lock file of the killed process is still there; a new process takes it over.
      expect(fs.existsSync(path.join(dataDir, 'samenhang.lock'))).toBe(true);
      const database = await openDatabase({ dataDir, lockOwner: 'kill -9 test' });
      try {
        const [row] = (await database.rawQuery('select count(*)::int as n from persons')) as { n: number }[];
        expect(row?.n).toBeGreaterThanOrEqual(committed);
        // An index scan agrees with the table: the index survived too.
        await database.rawQuery('set enable_seqscan = off');
        const [viaIndex] = (await database.rawQuery(
          `select count(*)::int as n from persons where sort_name >= ''`,
        )) as { n: number }[];
        expect(viaIndex?.n ?? row?.n).toBe(row?.n);
        const result = await verifyAuditTrail(database.transactor);
        expect(result.problems).toEqual([]);
        expect(result.checked).toBeGreaterThanOrEqual(committed / 20);
      } finally {
        await database.close();
      }
    } finally {
      fs.rmSync(dataDir, { recursive: true, force: true });
    }
  }, 120_000);
});
