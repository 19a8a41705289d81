import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { projectRoot } from '../../src/server/platform/paths';

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'samenhang-cli-'));
afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));

function cli(...args: string[]) {
  const result = spawnSync(process.execPath, ['--import', 'tsx', 'src/server/main.ts', ...args], {
    cwd: projectRoot,
    env: { ...process.env, SAMENHANG_DATA_DIR: dataDir, DATABASE_URL: '', LOG_LEVEL: 'silent' },
    encoding: 'utf8',
  });
  return { status: result.status, out: `${result.stdout}${result.stderr}` };
}

describe('the samenhang CLI on a PGlite folder', () => {
  it('offers help for its commands', () => {
    const help = cli('--help');
    expect(help.status).toBe(0);
    for (const command of ['serve', 'migrate', 'demo-data', 'audit', 'users', 'areas'])
      expect(help.out).toContain(command);
  });

  it('migrates, imports boundaries, adds a user and verifies the audit trail', () => {
    expect(cli('migrate').status).toBe(0);
    const geojson = path.resolve(projectRoot, 'catalog/areas/boundaries/szmh_wijken_2022.geojson');
    const imported = cli('areas', 'import', geojson);
    expect(imported.out).toContain('Bijgewerkt: 31');
    const added = cli(
      'users',
      'add',
      '--username',
      'nieuwe.fg',
      '--name',
      'Nieuwe FG',
      '--role',
      'privacy',
      '--password',
      'een heel lang wachtwoord',
    );
    expect(added.status).toBe(0);
    expect(added.out).toContain('nieuwe.fg');
    // A bestuurder is linked to their gemeente, so the Monitor shows them that one.
    const bestuurder = cli(
      'users',
      'add',
      '--username',
      'wethouder.vaals',
      '--name',
      'Wethouder Vaals',
      '--role',
      'bestuur',
      '--gemeente',
      'GM0981',
      '--password',
      'een heel lang wachtwoord',
    );
    expect(bestuurder.status, bestuurder.out).toBe(0);
    const unknown = cli(
      'users',
      'add',
      '--username',
      'wethouder.x',
      '--name',
      'Wethouder X',
      '--role',
      'bestuur',
      '--gemeente',
      'GM9999',
      '--password',
      'een heel lang wachtwoord',
    );
    expect(unknown.status).toBe(1);
    const refused = cli(
      'users',
      'add',
      '--username',
      'x',
      '--name',
      'X Y',
      '--role',
      'koning',
      '--password',
      'een heel lang wachtwoord',
    );
    expect(refused.status).toBe(1);
    const verify = cli('audit', 'verify');
    expect(verify.status).toBe(0);
    expect(verify.out).toContain('Audittrail in orde');
  }, 180_000);

  it('refuses clearly while another process holds the folder', async () => {
    // The holder: `serve` on a free port, which keeps the folder until it is stopped.
    const server = spawn(process.execPath, ['--import', 'tsx', 'src/server/main.ts', 'serve'], {
      cwd: projectRoot,
      env: {
        ...process.env,
        SAMENHANG_DATA_DIR: dataDir,
        DATABASE_URL: '',
        PORT: '0',
        SAMENHANG_DEMO_SCALE: 'off',
        LOG_LEVEL: 'silent',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    try {
      await new Promise<void>((resolve, reject) => {
        server.stdout.on('data', (chunk) => String(chunk).includes('draait op') && resolve());
        server.once('exit', (code) => reject(new Error(`serve exited ${code}`)));
      });
      const refused = cli('migrate');
      expect(refused.status).toBe(1);
      expect(refused.out).toMatch(/in gebruik door proces \d+ \(samenhang serve/);
    } finally {
      if (server.exitCode === null) {
        server.kill('SIGTERM');
        await new Promise((resolve) => server.once('exit', resolve));
      }
    }
  }, 60_000);
});
