import { type ChildProcess, execSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { projectRoot } from '../src/server/platform/paths';

async function waitHealthy(port: number, child: ChildProcess, timeoutMs = 120_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode}`);
    try {
      if ((await fetch(`http://127.0.0.1:${port}/health`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error('server did not become healthy');
}

function rssMb(pid: number): number {
  const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
  return Math.round(Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024);
}

async function startOnce(dataDir: string, port: number) {
  const started = performance.now();
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/server/main.ts', 'serve'], {
    cwd: projectRoot,
    env: {
      ...process.env,
      PORT: String(port),
      SAMENHANG_DATA_DIR: dataDir,
      LOG_LEVEL: 'warn',
      DATABASE_URL: '',
    },
    stdio: 'ignore',
  });
  await waitHealthy(port, child);
  const seconds = (performance.now() - started) / 1000;
  const rss = child.pid ? rssMb(child.pid) : 0;
  child.kill('SIGTERM');
  await new Promise((resolve) => child.once('exit', resolve));
  return { seconds, rss };
}

/** Time from `samenhang serve` on an empty folder to a healthy server (migrations, areas, demo data). */
export async function measureFirstStart() {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'samenhang-first-'));
  try {
    const port = 3900 + Math.floor(Math.random() * 50);
    const first = await startOnce(dataDir, port);
    const folderMb = Math.round(Number(execSync(`du -sk ${dataDir}`).toString().split('\t')[0]) / 1024);
    const second = await startOnce(dataDir, port);
    return { seconds: first.seconds, rssMb: first.rss, folderMb, secondStartSeconds: second.seconds };
  } finally {
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}
