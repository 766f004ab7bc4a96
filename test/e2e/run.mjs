// End-to-end runner for the billing example: builds the app when needed, starts its server on a
// free port, drives Debian's Chromium with playwright-core through every `*.e2e.mjs` test and
// prints `e2e: N passed, N failed`. Exits non-zero on any failure.
//
//   node test/e2e/run.mjs [name-filter]
import { mkdir, readdir } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';
import { ensureBuilt } from '../../examples/billing/build.mjs';
import { startServer } from '../../examples/billing/server.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const repoDir = join(here, '..', '..');
const SHOTS_DIR = join(repoDir, 'test-results', 'e2e');
const TEST_TIMEOUT_MS = 30_000;
const RUN_TIMEOUT_MS = 110_000;

/** The system Chromium and the flags `vitest.browser.ts` uses for it (root, no network). */
const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const CHROMIUM_ARGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE localhost, EXCLUDE 127.0.0.1',
];

const seconds = (ms) => `${(ms / 1000).toFixed(1)}s`;

function withTimeout(promise, ms, what) {
  let timer;
  const timeout = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} timed out after ${seconds(ms)}`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

async function loadTests(filter) {
  const files = (await readdir(here)).filter((file) => file.endsWith('.e2e.mjs')).sort();
  const tests = [];
  for (const file of files) {
    const module = await import(pathToFileURL(join(here, file)).href);
    for (const test of module.tests ?? []) {
      if (!filter || test.name.includes(filter)) tests.push({ ...test, file });
    }
  }
  return tests;
}

async function main() {
  const started = Date.now();
  const filter = process.argv[2];
  const watchdog = setTimeout(() => {
    console.error(`e2e: the whole run took longer than ${seconds(RUN_TIMEOUT_MS)}; stopping`);
    console.log('e2e: 0 passed, 1 failed');
    process.exit(1);
  }, RUN_TIMEOUT_MS);
  watchdog.unref();

  if (await ensureBuilt({ quiet: true })) {
    console.log(`e2e: built examples/billing in ${seconds(Date.now() - started)}`);
  }
  await mkdir(SHOTS_DIR, { recursive: true });
  const tests = await loadTests(filter);
  const server = await startServer({ port: 0 });
  let browser;
  let passed = 0;
  let failed = 0;
  try {
    browser = await chromium.launch({
      executablePath: CHROMIUM_PATH,
      args: CHROMIUM_ARGS,
      timeout: 20_000,
    });
    console.log(`e2e: ${tests.length} tests against ${server.url} in ${CHROMIUM_PATH}`);
    for (const test of tests) {
      const context = await browser.newContext({ viewport: { width: 1000, height: 760 } });
      context.setDefaultTimeout(8_000);
      const page = await context.newPage();
      const pageErrors = [];
      page.on('pageerror', (error) => pageErrors.push(error));
      const shot = async (name) => {
        await page.screenshot({ path: join(SHOTS_DIR, `${name}.png`), fullPage: true });
      };
      const api = async (path, body) => {
        const response = await fetch(`${server.url}${path}`, {
          method: body === undefined ? 'GET' : 'POST',
          headers: { 'content-type': 'application/json' },
          body: body === undefined ? undefined : JSON.stringify(body),
        });
        if (!response.ok) throw new Error(`${path}: HTTP ${response.status}`);
        return response.json();
      };
      const t0 = Date.now();
      try {
        await api('/__reset', {});
        await withTimeout(
          test.run({
            page,
            context,
            baseUrl: server.url,
            shot,
            scenario: (scenario) => api('/__scenario', { scenario }),
            serverState: () => api('/__state'),
          }),
          TEST_TIMEOUT_MS,
          test.name,
        );
        if (pageErrors.length > 0) throw pageErrors[0];
        passed += 1;
        console.log(`  ✓ ${test.name} (${seconds(Date.now() - t0)})`);
      } catch (error) {
        failed += 1;
        console.log(`  ✗ ${test.name} (${seconds(Date.now() - t0)})`);
        console.log(
          `    ${String(error?.stack ?? error)
            .split('\n')
            .join('\n    ')}`,
        );
        await shot(`${test.name}-failure`).catch(() => {});
      } finally {
        await context.close().catch(() => {});
      }
    }
  } finally {
    await browser?.close().catch(() => {});
    await server.close();
  }
  console.log(
    `e2e: screenshots in ${relative(repoDir, SHOTS_DIR)}/, took ${seconds(Date.now() - started)}`,
  );
  console.log(`e2e: ${passed} passed, ${failed} failed`);
  return failed === 0 && tests.length > 0 ? 0 : 1;
}

main().then(
  (code) => process.exit(code),
  (error) => {
    console.error(error);
    console.log('e2e: 0 passed, 1 failed');
    process.exit(1);
  },
);
