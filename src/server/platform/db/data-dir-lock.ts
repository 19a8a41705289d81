import fs from 'node:fs';
import path from 'node:path';

export interface LockHolder {
  pid: number;
  command: string;
  since: string;
}

export class DataDirInUseError extends Error {
  constructor(
    readonly dataDir: string,
    readonly holder: LockHolder,
  ) {
    super(
      `De datamap ${dataDir} is in gebruik door proces ${holder.pid} (${holder.command}, sinds ${holder.since}). ` +
        'PGlite is een database voor één proces: stop dat proces eerst, of gebruik de API van de draaiende server.',
    );
    this.name = 'DataDirInUseError';
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function readHolder(lockFile: string): LockHolder | undefined {
  try {
    return JSON.parse(fs.readFileSync(lockFile, 'utf8')) as LockHolder;
  } catch {
    return undefined;
  }
}

/**
 * Takes the exclusive lock on a PGlite data folder: two processes writing one folder lose rows
 * and corrupt indexes. A lock left by a killed process (its pid no longer runs) is taken over.
 */
export function acquireDataDirLock(dataDir: string, command: string): () => void {
  fs.mkdirSync(dataDir, { recursive: true });
  const lockFile = path.join(dataDir, 'samenhang.lock');
  const me: LockHolder = { pid: process.pid, command, since: new Date().toISOString() };
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      fs.writeFileSync(lockFile, JSON.stringify(me), { flag: 'wx' });
      let released = false;
      const release = () => {
        if (released) return;
        released = true;
        if (readHolder(lockFile)?.pid === process.pid) fs.rmSync(lockFile, { force: true });
      };
      process.once('exit', release);
      return release;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const holder = readHolder(lockFile);
      if (holder && holder.pid !== process.pid && isAlive(holder.pid))
        throw new DataDirInUseError(dataDir, holder);
      // Stale lock (killed process) or unreadable: remove it, then race for it again with 'wx'.
      fs.rmSync(lockFile, { force: true });
    }
  }
  throw new Error(`Kon de vergrendeling van ${dataDir} niet verkrijgen`);
}
