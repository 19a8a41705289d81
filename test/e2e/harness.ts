import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { type Browser, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, inject } from 'vitest';
import { projectRoot } from '../../src/server/platform/paths';
import { adminQuery, withDatabase } from '../helpers/database';
import type { E2eContext } from './global-setup';

export interface RunningServer {
  /** e.g. http://127.0.0.1:41234, no trailing slash. */
  baseUrl: string;
  /** Stops the server and discards its data folder (and PostgreSQL database). */
  stop(): Promise<void>;
}

export interface StartServerOptions {
  /** Extra environment for the server process. */
  env?: Record<string, string>;
  /** How long to wait for GET /health → 200; 120 s unless told. */
  timeoutMs?: number;
}

/** What the e2e project's global setup provided; outside it, dist/web and a one-off run id. */
function e2eContext(): Partial<E2eContext> {
  try {
    return inject('samenhangE2e') ?? {};
  } catch {
    return {};
  }
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no free port')),
      );
    });
  });
}

const running = new Set<ChildProcess>();
// A test process that dies without afterAll must not leave servers behind.
process.once('exit', () => {
  for (const child of running) child.kill('SIGKILL');
});

/**
 * Starts the real server (`samenhang serve`) as a child process on a free port with a fresh data
 * folder and small demo data — on a fresh PostgreSQL database (DATABASE_URL) when TEST_DATABASE_URL
 * is set — and waits until GET /health answers 200.
 */
export async function startServer(options: StartServerOptions = {}): Promise<RunningServer> {
  const context = e2eContext();
  const port = await freePort();
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'samenhang-e2e-'));
  const adminUrl = process.env.TEST_DATABASE_URL;
  const database = adminUrl
    ? `samenhang_e2e_${context.run ?? `${process.pid}x0`}_${randomBytes(4).toString('hex')}`
    : undefined;
  if (adminUrl && database) await adminQuery(adminUrl, `create database "${database}"`);

  // node --import tsx rather than npx tsx: no npm in between, so stop() reaches the server itself.
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PORT: String(port),
    HOST: '127.0.0.1',
    SAMENHANG_DATA_DIR: dataDir,
    SAMENHANG_DEMO_SCALE: 'small',
    DATABASE_URL: adminUrl && database ? withDatabase(adminUrl, database) : '',
    ...(context.webDist ? { SAMENHANG_WEB_DIST: context.webDist } : {}),
    LOG_LEVEL: 'warn',
    ...options.env,
  };
  // As `npm start` runs it, not as a test (vitest sets NODE_ENV=test and VITEST for its workers).
  for (const name of ['NODE_ENV', 'VITEST', 'VITEST_POOL_ID', 'VITEST_WORKER_ID', 'TEST']) {
    if (!options.env?.[name]) delete env[name];
  }
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/server/main.ts', 'serve'], {
    cwd: projectRoot,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  running.add(child);
  let output = '';
  const keep = (chunk: Buffer) => {
    output = (output + String(chunk)).slice(-20_000);
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);

  const exited = new Promise<void>((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) resolve();
    else child.once('exit', () => resolve());
  });
  const cleanUp = async () => {
    running.delete(child);
    fs.rmSync(dataDir, { recursive: true, force: true });
    if (adminUrl && database)
      await adminQuery(adminUrl, `drop database if exists "${database}" with (force)`);
  };
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGTERM');
      const killer = setTimeout(() => child.kill('SIGKILL'), 10_000);
      await exited;
      clearTimeout(killer);
    }
    await cleanUp();
  };

  const baseUrl = `http://127.0.0.1:${port}`;
  const timeoutMs = options.timeoutMs ?? 120_000;
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (child.exitCode !== null || child.signalCode !== null) {
      await cleanUp();
      throw new Error(
        `The server exited (${child.exitCode ?? child.signalCode}) before it was healthy:\n${output}`,
      );
    }
    try {
      const response = await fetch(`${baseUrl}/health`, { signal: AbortSignal.timeout(5_000) });
      if (response.status === 200) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      await stop();
      throw new Error(
        `The server did not answer GET /health with 200 within ${timeoutMs / 1000} s:\n${output}`,
      );
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  return { baseUrl, stop };
}

/** Chromium from Debian (or CHROMIUM_PATH), headless. */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/** Fails with a readable list when axe-core finds WCAG 2.1 A/AA violations on the page. */
export async function expectNoAxeViolations(page: Page, context = page.url()): Promise<void> {
  const result = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  if (result.violations.length === 0) return;
  const list = result.violations.map(
    (violation) =>
      `• ${violation.id} (${violation.impact ?? 'impact unknown'}): ${violation.help}\n  ${violation.helpUrl}\n` +
      violation.nodes
        .map((node) => `  - ${node.target.join(' ')}: ${(node.failureSummary ?? '').replace(/\s+/g, ' ')}`)
        .join('\n'),
  );
  throw new Error(
    `axe-core found ${result.violations.length} WCAG 2.1 A/AA violation(s) on ${context}:\n${list.join('\n')}`,
  );
}

/** Logs a demo user in (password `demo`) through the login page and waits for the start page. */
export async function loginAs(page: Page, baseUrl: string, username: string): Promise<void> {
  await page.goto(`${baseUrl}/inloggen`);
  await page.getByLabel('Gebruikersnaam').fill(username);
  await page.getByLabel('Wachtwoord').fill('demo');
  await page.getByRole('button', { name: 'Inloggen' }).click();
  await page.getByRole('heading', { level: 1, name: /Welkom/ }).waitFor();
}

/**
 * One server with demo data and one Chromium page for a journey file, started before its tests
 * and stopped after them. Read `page` and `baseUrl` inside tests or hooks registered after this call.
 */
export function browserJourney() {
  let server: RunningServer | undefined;
  let browser: Browser | undefined;
  let page: Page | undefined;
  beforeAll(async () => {
    server = await startServer();
    browser = await launchBrowser();
    const context = await browser.newContext({ locale: 'nl-NL', timezoneId: 'Europe/Amsterdam' });
    page = await context.newPage();
  }, 180_000);
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });
  const started = () => {
    if (!server || !page) throw new Error('the journey has not started yet');
    return { server, page };
  };
  return {
    get page(): Page {
      return started().page;
    },
    get baseUrl(): string {
      return started().server.baseUrl;
    },
    login: (username: string) => loginAs(started().page, started().server.baseUrl, username),
  };
}
