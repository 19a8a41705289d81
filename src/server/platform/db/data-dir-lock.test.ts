import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { acquireDataDirLock, DataDirInUseError } from './data-dir-lock';

const dirs: string[] = [];
const freshDir = () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'samenhang-lock-'));
  dirs.push(dir);
  return dir;
};
afterEach(() => {
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

describe('data folder lock', () => {
  it('refuses a second process while the holder runs, naming it', () => {
    const dir = freshDir();
    // The parent process (vitest) is alive and is not us: it plays the running server.
    fs.writeFileSync(
      path.join(dir, 'samenhang.lock'),
      JSON.stringify({
        pid: process.ppid,
        command: 'samenhang serve (poort 3000)',
        since: '2026-11-22T10:00:00Z',
      }),
    );
    expect(() => acquireDataDirLock(dir, 'samenhang migrate')).toThrow(DataDirInUseError);
    expect(() => acquireDataDirLock(dir, 'samenhang migrate')).toThrow(
      /proces \d+ \(samenhang serve \(poort 3000\)/,
    );
  });

  it('takes over the lock of a killed process and releases its own', () => {
    const dir = freshDir();
    fs.writeFileSync(
      path.join(dir, 'samenhang.lock'),
      JSON.stringify({ pid: 4_194_000, command: 'killed', since: 'x' }),
    );
    const release = acquireDataDirLock(dir, 'samenhang serve');
    expect(JSON.parse(fs.readFileSync(path.join(dir, 'samenhang.lock'), 'utf8')).pid).toBe(process.pid);
    release();
    expect(fs.existsSync(path.join(dir, 'samenhang.lock'))).toBe(false);
  });
});
