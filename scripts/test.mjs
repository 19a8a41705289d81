#!/usr/bin/env node
// `npm test`: unit and integration tests on PGlite always; on PostgreSQL when TEST_DATABASE_URL
// is set; browser journeys when Chromium is found (required with REQUIRE_E2E=1). Says loudly
// what it skipped, and ends with the plain line "N passed, N failed, N skipped".
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const projects = ['unit', 'integration-pglite'];
const skipped = [];
const failures = [];

if (process.env.TEST_DATABASE_URL) projects.push('integration-postgres');
else
  skipped.push(
    'integration-postgres: TEST_DATABASE_URL is not set (e.g. postgres://postgres@127.0.0.1:5432/test)',
  );

const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
if (fs.existsSync(chromium)) projects.push('e2e');
else if (process.env.REQUIRE_E2E === '1')
  failures.push(
    `e2e: REQUIRE_E2E=1 but no Chromium at ${chromium} (apt-get install chromium, or set CHROMIUM_PATH)`,
  );
else skipped.push(`e2e: no Chromium at ${chromium} (apt-get install chromium, or set CHROMIUM_PATH)`);

function banner(title, lines) {
  if (lines.length === 0) return;
  const width = Math.max(title.length, ...lines.map((line) => line.length)) + 4;
  console.log(
    `\n${'#'.repeat(width)}\n# ${title}\n${lines.map((line) => `#  - ${line}`).join('\n')}\n${'#'.repeat(width)}\n`,
  );
}

banner('SKIPPED TEST SUITES', skipped);
banner('TEST SETUP FAILURES', failures);

if (projects.includes('e2e')) {
  const build = spawnSync('npx', ['vite', 'build', '--logLevel', 'warn'], { cwd: root, stdio: 'inherit' });
  if (build.status !== 0) failures.push('e2e: the web app did not build (npx vite build)');
}

const summaryFile = path.join(root, '.test-data', `summary-${process.pid}.json`);
const run = spawnSync('npx', ['vitest', 'run', ...projects.flatMap((name) => ['--project', name])], {
  cwd: root,
  stdio: 'inherit',
  env: { ...process.env, TZ: 'Europe/Amsterdam', SAMENHANG_SUMMARY_FILE: summaryFile },
});

let counts = { passed: 0, failed: 0, skipped: 0 };
try {
  counts = JSON.parse(fs.readFileSync(summaryFile, 'utf8'));
  fs.rmSync(summaryFile, { force: true });
} catch {
  failures.push('vitest ended without a summary (see its output above)');
}

banner('SKIPPED TEST SUITES', skipped);
banner('TEST SETUP FAILURES', failures);
const failed = counts.failed + failures.length;
console.log(`${counts.passed} passed, ${failed} failed, ${counts.skipped} skipped`);
process.exit(run.status === 0 && failed === 0 ? 0 : 1);
