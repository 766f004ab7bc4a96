#!/usr/bin/env node
// Runs every Vitest project once, then prints the totals as the last line, alone:
//   N passed, N failed[, N skipped]
// Exits non-zero when a test failed or when Vitest itself failed.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { dirname, resolve } from 'node:path';

const REPORT = resolve('test-results/vitest-report.json');

mkdirSync(dirname(REPORT), { recursive: true });
rmSync(REPORT, { force: true });
rmSync(resolve('test-results/vitest-attachments'), { recursive: true, force: true });
// Diffs of failed screenshot comparisons (test/visual) from an earlier run.
rmSync(resolve('test-results/visual'), { recursive: true, force: true });

const vitest = spawnSync(
  process.execPath,
  [
    resolve('node_modules/vitest/vitest.mjs'),
    'run',
    '--reporter=default',
    '--reporter=json',
    `--outputFile.json=${REPORT}`,
    ...process.argv.slice(2),
  ],
  { stdio: 'inherit' },
);

let passed = 0;
let failed = 0;
let skipped = 0;
let failedFiles = 0;
try {
  const report = JSON.parse(readFileSync(REPORT, 'utf8'));
  passed = report.numPassedTests ?? 0;
  failed = report.numFailedTests ?? 0;
  skipped = (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0);
  failedFiles = report.numFailedTestSuites ?? 0;
} catch (error) {
  console.error(`Could not read the Vitest JSON report at ${REPORT}: ${error.message}`);
}

const vitestOk = vitest.status === 0 && !vitest.error && !vitest.signal;
if (vitest.error) console.error(`Could not start Vitest: ${vitest.error.message}`);
if (!vitestOk && failed === 0) {
  // A test file that did not load, an unhandled error or a crash fails the run without failing
  // a test case: count it, so that the closing line never reads "0 failed" for a failed run.
  failed = Math.max(1, failedFiles);
  console.error(
    `Vitest exited with ${vitest.signal ?? `code ${vitest.status}`} although no test case failed ` +
      '(a test file failed to load, an error was thrown outside a test, or Vitest crashed); ' +
      `counting ${failed} as failed.`,
  );
}

console.log(`${passed} passed, ${failed} failed${skipped > 0 ? `, ${skipped} skipped` : ''}`);
process.exit(vitestOk && failed === 0 ? 0 : 1);
