import { act, renderHook } from '@testing-library/react';
import { createElement, type ReactNode } from 'react';
import { describe, expect, it, vi } from 'vitest';
import {
  type RetryBannerView,
  retryBannerState,
} from '../../src/components/RetryBanner/retryBannerState';
import {
  type StandaloneRetry,
  useBannerRetry,
} from '../../src/components/RetryBanner/useBannerRetry';
import { classifyError, HttpError } from '../../src/core';
import type { RetryState } from '../../src/headless/retryState';
import { ErrorKitProvider } from '../../src/react';

const SEEN = 1_000_000;
const waitFor = (seconds: number) =>
  new HttpError({ status: 429, method: 'GET', headers: { 'retry-after': String(seconds) } });
const live = (over: Partial<RetryState>): RetryState => ({
  attempt: 1,
  maxRetries: 3,
  nextAttemptAt: SEEN + 4000,
  paused: false,
  willRetry: true,
  reason: 'retry',
  stopped: false,
  retryNow: () => {},
  stop: () => {},
  ...over,
});
const onRetry = () => {};

interface Input {
  /** @default a 429 with `Retry-After: 6` */
  error?: unknown;
  /** @default `{ onRetry }` */
  retry?: RetryState | StandaloneRetry;
  online?: boolean;
  exhausted?: boolean;
  /** What the user (or the countdown) did after the banner showed the error. */
  afterwards?: 'stop' | 'retryNow' | 'elapsed';
}
type Row = [string, Input, Partial<RetryBannerView> & { follows?: boolean }];

const wrapper = ({ children }: { children: ReactNode }) =>
  createElement(ErrorKitProvider, { now: () => SEEN }, children);

/** What the banner renders: its retries as one `RetryState`, then the pure view of it. */
function bannerOver({ error = waitFor(6), retry = { onRetry }, online = true, afterwards }: Input) {
  const classified = classifyError(error);
  const { result } = renderHook(() => useBannerRetry(classified, retry, online), { wrapper });
  if (afterwards === 'stop') act(() => result.current.retry.stop());
  if (afterwards === 'retryNow') act(() => result.current.retry.retryNow());
  if (afterwards === 'elapsed') act(() => result.current.onElapsed());
  return result.current;
}

function render(input: Input) {
  const banner = bannerOver(input);
  return {
    ...retryBannerState({ ...banner, exhausted: input.exhausted }),
    follows: banner.follows,
  };
}

const table: Row[] = [
  ['no way to retry', { retry: {} }, { state: 'idle', actions: [] }],
  ['exhausted by the app', { exhausted: true }, { state: 'exhausted', actions: ['tryAgain'] }],
  [
    'the server asked for 6 s: exactly 6 s from when it showed',
    {},
    { state: 'counting', deadline: SEEN + 6000, actions: ['retryNow', 'stop'], follows: false },
  ],
  [
    'a zero wait waits a second',
    { error: waitFor(0) },
    { state: 'counting', deadline: SEEN + 1000 },
  ],
  [
    'the app’s own deadline',
    { retry: { onRetry, retryAt: SEEN + 2500 } },
    { state: 'counting', deadline: SEEN + 2500 },
  ],
  ['offline while counting', { online: false }, { state: 'paused', pausedBy: 'offline' }],
  [
    'a POST is not retried',
    { error: new HttpError({ status: 502, method: 'POST' }) },
    { state: 'not-allowed', actions: ['tryAgain'] },
  ],
  [
    'retries used up',
    { retry: { onRetry, attempt: 4, maxRetries: 3 } },
    { state: 'exhausted', actions: ['tryAgain'] },
  ],
  ['stopped by the user', { afterwards: 'stop' }, { state: 'stopped', actions: ['tryAgain'] }],
  ['just retried', { afterwards: 'retryNow' }, { state: 'idle', actions: ['tryAgain'] }],
  [
    'attempt line while counting',
    { retry: { onRetry, attempt: 2, maxRetries: 4 } },
    { attempt: { attempt: 2, max: 4 } },
  ],
  [
    'live: counts to the real schedule, the library sends',
    { retry: live({}) },
    { state: 'counting', deadline: SEEN + 4000, follows: true, attempt: { attempt: 1, max: 3 } },
  ],
  [
    'live: paused while unfocused',
    { retry: live({ paused: 'unfocused' }) },
    { state: 'paused', pausedBy: 'unfocused' },
  ],
  [
    'live: in flight after the countdown',
    { retry: live({}), afterwards: 'elapsed' },
    { state: 'idle', actions: [] },
  ],
  [
    'live: stopped',
    { retry: live({ willRetry: false, stopped: true }) },
    { state: 'stopped', actions: ['tryAgain'] },
  ],
  [
    'live: too long to wait automatically, the banner counts it itself',
    {
      error: waitFor(90),
      retry: live({ willRetry: false, reason: 'wait-too-long', nextAttemptAt: undefined }),
    },
    { state: 'counting', deadline: SEEN + 90_000, follows: false, attempt: undefined },
  ],
  [
    'live: not idempotent',
    { retry: live({ willRetry: false, reason: 'not-idempotent', nextAttemptAt: undefined }) },
    { state: 'not-allowed', actions: ['tryAgain'] },
  ],
];

describe('retryBannerState over useBannerRetry', () => {
  it.each(table)('%s', (_name, input, expected) => {
    expect(render(input)).toMatchObject(expected);
  });
});

describe('useBannerRetry', () => {
  it('gives the banner its own schedule in the RetryState shape', () => {
    const { retry, follows } = bannerOver({ retry: { onRetry, attempt: 2, maxRetries: 4 } });
    expect(follows).toBe(false);
    expect(retry).toMatchObject({
      attempt: 2,
      maxRetries: 4,
      nextAttemptAt: SEEN + 6000,
      paused: false,
      willRetry: true,
      reason: 'retry',
      stopped: false,
    });
  });

  it('after "Stop" no retry is scheduled and the state says stopped', () => {
    const { retry } = bannerOver({ afterwards: 'stop' });
    expect(retry).toMatchObject({ willRetry: false, nextAttemptAt: undefined, stopped: true });
  });

  it('passes a live state through with the banner’s own actions', () => {
    const retryNow = vi.fn();
    const state = live({ retryNow });
    const { retry, follows } = bannerOver({ retry: state });
    expect(follows).toBe(true);
    expect(retry).toMatchObject({ nextAttemptAt: state.nextAttemptAt });
    expect(retry.retryNow).not.toBe(retryNow);
    act(() => retry.retryNow());
    expect(retryNow).toHaveBeenCalledTimes(1);
  });
});
