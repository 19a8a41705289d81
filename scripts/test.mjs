#!/usr/bin/env node
// `npm test`: unit and integration tests on PGlite always; on PostgreSQL too when TEST_DATABASE_URL
// is set; end-to-end tests in Chromium when it is found (required with REQUIRE_E2E=1). Says loudly,
// before and after, which suites it skipped and why, and ends with the plain line
// "N passed, N failed, N skipped". Arguments go to vitest (e.g. `npm test -- src/server/modules/cases`).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const projects = ['unit', 'integration-pglite'];
const skipped = [];
const setupFailures = [];

if (process.env.TEST_DATABASE_URL) projects.push('integration-postgres');
else
  skipped.push(
    'integration-postgres — TEST_DATABASE_URL is not set.',
    '    Run it with TEST_DATABASE_URL=postgres://postgres@127.0.0.1:5432/test npm test',
  );

const chromium = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const hasChromium = (() => {
  try {
    fs.accessSync(chromium, fs.constants.X_OK);
    return fs.statSync(chromium).isFile();
  } catch {
    return false;
  }
})();
if (hasChromium) projects.push('e2e');
else if (process.env.REQUIRE_E2E === '1')
  setupFailures.push(
    `e2e — REQUIRE_E2E=1 but there is no Chromium at ${chromium}.`,
    '    Install it (apt-get install chromium) or set CHROMIUM_PATH.',
  );
else
  skipped.push(
    `e2e — no Chromium at ${chromium}.`,
    '    Install it (apt-get install chromium) or set CHROMIUM_PATH; REQUIRE_E2E=1 makes this a failure.',
  );

function box(title, lines) {
  const body = [title, '', ...lines];
  const width = Math.max(...body.map((line) => line.length)) + 2;
  const edge = '═'.repeat(width);
  return [`╔${edge}╗`, ...body.map((line) => `║ ${line.padEnd(width - 1)}║`), `╚${edge}╝`].join('\n');
}

function notices() {
  const blocks = [];
  if (skipped.length > 0) blocks.push(box('!!! SKIPPED TEST SUITES — NOT TESTED IN THIS RUN !!!', skipped));
  if (setupFailures.length > 0)
    blocks.push(box('!!! TEST SUITES THAT COULD NOT RUN — FAILURE !!!', setupFailures));
  if (blocks.length === 0) blocks.push(box('ALL TEST SUITES RUN', [projects.join(', ')]));
  else blocks.push(`Running: ${projects.join(', ')}`);
  return `\n${blocks.join('\n')}\n`;
}

console.log(notices());

const summaryFile = path.join(root, '.test-data', `summary-${process.pid}.json`);
fs.rmSync(summaryFile, { force: true });
const run = spawnSync(
  process.execPath,
  [
    path.join(root, 'node_modules/vitest/vitest.mjs'),
    'run',
    ...projects.flatMap((name) => ['--project', name]),
    ...process.argv.slice(2),
  ],
  {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, TZ: 'Europe/Amsterdam', SAMENHANG_SUMMARY_FILE: summaryFile },
  },
);

let counts = { passed: 0, failed: 0, skipped: 0 };
try {
  counts = JSON.parse(fs.readFileSync(summaryFile, 'utf8'));
  fs.rmSync(summaryFile, { force: true });
} catch {
  setupFailures.push('vitest ended without a summary: see its output above.');
}
if (run.status !== 0 && counts.failed === 0 && setupFailures.length === 0) {
  setupFailures.push(
    `vitest exited with ${run.status ?? run.signal} without a failing test: see its output above.`,
  );
}

console.log(notices());
const failed = counts.failed + (setupFailures.length > 0 ? 1 : 0);
console.log(`${counts.passed} passed, ${failed} failed, ${counts.skipped} skipped`);
process.exit(run.status === 0 && failed === 0 ? 0 : 1);
