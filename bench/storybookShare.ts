/**
 * Storybook's first story: errorkit's share of the main-thread time. The first story's time is
 * Storybook's time, so the figure is errorkit's part of it, not an absolute. The static build
 * is served on 127.0.0.1 and the story's iframe opened in Chromium, cold, several times; the
 * profile's samples, attributed through the build's source maps, give each owner's share, and
 * the main thread's CPU time turns shares into milliseconds.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright';
import { OWNERS, type Owner, SiteOwners } from './profileOwners';
import { headline, note, printTable } from './report';
import type { BenchSection } from './section';
import { serveStatic } from './staticServer';
import { median } from './stats';
import { storybookBuild } from './storybookBuild';
import { loadStory, SAMPLING_US, type StoryLoad } from './storybookLoad';

const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
/** Loads measured, after one that is not (it warms the disk cache and the server). */
const LOADS = 15;
/** errorkit's own code: what the share counts. */
const ERRORKIT: readonly Owner[] = ['errorkit', 'stories'];
/**
 * The a11y addon runs axe once a story has rendered; set to manual, it stays out of the
 * load-to-render window.
 */
const GLOBALS = 'a11y.manual:!true';

function firstStory(dir: string): string | undefined {
  const index = JSON.parse(readFileSync(join(dir, 'index.json'), 'utf8')) as {
    entries: Record<string, { id: string; type: string }>;
  };
  return Object.values(index.entries).find((entry) => entry.type === 'story')?.id;
}

export const storybookShare: BenchSection = {
  id: 'storybook-share',
  title: "Storybook's first story: errorkit's share of the main thread",
  async run() {
    const root = process.cwd();
    if (!existsSync(CHROMIUM_PATH)) {
      note(`Skipped: no Chromium at ${CHROMIUM_PATH} (CHROMIUM_PATH).`);
      return;
    }
    const started = performance.now();
    const build = await storybookBuild(root);
    if (typeof build === 'string') {
      note(`Skipped: ${build}.`);
      return;
    }
    if (build.built) {
      console.log(`Built Storybook in ${((performance.now() - started) / 1000).toFixed(0)} s.`);
    }
    const story = firstStory(build.dir);
    if (!story) {
      note('Skipped: the Storybook index has no story.');
      return;
    }
    const server = await serveStatic(build.dir);
    const site = new SiteOwners(build.dir, server.origin, root);
    const url = `${server.origin}/iframe.html?id=${story}&viewMode=story&globals=${GLOBALS}`;
    const loads: StoryLoad[] = [];
    try {
      const browser = await chromium.launch({
        executablePath: CHROMIUM_PATH,
        args: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'],
      });
      try {
        for (let i = 0; i <= LOADS; i++) {
          const load = await loadStory(browser, server.origin, url, story, site);
          if (i > 0) loads.push(load);
        }
      } finally {
        await browser.close();
      }
    } catch (error) {
      note(`Skipped: the story did not load (${error instanceof Error ? error.message : error}).`);
      return;
    } finally {
      server.close();
    }
    report(story, loads);
  },
};

const share = (value: number) => `${(100 * value).toFixed(1)} %`;
const ms = (value: number) => `${value.toFixed(0)} ms`;
const range = (values: number[], format: (value: number) => string) =>
  `${format(Math.min(...values))}–${format(Math.max(...values))}`;

function report(story: string, loads: readonly StoryLoad[]): void {
  const owners = Object.keys(OWNERS) as Owner[];
  const count = (load: StoryLoad, group: readonly Owner[]) =>
    group.reduce((sum, owner) => sum + load.samples[owner], 0);
  const row = (title: string, group: readonly Owner[]) => {
    // Pooled over the loads: the samples of a load are few where a busy machine left the
    // sampler little time, so one load's share swings more than the pool's.
    const pooled =
      loads.reduce((sum, load) => sum + count(load, group), 0) /
      loads.reduce((sum, load) => sum + count(load, owners), 0);
    const shares = loads.map((load) => count(load, group) / count(load, owners));
    const cpu = shares.map((value, i) => value * (loads[i]?.cpuMs ?? Number.NaN));
    return [title, ms(median(cpu)), share(pooled), share(median(shares)), range(shares, share)];
  };
  const cpu = loads.map((load) => load.cpuMs);
  const ours = row("errorkit's share (src/ + stories/)", ERRORKIT);
  printTable(
    `Storybook first story (${story}): main-thread time by owner, ${LOADS} cold loads`,
    [
      { title: 'owner' },
      { title: 'CPU time (median)', align: 'right' },
      { title: 'share (all loads)', align: 'right' },
      { title: 'share (median load)', align: 'right' },
      { title: 'share min–max', align: 'right' },
    ],
    [
      ...owners.map((owner) => row(OWNERS[owner], [owner])),
      ours,
      ['main thread, all of it (not idle)', ms(median(cpu)), '100 %', '100 %', range(cpu, ms)],
    ],
  );
  const samples = median(loads.map((load) => Object.values(load.samples).reduce((a, b) => a + b)));
  note(
    'Static build (bench/storybook: the catalogue’s config with hidden source maps) served on ' +
      `127.0.0.1; \`iframe.html?id=${story}&viewMode=story\` in Chromium, a new context per ` +
      'load, from navigation until Storybook’s render of the story is past its rendering phase ' +
      `(median ${median(loads.map((l) => l.renderedMs)).toFixed(0)} ms of wall time, profiler ` +
      'on). The a11y addon is set to manual, so its axe run, which follows the render, stays ' +
      `out. Shares count CPU profile samples (${SAMPLING_US} µs sampling, median ${samples} ` +
      'busy samples a load), attributed through the source maps, native calls to their caller; ' +
      'CPU time is the main thread’s task time on the thread clock (CDP Performance ' +
      '`TaskDuration`) times the load’s share. The share over all loads pools their samples.',
  );
  headline(
    `Storybook first story (${story}): errorkit's components and stories take ${ours[2]} of ` +
      `the main thread's time (${ours[1]} of ${ms(median(cpu))} CPU time; ${LOADS} cold loads, ` +
      `per load ${ours[4]}); the rest is Storybook, React and the browser.`,
  );
}
