// Runs the example apps the way a user gets errorkit: builds errorkit, packs it with `npm pack`,
// installs each example's own lockfile (`npm ci`) and unpacks the tarball into its
// node_modules/errorkit, builds the app with its framework, starts it on a free 127.0.0.1 port next
// to its backend, and drives it in Debian's Chromium with playwright-core. Prints
// `examples: N passed, N failed` and exits non-zero on any failure.
//
//   node test/examples/run.mjs [name-filter]
//
// An app is installed again only when its lockfile changed, and built again only when its sources
// or the packed errorkit changed.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';
import {
  freePort,
  run,
  seconds,
  startProcess,
  stopAll,
  waitForServer,
  watchConsole,
} from './lib.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const repoDir = join(here, '..', '..');
const SHOTS_DIR = join(repoDir, 'test-results', 'examples');
const APPS = ['next.mjs', 'react-router.mjs'];
const TEST_TIMEOUT_MS = 60_000;
const RUN_TIMEOUT_MS = 600_000;

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

const NPM_ENV = {
  npm_config_fund: 'false',
  npm_config_audit: 'false',
  npm_config_update_notifier: 'false',
  NO_UPDATE_NOTIFIER: '1',
};

const log = (line) => console.log(`examples: ${line}`);

function withTimeout(promise, ms, what) {
  let timer;
  const timeout = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} timed out after ${seconds(ms)}`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/** Newest modification time (ms) of the files under `path`; 0 when it does not exist. */
function newest(path) {
  let stats;
  try {
    stats = statSync(path);
  } catch {
    return 0;
  }
  if (!stats.isDirectory()) return stats.mtimeMs;
  let latest = 0;
  for (const entry of readdirSync(path)) latest = Math.max(latest, newest(join(path, entry)));
  return latest;
}

const sha256 = async (path) =>
  createHash('sha256')
    .update(await readFile(path))
    .digest('hex');

async function readStamp(path) {
  try {
    return await readFile(path, 'utf8');
  } catch {
    return undefined;
  }
}

/** `npm run build` unless dist/ is newer than everything it is built from. */
async function buildErrorkit() {
  const built = newest(join(repoDir, 'dist', 'index.js'));
  const sources = ['src', 'scripts', 'package.json', 'vite.config.ts', 'tsconfig.build.json'];
  if (built > 0 && sources.every((source) => newest(join(repoDir, source)) <= built)) return;
  const t0 = Date.now();
  await run('npm', ['run', '--silent', 'build'], { cwd: repoDir, env: NPM_ENV });
  log(`built errorkit in ${seconds(Date.now() - t0)}`);
}

/** `npm pack` into a scratch folder: the tarball a user installs. */
async function packErrorkit(scratch) {
  const output = await run('npm', ['pack', '--silent', '--pack-destination', scratch], {
    cwd: repoDir,
    env: NPM_ENV,
  });
  const tarball = join(scratch, output.trim().split('\n').at(-1));
  if (!existsSync(tarball)) throw new Error(`npm pack made no ${tarball}`);
  return tarball;
}

/**
 * Installs the app's lockfile (when it changed), puts the packed errorkit in its node_modules and
 * builds it (when its sources or errorkit changed).
 */
async function prepare(app, tarball, tarballSha) {
  const dir = join(repoDir, app.dir);
  const t0 = Date.now();
  const lockSha = await sha256(join(dir, 'package-lock.json'));
  const installStamp = join(dir, 'node_modules', '.errorkit-examples-lock');
  if ((await readStamp(installStamp)) !== lockSha) {
    await run('npm', ['ci', '--no-audit', '--no-fund', '--prefer-offline', '--loglevel=error'], {
      cwd: dir,
      env: NPM_ENV,
    });
    await writeFile(installStamp, lockSha);
    log(`${app.name}: npm ci in ${seconds(Date.now() - t0)}`);
  }
  const target = join(dir, 'node_modules', 'errorkit');
  const packedStamp = join(target, '.errorkit-examples-tarball');
  if ((await readStamp(packedStamp)) !== tarballSha) {
    await rm(target, { recursive: true, force: true });
    await mkdir(target, { recursive: true });
    await run('tar', ['-xzf', tarball, '--strip-components=1', '-C', target]);
    await writeFile(packedStamp, tarballSha);
  }
  const buildStamp = join(dir, app.output, '.errorkit-examples-build');
  const sourcesTime = Math.max(...app.sources.map((source) => newest(join(dir, source))));
  const wanted = `${tarballSha} ${sourcesTime}`;
  if ((await readStamp(buildStamp)) === wanted) return;
  const t1 = Date.now();
  const [script, args] = app.build;
  await run(process.execPath, [script, ...args], { cwd: dir, env: { ...NPM_ENV, ...app.env } });
  await writeFile(buildStamp, wanted);
  log(`${app.name}: built in ${seconds(Date.now() - t1)}`);
}

/** Starts the app's backend and its production server; `stop()` ends both. */
async function start(app) {
  const dir = join(repoDir, app.dir);
  const { startBackend } = await import(pathToFileURL(join(dir, 'backend.mjs')).href);
  const backend = await startBackend({ port: 0 });
  const port = await freePort();
  const [script, args] = app.start(port);
  const server = startProcess(process.execPath, [script, ...args], {
    cwd: dir,
    env: { ...app.env, NODE_ENV: 'production', PORT: String(port), BACKEND_URL: backend.url },
  });
  const baseUrl = `http://127.0.0.1:${port}`;
  const stop = async () => {
    await server.stop();
    await backend.close();
  };
  try {
    await waitForServer(`${baseUrl}/`, { exited: server.exited });
  } catch (error) {
    await stop();
    throw new Error(`${error.message}\n${server.output()}`);
  }
  return { baseUrl, backend, server, stop };
}

async function runTests(app, tests, browser, counts) {
  const failedBefore = counts.failed;
  let started;
  try {
    started = await start(app);
  } catch (error) {
    counts.failed += tests.length;
    console.log(`  ✗ ${app.name}: start (${tests.length} checks not run)`);
    console.log(
      `    ${String(error?.message ?? error)
        .split('\n')
        .join('\n    ')}`,
    );
    return;
  }
  const { baseUrl, backend } = started;
  log(`${app.name}: ${tests.length} checks against ${baseUrl} (backend ${backend.url})`);
  try {
    for (const test of tests) {
      const contexts = [];
      const pages = [];
      const newPage = async ({ javaScriptEnabled = true } = {}) => {
        const context = await browser.newContext({
          viewport: { width: 1000, height: 760 },
          javaScriptEnabled,
        });
        context.setDefaultTimeout(10_000);
        contexts.push(context);
        const page = await context.newPage();
        const messages = watchConsole(page);
        pages.push({ page, messages });
        return { page, context, messages };
      };
      const t0 = Date.now();
      try {
        backend.reset();
        await withTimeout(test.run({ newPage, baseUrl, backend }), TEST_TIMEOUT_MS, test.name);
        counts.passed += 1;
        console.log(`  ✓ ${test.name} (${seconds(Date.now() - t0)})`);
      } catch (error) {
        counts.failed += 1;
        console.log(`  ✗ ${test.name} (${seconds(Date.now() - t0)})`);
        console.log(
          `    ${String(error?.message ?? error)
            .split('\n')
            .join('\n    ')}`,
        );
        const last = pages.at(-1);
        if (last) {
          const file = `${test.name.replace(/[^a-z0-9-]+/gi, '-')}.png`;
          await last.page
            .screenshot({ path: join(SHOTS_DIR, file), fullPage: true })
            .catch(() => {});
          const console_ = last.messages.slice(-8);
          if (console_.length > 0) console.log(`    console:\n      ${console_.join('\n      ')}`);
        }
      } finally {
        for (const context of contexts) await context.close().catch(() => {});
      }
    }
  } finally {
    await started.stop();
  }
  if (counts.failed > failedBefore) {
    console.log(
      `  ${app.name}'s server said:\n${started.server.output().split('\n').slice(-30).join('\n')}`,
    );
  }
}

async function main() {
  const t0 = Date.now();
  const filter = process.argv[2];
  const watchdog = setTimeout(() => {
    console.error(`examples: the whole run took longer than ${seconds(RUN_TIMEOUT_MS)}; stopping`);
    stopAll();
    console.log('examples: 0 passed, 1 failed');
    process.exit(1);
  }, RUN_TIMEOUT_MS);
  watchdog.unref();

  const apps = [];
  for (const file of APPS) {
    const module = await import(pathToFileURL(join(here, file)).href);
    const tests = module.tests.filter(
      (test) => !filter || test.name.includes(filter) || module.app.name === filter,
    );
    if (tests.length > 0) apps.push({ app: module.app, tests });
  }
  const counts = { passed: 0, failed: 0 };
  await mkdir(SHOTS_DIR, { recursive: true });
  const scratch = await mkdtemp(join(tmpdir(), 'errorkit-examples-'));
  let browser;
  try {
    await buildErrorkit();
    const tarball = await packErrorkit(scratch);
    const tarballSha = await sha256(tarball);
    log(`packed ${relative(scratch, tarball)} (${statSync(tarball).size} bytes)`);
    // Both apps are installed and built side by side: most of it waits on the disk.
    const prepared = await Promise.allSettled(
      apps.map(({ app }) => prepare(app, tarball, tarballSha)),
    );
    const ready = [];
    for (const [index, result] of prepared.entries()) {
      const { app, tests } = apps[index];
      if (result.status === 'fulfilled') {
        ready.push({ app, tests });
        continue;
      }
      // Every check of an app that does not build fails.
      counts.failed += tests.length;
      console.log(`  ✗ ${app.name}: build (${tests.length} checks not run)`);
      console.log(
        `    ${String(result.reason?.message ?? result.reason)
          .split('\n')
          .join('\n    ')}`,
      );
    }
    if (ready.length > 0) {
      browser = await chromium.launch({
        executablePath: CHROMIUM_PATH,
        args: CHROMIUM_ARGS,
        timeout: 20_000,
      });
    }
    for (const { app, tests } of ready) await runTests(app, tests, browser, counts);
  } finally {
    await browser?.close().catch(() => {});
    await rm(scratch, { recursive: true, force: true });
  }
  log(
    `screenshots of failures in ${relative(repoDir, SHOTS_DIR)}/, took ${seconds(Date.now() - t0)}`,
  );
  console.log(`examples: ${counts.passed} passed, ${counts.failed} failed`);
  return counts.failed === 0 && counts.passed > 0 ? 0 : 1;
}

main().then(
  (code) => process.exit(code),
  (error) => {
    console.error(error);
    stopAll();
    console.log('examples: 0 passed, 1 failed');
    process.exit(1);
  },
);
