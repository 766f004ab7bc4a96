/**
 * One cold load of a story in Chromium: a new context (empty cache), a CPU profile and the main
 * thread's CPU time (CDP Performance metrics on the thread clock) from navigation until
 * Storybook's render of the story is past its rendering phase.
 */
import type { Browser } from 'playwright';
import { type CpuProfile, type Owner, ownedSamples, type SiteOwners } from './profileOwners';
import { BLANK_PATH } from './staticServer';

export const SAMPLING_US = 200;

export interface StoryLoad {
  /** Profile samples per owner; idle is not in it. */
  samples: Record<Owner, number>;
  /** Main-thread CPU time in tasks (`TaskDuration`, thread clock), in ms. */
  cpuMs: number;
  /** Navigation start to the story rendered, in ms (the page's clock). */
  renderedMs: number;
}

type Metrics = { metrics: { name: string; value: number }[] };
const taskSeconds = ({ metrics }: Metrics) =>
  metrics.find((metric) => metric.name === 'TaskDuration')?.value ?? Number.NaN;

export async function loadStory(
  browser: Browser,
  origin: string,
  url: string,
  story: string,
  site: SiteOwners,
): Promise<StoryLoad> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  try {
    const page = await context.newPage();
    // A blank page of the same origin first: the story then loads in the renderer process the
    // profiler already runs in.
    await page.goto(`${origin}${BLANK_PATH}`);
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
    const before = taskSeconds((await cdp.send('Performance.getMetrics')) as Metrics);
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: SAMPLING_US });
    await cdp.send('Profiler.start');
    await page.goto(url, { waitUntil: 'commit' });
    const rendered = await page.waitForFunction(
      (id) => {
        const render = (
          window as { __STORYBOOK_PREVIEW__?: { currentRender?: { id?: string; phase?: string } } }
        ).__STORYBOOK_PREVIEW__?.currentRender;
        const done = ['completing', 'completed', 'afterEach', 'finished'];
        return render?.id === id && done.includes(render.phase ?? '') && performance.now();
      },
      story,
      { polling: 'raf', timeout: 60_000 },
    );
    const renderedMs = (await rendered.jsonValue()) as number;
    const after = taskSeconds((await cdp.send('Performance.getMetrics')) as Metrics);
    const { profile } = (await cdp.send('Profiler.stop')) as { profile: CpuProfile };
    return {
      samples: ownedSamples(profile, site).busy,
      cpuMs: (after - before) * 1000,
      renderedMs,
    };
  } finally {
    await context.close();
  }
}
