import fs from 'node:fs';
import path from 'node:path';
import type { Reporter, TestModule } from 'vitest/node';

export interface RunCounts {
  passed: number;
  failed: number;
  skipped: number;
  /** Files that failed outside any test (import error, failing beforeAll/afterAll), counted in failed. */
  fileErrors: number;
  /** Errors outside every file (global setup, unhandled rejections), counted in failed. */
  runErrors: number;
}

/**
 * Counts the run's tests for scripts/test.mjs, which prints them as its very last line; writes
 * them to SAMENHANG_SUMMARY_FILE. Vitest's own reporters print everything else.
 */
export default class SummaryReporter implements Reporter {
  onTestRunEnd(testModules: ReadonlyArray<TestModule>, unhandledErrors: ReadonlyArray<unknown>): void {
    const counts: RunCounts = { passed: 0, failed: 0, skipped: 0, fileErrors: 0, runErrors: 0 };
    for (const testModule of testModules) {
      let failedTests = 0;
      for (const test of testModule.children.allTests()) {
        const state = test.result().state;
        if (state === 'passed') counts.passed += 1;
        else if (state === 'failed') failedTests += 1;
        else counts.skipped += 1;
      }
      counts.failed += failedTests;
      if (testModule.state() === 'failed' && failedTests === 0) counts.fileErrors += 1;
    }
    counts.runErrors = unhandledErrors.length;
    counts.failed += counts.fileErrors + counts.runErrors;
    const file = process.env.SAMENHANG_SUMMARY_FILE;
    if (file) {
      fs.mkdirSync(path.dirname(file), { recursive: true });
      fs.writeFileSync(file, JSON.stringify(counts));
    }
  }
}
