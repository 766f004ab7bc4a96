/**
 * Render counts and timers of retry banners during a 10 s countdown, in jsdom: a 429 with
 * `Retry-After: 10` shown by 1 and by 100 `RetryBanner`s next to a sibling and a context
 * consumer, under an `ErrorKitProvider` whose clock is fake. The fake clock moves one second at
 * a time (inside `act`) and runs the timers that fall due.
 *
 * Renders are counted by the components themselves (`App`, `Sibling`, `ContextConsumer`,
 * `BannerHost`), the banner root through a getter it reads on every render (`classNames.root`),
 * and the countdown text by reading every `[role="timer"]` after each second. The React layer
 * and `HttpError` come from the TypeScript sources via tsx, with React's development build
 * (`act` needs it): the times are for comparing N = 1 with N = 100, not absolute.
 */
import {
  act,
  createElement as h,
  Profiler,
  type ProfilerOnRenderCallback,
  type ReactNode,
} from 'react';
import type { RetryBannerClassNames } from '../src/react';
import { installDom } from './dom';
import { type FakeTimers, installFakeTimers } from './fakeTimers';
import { formatDuration, formatRange, headline, note, printTable } from './report';
import type { BenchSection } from './section';

const SECOND = 1000;
const RETRY_AFTER_S = 10;
/** Seconds simulated: the countdown, then two more to show nothing happens after it ends. */
const SIMULATED_S = RETRY_AFTER_S + 2;
const BANNER_COUNTS = [1, 100] as const;
/** Rounds per banner count; render figures are from the first, tick times from all. */
const ROUNDS = 5;
const START = Date.parse('2026-11-21T12:00:00Z');

interface Counts {
  app: number;
  sibling: number;
  consumer: number;
  host: number;
  bannerRoot: number;
  commits: number;
}

interface RoundResult {
  /** Renders after mount, during the count (1–9 s). */
  counting: Counts;
  /** Renders at and after zero (10–12 s). */
  ending: Counts;
  textChanges: number;
  retries: number;
  liveAfterMount: number;
  /** Peak of live timers from the first tick to the last second before zero. */
  peakCounting: number;
  liveAfterZero: number;
  liveAfterUnmount: number;
  timeouts: number;
  intervals: number;
  /** Wall time of each simulated second up to zero, in ns. */
  tickNs: number[];
}

const zero = (): Counts => ({
  app: 0,
  sibling: 0,
  consumer: 0,
  host: 0,
  bannerRoot: 0,
  commits: 0,
});
const minus = (a: Counts, b: Counts): Counts => ({
  app: a.app - b.app,
  sibling: a.sibling - b.sibling,
  consumer: a.consumer - b.consumer,
  host: a.host - b.host,
  bannerRoot: a.bannerRoot - b.bannerRoot,
  commits: a.commits - b.commits,
});

function median(values: readonly number[]): number {
  return quantile(values, 0.5);
}

function quantile(values: readonly number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  if (sorted.length === 0) return Number.NaN;
  const at = (sorted.length - 1) * q;
  const low = sorted[Math.floor(at)] ?? Number.NaN;
  const high = sorted[Math.ceil(at)] ?? low;
  return low + (high - low) * (at - Math.floor(at));
}

type ReactLayer = typeof import('../src/react');
type DomClient = typeof import('react-dom/client');
type CoreLayer = typeof import('../src/core');

/** What the measured components use in the current round. */
interface Scene {
  kit: ReactLayer;
  counts: Counts;
  errors: unknown[];
  onRetry: (() => void)[];
  classNames: RetryBannerClassNames;
}

let scene: Scene | undefined;

function current(): Scene {
  if (!scene) throw new Error('No render-count round is running.');
  return scene;
}

function Sibling() {
  current().counts.sibling += 1;
  return h('p', null, 'Sibling');
}

function ContextConsumer() {
  const { kit, counts } = current();
  kit.useErrorKit();
  counts.consumer += 1;
  return h('p', null, 'Consumer');
}

function BannerHost({ index }: { index: number }) {
  const { kit, counts, errors, onRetry, classNames } = current();
  counts.host += 1;
  return h(kit.RetryBanner, {
    error: errors[index],
    retry: { onRetry: onRetry[index] },
    classNames,
  });
}

function App(): ReactNode {
  const { counts, errors } = current();
  counts.app += 1;
  return h(
    'main',
    null,
    h(Sibling),
    h(ContextConsumer),
    errors.map((_, index) => h(BannerHost, { key: index, index })),
  );
}

async function runRound(
  n: number,
  timers: FakeTimers,
  kit: ReactLayer,
  client: DomClient,
  core: CoreLayer,
): Promise<RoundResult> {
  const counts = zero();
  const retries = Array.from({ length: n }, () => 0);
  const onRetry = retries.map((_, i) => () => {
    retries[i] = (retries[i] ?? 0) + 1;
  });
  // Mount on a whole second: the banner rounds its deadline up to a whole second, so the
  // countdown is exactly 10 ticks long.
  timers.setNow(Math.ceil(timers.now() / SECOND) * SECOND + SECOND);
  const errors = Array.from(
    { length: n },
    () =>
      new core.HttpError({
        status: 429,
        headers: { 'retry-after': String(RETRY_AFTER_S) },
        method: 'GET',
      }),
  );

  // Only the banner root reads `classNames.root`, once per render.
  const classNames: RetryBannerClassNames = {
    get root() {
      counts.bannerRoot += 1;
      return undefined;
    },
  };
  scene = { kit, counts, errors, onRetry, classNames };
  const onRender: ProfilerOnRenderCallback = () => {
    counts.commits += 1;
  };

  const container = document.createElement('div');
  document.body.appendChild(container);
  const root = client.createRoot(container);
  act(() => {
    root.render(
      h(Profiler, { id: 'page', onRender }, h(kit.ErrorKitProvider, { now: timers.now }, h(App))),
    );
  });
  const mounted = { ...counts };
  const liveAfterMount = timers.live;

  const readTimers = () =>
    Array.from(container.querySelectorAll('[data-ek="retry-banner"]'), (banner) => {
      return banner.querySelector('[role="timer"]')?.textContent ?? null;
    });
  let shown = readTimers();
  let textChanges = 0;
  let peakCounting = 0;
  let atZero = mounted;
  let liveAfterZero = Number.NaN;
  const tickNs: number[] = [];

  for (let second = 1; second <= SIMULATED_S; second++) {
    const started = process.hrtime.bigint();
    act(() => {
      timers.advance(SECOND);
    });
    const elapsed = Number(process.hrtime.bigint() - started);
    if (second <= RETRY_AFTER_S) tickNs.push(elapsed);
    // The first second also ran the banners' 50 ms announcement timers: count from after it.
    if (second === 1) timers.resetPeak();
    if (second === RETRY_AFTER_S - 1) {
      peakCounting = timers.peak;
      atZero = { ...counts };
    }
    if (second === RETRY_AFTER_S) liveAfterZero = timers.live;
    const now = readTimers();
    now.forEach((text, i) => {
      const before = shown[i];
      if (text !== null && before !== null && before !== undefined && text !== before) {
        textChanges += 1;
      }
    });
    shown = now;
  }
  const ended = { ...counts };

  act(() => {
    root.unmount();
  });
  container.remove();
  scene = undefined;

  return {
    counting: minus(atZero, mounted),
    ending: minus(ended, atZero),
    textChanges,
    retries: retries.reduce((sum, count) => sum + count, 0),
    liveAfterMount,
    peakCounting,
    liveAfterZero,
    liveAfterUnmount: timers.live,
    timeouts: timers.created.timeouts,
    intervals: timers.created.intervals,
    tickNs,
  };
}

export const renderCounts: BenchSection = {
  id: 'render-counts',
  title: 'Countdown render and timer counts: 1 and 100 RetryBanners',
  async run() {
    const removeDom = await installDom();
    // After the page exists (React DOM looks for it once, at import), before any timer is faked
    // (React keeps its own timer functions; the ticker and announcer read the globals per call).
    const client = await import('react-dom/client');
    const kit = await import('../src/react');
    const core = await import('../src/core');

    const renderRows: string[][] = [];
    const timerRows: string[][] = [];
    try {
      for (const n of BANNER_COUNTS) {
        // One warm-up round, then the measured ones.
        const rounds: RoundResult[] = [];
        for (let round = 0; round <= ROUNDS; round++) {
          const timers = installFakeTimers(START);
          try {
            const result = await runRound(n, timers, kit, client, core);
            if (round > 0) rounds.push(result);
          } finally {
            timers.uninstall();
          }
        }
        const first = rounds[0];
        if (!first) continue;
        const { counting, ending } = first;
        renderRows.push([
          String(n),
          String(SIMULATED_S),
          String(counting.app + ending.app),
          String(counting.sibling + ending.sibling),
          String(counting.consumer + ending.consumer),
          String(counting.host + ending.host),
          String(counting.bannerRoot),
          String(ending.bannerRoot),
          `${first.textChanges} (${(first.textChanges / n).toFixed(1)}/banner)`,
          String(first.retries),
          `${counting.commits} + ${ending.commits}`,
        ]);
        const ticks = rounds.flatMap((r) => r.tickNs);
        headline(
          `RetryBanner 10 s countdown, ${n} banner${n === 1 ? '' : 's'}: ` +
            `${Math.max(...rounds.map((r) => r.peakCounting))} live timer(s) while counting, ` +
            `${counting.app + ending.app} App / ${counting.sibling + ending.sibling} sibling ` +
            `re-renders, ${first.textChanges} countdown text changes, tick median ` +
            `${formatDuration(median(ticks))} (jsdom, React development build).`,
        );
        timerRows.push([
          String(n),
          String(first.liveAfterMount),
          String(Math.max(...rounds.map((r) => r.peakCounting))),
          String(first.liveAfterZero),
          String(Math.max(...rounds.map((r) => r.liveAfterUnmount))),
          String(first.timeouts),
          String(first.intervals),
          formatDuration(median(ticks)),
          formatRange(quantile(ticks, 0.1), quantile(ticks, 0.9)),
          formatDuration(median(ticks) / n),
        ]);
      }
    } finally {
      removeDom();
    }

    printTable(
      `RetryBanner render counts (jsdom; React layer and HttpError from src via tsx): ${RETRY_AFTER_S} s countdown (429, Retry-After: ${RETRY_AFTER_S}), ` +
        `renders after mount; targets: App/Sibling/Consumer/BannerHost 0, banner root 0 while ` +
        `counting and 1 per banner at zero (idle, "Try again"), ${RETRY_AFTER_S - 1} text changes ` +
        `per banner (${RETRY_AFTER_S}→1, then it ends), onRetry once per banner`,
      [
        { title: 'banners', align: 'right' },
        { title: 'seconds', align: 'right' },
        { title: 'App', align: 'right' },
        { title: 'Sibling', align: 'right' },
        { title: 'Consumer', align: 'right' },
        { title: 'BannerHost', align: 'right' },
        { title: 'root 1–9 s', align: 'right' },
        { title: 'root 10–12 s', align: 'right' },
        { title: 'countdown text changes', align: 'right' },
        { title: 'onRetry', align: 'right' },
        { title: 'commits 1–9 s + 10–12 s', align: 'right' },
      ],
      renderRows,
    );
    printTable(
      'RetryBanner timers and tick cost: live timers (target 1 while counting, 0 after zero and ' +
        'unmount; at mount each banner also has a 50 ms announcement timer); wall time per ' +
        `simulated second up to zero (React development build, ${ROUNDS} rounds after a warm-up)`,
      [
        { title: 'banners', align: 'right' },
        { title: 'live at mount', align: 'right' },
        { title: 'max live 1–9 s', align: 'right' },
        { title: 'live at zero', align: 'right' },
        { title: 'live after unmount', align: 'right' },
        { title: 'setTimeout calls', align: 'right' },
        { title: 'setInterval calls', align: 'right' },
        { title: 'tick median', align: 'right' },
        { title: 'p10–p90', align: 'right' },
        { title: 'per banner', align: 'right' },
      ],
      timerRows,
    );
    note(
      `Render counts are from the first measured round; timer peaks are the maximum over ` +
        `${ROUNDS} rounds; tick times pool every simulated second of all ${ROUNDS} rounds ` +
        '(median and p10–p90). jsdom with React development build: compare 1 with 100 banners, ' +
        'not with a browser.',
    );
  },
};
