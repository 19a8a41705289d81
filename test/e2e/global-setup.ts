import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { projectRoot } from '../../src/server/platform/paths';
import { digestOf, dropDatabases, dropDatabasesOfDeadRuns, newRunId } from '../global-setup-common';

export interface E2eContext {
  /** The built web app the servers serve (SAMENHANG_WEB_DIST). */
  webDist: string;
  /** Names this run's PostgreSQL databases, so that teardown finds them. */
  run: string;
}

declare module 'vitest' {
  export interface ProvidedContext {
    samenhangE2e: E2eContext;
  }
}

const DAY = 86_400_000;

/**
 * Builds the web app once for the e2e run, into `.test-data/web-<digest of its sources>` rather
 * than dist/web: a `vite build` in the same checkout empties dist/web for a while, and a server
 * started in that moment has no web app. A build whose sources are unchanged is reused.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const inputs = ['src/web', 'src/shared', 'index.html', 'vite.config.ts', 'package-lock.json', 'public'];
  const digest = digestOf(inputs.map((input) => path.join(projectRoot, input)));
  const dir = path.join(projectRoot, '.test-data');
  const webDist = path.join(dir, `web-${digest}`);
  if (!fs.existsSync(path.join(webDist, 'index.html'))) {
    const started = Date.now();
    const partial = `${webDist}.${process.pid}.partial`;
    const build = spawnSync(
      process.execPath,
      [
        path.join(projectRoot, 'node_modules/vite/bin/vite.js'),
        'build',
        '--outDir',
        partial,
        '--emptyOutDir',
        '--logLevel',
        'error',
      ],
      { cwd: projectRoot, encoding: 'utf8', env: { ...process.env, NODE_ENV: 'production' } },
    );
    if (build.status !== 0) {
      fs.rmSync(partial, { recursive: true, force: true });
      throw new Error(`The web app did not build (vite build):\n${build.stdout}\n${build.stderr}`);
    }
    fs.rmSync(webDist, { recursive: true, force: true });
    fs.renameSync(partial, webDist);
    console.log(`[e2e] built the web app in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  }
  for (const name of fs.readdirSync(dir)) {
    const other = path.join(dir, name);
    if (name.startsWith('web-') && other !== webDist && Date.now() - fs.statSync(other).mtimeMs > DAY) {
      fs.rmSync(other, { recursive: true, force: true });
    }
  }
  fs.utimesSync(webDist, new Date(), new Date());

  const run = newRunId();
  project.provide('samenhangE2e', { webDist, run });
  const adminUrl = process.env.TEST_DATABASE_URL;
  if (adminUrl) await dropDatabasesOfDeadRuns(adminUrl);
  return async () => {
    if (adminUrl) await dropDatabases(adminUrl, [`samenhang_e2e_${run}_`]);
  };
}
