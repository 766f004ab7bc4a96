/**
 * Timers and memory: a thousand retry banners keep one timer and leave none behind, nor any
 * `online`/`offline` listener; a countdown is right after the tab slept for ten minutes; and the
 * server's clock, not the browser's, measures its wait hints.
 *
 * Fake timers (`vi.getTimerCount()` counts every pending timeout and interval) plus counting
 * wrappers around `window.addEventListener` / `removeEventListener`.
 */
import { act, render } from '@testing-library/react';
import type { ReactNode } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { classifyError, HttpError, retryDecision } from '../../src/core';
import { ticker } from '../../src/headless/ticker';
import { ErrorKitProvider, RetryBanner } from '../../src/react';

/** 2026-11-21T12:00:00.250Z: a quarter past a whole second, like a real clock. */
const START = Date.parse('2026-11-21T12:00:00Z') + 250;
const YEAR = 365 * 24 * 3600 * 1000;
let clock = START;
const now = () => clock;

function Kit({ children }: { children: ReactNode }) {
  return <ErrorKitProvider now={now}>{children}</ErrorKitProvider>;
}

const rateLimited = (headers: Record<string, string>) =>
  new HttpError({ status: 429, method: 'GET', headers });

/** Live `online`/`offline` listeners on `window`, by the counting wrappers. */
const network = new Map<string, Set<unknown>>([
  ['online', new Set()],
  ['offline', new Set()],
]);
/** Every `online`/`offline` listener ever added (to show the test saw them). */
let added = 0;

beforeEach(() => {
  clock = START;
  vi.useFakeTimers({ now: START });
  for (const set of network.values()) set.clear();
  added = 0;
  const add = window.addEventListener.bind(window);
  const remove = window.removeEventListener.bind(window);
  vi.spyOn(window, 'addEventListener').mockImplementation((type, listener, options) => {
    const set = network.get(type);
    if (set && listener) {
      set.add(listener);
      added++;
    }
    add(type, listener, options);
  });
  vi.spyOn(window, 'removeEventListener').mockImplementation((type, listener, options) => {
    if (listener) network.get(type)?.delete(listener);
    remove(type, listener, options);
  });
  vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(true);
});

afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

const timers = (container: ParentNode) => [...container.querySelectorAll('[role="timer"]')];

describe('a thousand retry banners', () => {
  it('share one timer while mounted and leave no timer and no listener behind', {
    timeout: 90_000,
  }, () => {
    const error = rateLimited({ 'retry-after': '30' });
    const onRetry = vi.fn();
    const timersBefore = vi.getTimerCount();
    const { container, unmount } = render(
      <Kit>
        {Array.from({ length: 1000 }, (_, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: a fixed list
          <RetryBanner key={i} error={error} retry={{ onRetry }} />
        ))}
      </Kit>,
    );
    expect(container.querySelectorAll('[data-ek="retry-banner"]')).toHaveLength(1000);
    expect(timers(container)).toHaveLength(1000);
    expect(ticker.size).toBe(1000);
    expect(added).toBeGreaterThanOrEqual(2);
    // Each banner schedules its own 50 ms live-region write (1000 short timers, one text):
    // once they have run, one shared tick timer is left for all the countdowns.
    act(() => {
      vi.advanceTimersByTime(100);
    });
    expect(vi.getTimerCount() - timersBefore).toBe(1);

    // A few ticks: still one tick timer, every countdown moves together.
    act(() => {
      clock += 3000;
      vi.advanceTimersByTime(3000);
    });
    const seconds = new Set(timers(container).map((t) => t.getAttribute('data-seconds')));
    expect(seconds).toEqual(new Set(['27']));
    expect(vi.getTimerCount() - timersBefore).toBe(1);

    unmount();
    // The announcer may still clear its region once; let it.
    act(() => {
      vi.advanceTimersByTime(10_000);
    });
    expect(ticker.size).toBe(0);
    expect(vi.getTimerCount()).toBe(timersBefore);
    expect(network.get('online')?.size).toBe(0);
    expect(network.get('offline')?.size).toBe(0);
    expect(onRetry).not.toHaveBeenCalled();
  });
});

describe('a countdown after the tab slept', () => {
  it('retries once, at the first tick back, and never shows a negative time', () => {
    const onRetry = vi.fn();
    const { container } = render(
      <RetryBanner error={rateLimited({ 'retry-after': '30' })} retry={{ onRetry }} />,
      { wrapper: Kit },
    );
    // Exactly the server's 30 s, shown as 30 (never more than the wait).
    expect(timers(container)[0]?.getAttribute('data-seconds')).toBe('30');

    // The live region's announcement goes out (a short timer of its own).
    act(() => {
      clock += 200;
      vi.advanceTimersByTime(200);
    });
    expect(vi.getTimerCount()).toBe(1);

    // Ten minutes pass on the clock; no timer fires while the tab sleeps.
    clock += 600_000;
    vi.setSystemTime(clock);
    expect(onRetry).not.toHaveBeenCalled();

    // The first tick back: due at once, retried immediately, exactly once.
    act(() => {
      vi.advanceTimersToNextTimer();
    });
    expect(onRetry).toHaveBeenCalledTimes(1);
    for (const t of timers(container)) {
      expect(Number(t.getAttribute('data-seconds'))).toBeGreaterThanOrEqual(0);
      expect(t.textContent).not.toMatch(/-\d/);
    }
    expect(container.querySelector('[data-ek="retry-banner"]')?.getAttribute('data-state')).toBe(
      'idle',
    );

    // More ticks (and more sleeping) change nothing.
    act(() => {
      clock += 5000;
      vi.advanceTimersByTime(5000);
    });
    expect(onRetry).toHaveBeenCalledTimes(1);
    expect(ticker.size).toBe(0);
  });
});

describe('clock skew', () => {
  it('a Retry-After date in the past means no wait', () => {
    const past = new Date(START - 3_600_000).toUTCString();
    const classified = classifyError(rateLimited({ 'retry-after': past }), { now });
    expect(classified.retryAfterMs).toBe(0);
    expect(retryDecision(classified, 0)).toEqual({ retry: true, delayMs: 0, reason: 'retry' });

    // The banner retries at its first tick: its shortest visible wait is one second.
    const onRetry = vi.fn();
    render(<RetryBanner error={rateLimited({ 'retry-after': past })} retry={{ onRetry }} />, {
      wrapper: Kit,
    });
    act(() => {
      clock += 2000;
      vi.advanceTimersByTime(2000);
    });
    expect(onRetry).toHaveBeenCalledTimes(1);
  });

  it('a server clock a year ahead: Retry-After is measured against the response Date', () => {
    const serverNow = START + YEAR;
    const headers = {
      date: new Date(serverNow).toUTCString(),
      'retry-after': new Date(serverNow + 30_000).toUTCString(),
    };
    const classified = classifyError(rateLimited(headers), { now });
    // HTTP-dates have whole seconds: the server's `Date` drops the local quarter second.
    expect(classified.retryAfterMs).toBe(30_000);
    expect(retryDecision(classified, 0)).toMatchObject({ retry: true, delayMs: 30_000 });

    const onRetry = vi.fn();
    const { container } = render(<RetryBanner error={rateLimited(headers)} retry={{ onRetry }} />, {
      wrapper: Kit,
    });
    // Exactly the server's 30 s from when the banner showed the error, whatever the local clock.
    expect(timers(container)[0]?.getAttribute('data-seconds')).toBe('30');
    act(() => {
      clock += 29_999;
      vi.advanceTimersByTime(29_999);
    });
    expect(onRetry).not.toHaveBeenCalled();
    act(() => {
      clock += 1;
      vi.advanceTimersByTime(1);
    });
    expect(onRetry).toHaveBeenCalledTimes(1);
  });

  it('X-RateLimit-Reset is measured against the response Date too', () => {
    const serverNow = Math.floor((START + YEAR) / 1000) * 1000;
    const headers = {
      date: new Date(serverNow).toUTCString(),
      'x-ratelimit-reset': String(serverNow / 1000 + 45),
    };
    expect(classifyError(rateLimited(headers), { now }).retryAfterMs).toBe(45_000);
  });

  it('an X-RateLimit-Reset a year ahead: a finite wait, left to the UI', () => {
    const reset = String(Math.floor((START + YEAR) / 1000));
    const error = rateLimited({ 'x-ratelimit-reset': reset });
    const classified = classifyError(error, { now });
    expect(classified.kind).toBe('rate-limited');
    expect(Number.isFinite(classified.retryAfterMs)).toBe(true);
    expect(classified.retryAfterMs).toBeGreaterThan(YEAR - 1000);
    expect(classified.retryAfterMs).toBeLessThanOrEqual(YEAR);
    const decision = retryDecision(classified, 0);
    expect(decision).toMatchObject({ retry: false, reason: 'wait-too-long' });
    expect(Number.isFinite(decision.delayMs)).toBe(true);

    const onRetry = vi.fn();
    const { container } = render(<RetryBanner error={error} retry={{ onRetry }} />, {
      wrapper: Kit,
    });
    const seconds = Number(timers(container)[0]?.getAttribute('data-seconds'));
    expect(Number.isFinite(seconds)).toBe(true);
    expect(seconds).toBeGreaterThan(0);
    act(() => {
      clock += 10_000;
      vi.advanceTimersByTime(10_000);
    });
    expect(onRetry).not.toHaveBeenCalled();
  });
});
