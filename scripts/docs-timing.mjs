#!/usr/bin/env node
/**
 * Time to first story on the static Storybook's docs pages.
 *
 *   node scripts/docs-timing.mjs [--runs 7] [--only components] [--preview] DIR [DIR...]
 *
 * Serves each built Storybook DIR (`npm run build-storybook -- -o DIR`) on 127.0.0.1 (an
 * ephemeral port; files cacheable for 10 minutes, as GitHub Pages serves them), opens every
 * docs page through the manager (`/?path=/docs/<id>`) in a fresh Chromium context per run (an
 * empty cache, as a first visit), and records the moment the page's first story shows
 * something on screen: an element of the story's root with a size, inline or in the story's
 * own iframe. Prints the median, minimum and maximum per page and DIR, and how long the manager
 * took to create the preview iframe; runs interleave the DIRs, so builds compared in one run
 * share the machine's load. `--preview` also times the preview iframe alone
 * (`iframe.html?viewMode=docs&id=<id>`), which leaves the manager out.
 */
import { createReadStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';
import { chromium } from 'playwright';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.woff2': 'font/woff2',
  '.png': 'image/png',
};

function parseArgs(argv) {
  const options = { runs: 7, only: '', preview: false, timeout: 20_000, dirs: [] };
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i];
    if (arg === '--runs') options.runs = Math.max(1, Number(argv[++i]) || 7);
    else if (arg === '--only') options.only = String(argv[++i] ?? '').toLowerCase();
    else if (arg === '--preview') options.preview = true;
    else options.dirs.push(resolve(arg));
  }
  if (options.dirs.length === 0) {
    console.error(
      'usage: node scripts/docs-timing.mjs [--runs N] [--only PREFIX] [--preview] DIR...',
    );
    process.exit(2);
  }
  return options;
}

/** A static file server for `root` on 127.0.0.1, port chosen by the system. */
async function serve(root) {
  const server = createServer(async (request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
    let file = normalize(join(root, path));
    if (!file.startsWith(root)) {
      response.writeHead(403).end();
      return;
    }
    try {
      if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
      await stat(file);
    } catch {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, {
      'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
      // As a static host (GitHub Pages) serves it: cacheable for a while, so what one document
      // fetched another on the page can reuse. Each run's new context still starts cold.
      'cache-control': 'max-age=600',
    });
    createReadStream(file).pipe(response);
  });
  await new Promise((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address();
  return { origin: `http://127.0.0.1:${port}`, close: () => server.close() };
}

/**
 * Runs in every frame. The docs frame (`viewMode=docs`) watches its first `.docs-story` on every
 * animation frame and stores, in the top page, when it first had content with a size (inline, or
 * in the story's own iframe), in the top page's clock.
 */
function watchFirstStory() {
  if (window === window.top) {
    // The manager's share: when it has created the preview iframe.
    const seen = () => {
      if (window.__ekIframeAt !== undefined) return;
      if (document.getElementById('storybook-preview-iframe')) {
        window.__ekIframeAt = performance.now();
        return;
      }
      requestAnimationFrame(seen);
    };
    requestAnimationFrame(seen);
  }
  const params = new URLSearchParams(location.search);
  if (params.get('viewMode') !== 'docs') return;
  const sized = (root) =>
    root !== null &&
    [...root.querySelectorAll('*')].some((element) => {
      const box = element.getBoundingClientRect();
      return box.width > 0 && box.height > 0;
    });
  const shows = () => {
    const story = document.querySelector('#storybook-docs .docs-story');
    if (!story) return false;
    const frame = story.querySelector('iframe');
    if (frame) {
      try {
        return sized(frame.contentDocument?.querySelector('#storybook-root') ?? null);
      } catch {
        return false;
      }
    }
    return sized(story.querySelector('[id^="story--"]'));
  };
  const check = () => {
    if (shows()) {
      const at = performance.timeOrigin + performance.now() - window.top.performance.timeOrigin;
      window.top.__ekFirstStory = at;
      return;
    }
    requestAnimationFrame(check);
  };
  requestAnimationFrame(check);
}

async function timeOnce(browser, url, timeout) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  await context.addInitScript(watchFirstStory);
  const page = await context.newPage();
  try {
    await page.goto(url, { waitUntil: 'commit' });
    await page.waitForFunction(() => window.__ekFirstStory !== undefined, undefined, {
      timeout,
      polling: 50,
    });
    return await page.evaluate(() => [window.__ekFirstStory, window.__ekIframeAt ?? Number.NaN]);
  } catch {
    return [Number.NaN, Number.NaN];
  } finally {
    await context.close();
  }
}

const median = (values) => {
  const sorted = values.filter(Number.isFinite).sort((a, b) => a - b);
  if (sorted.length === 0) return Number.NaN;
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

const seconds = (ms) => (Number.isFinite(ms) ? (ms / 1000).toFixed(2) : ' n/a');

async function main() {
  const options = parseArgs(process.argv.slice(2));
  const builds = [];
  for (const dir of options.dirs) {
    const index = JSON.parse(await readFile(join(dir, 'index.json'), 'utf8'));
    const ids = Object.values(index.entries)
      .filter((entry) => entry.type === 'docs' && entry.id.startsWith(options.only))
      .map((entry) => entry.id);
    builds.push({ dir, ids, server: await serve(dir) });
  }
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'],
  });
  const modes = options.preview ? ['manager', 'preview'] : ['manager'];
  const ids = [...new Set(builds.flatMap((build) => build.ids))];
  const results = new Map();
  const record = (key, value) => results.set(key, [...(results.get(key) ?? []), value]);
  try {
    // Runs interleave the builds, so a slow moment of the machine hits each of them alike.
    for (let run = 0; run < options.runs; run += 1) {
      for (const id of ids) {
        for (const mode of modes) {
          for (const build of builds) {
            if (!build.ids.includes(id)) continue;
            const url =
              mode === 'manager'
                ? `${build.server.origin}/?path=/docs/${id}`
                : `${build.server.origin}/iframe.html?viewMode=docs&id=${id}`;
            const [story, iframe] = await timeOnce(browser, url, options.timeout);
            record(`${id}\u0000${mode}\u0000${build.dir}`, story);
            if (mode === 'manager') record(`${id}\u0000iframe\u0000${build.dir}`, iframe);
          }
        }
      }
    }
  } finally {
    await browser.close();
    for (const build of builds) build.server.close();
  }
  console.log(`first story visible, seconds (median [min–max] of ${options.runs} cold loads)`);
  const width = Math.max(...ids.map((id) => id.length));
  const titles = {
    manager: 'through the manager (?path=/docs/…)',
    iframe: 'the manager alone: until it has created the preview iframe',
    preview: 'preview iframe alone (iframe.html?viewMode=docs&id=…)',
  };
  for (const mode of [...modes, 'iframe']) {
    console.log(`\n${titles[mode]}`);
    console.log(
      `${'page'.padEnd(width)}  ${builds.map((b) => b.dir.split('/').pop().padEnd(18)).join('  ')}`,
    );
    for (const id of ids) {
      const cells = builds.map((build) => {
        const list = results.get(`${id}\u0000${mode}\u0000${build.dir}`) ?? [];
        const ok = list.filter(Number.isFinite);
        if (ok.length === 0) return '—'.padEnd(18);
        const cell = `${seconds(median(ok))} [${seconds(Math.min(...ok))}–${seconds(Math.max(...ok))}]`;
        const failed = list.length - ok.length;
        return (failed ? `${cell} ${failed}✗` : cell).padEnd(18);
      });
      console.log(`${id.padEnd(width)}  ${cells.join('  ')}`);
    }
  }
}

await main();
