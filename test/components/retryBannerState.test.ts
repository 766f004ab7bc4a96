import { describe, expect, it } from 'vitest';
import {
  bannerRetryState,
  type RetryBannerSchedule,
  type RetryBannerView,
  retryBannerState,
} from '../../src/components/RetryBanner/retryBannerState';
import type { RetryDecision } from '../../src/core';
import type { RetryState } from '../../src/headless/retryState';

const SEEN = 1_000_000;
const retry = (delayMs: number): RetryDecision => ({ retry: true, delayMs, reason: 'retry' });
const decided = (reason: RetryDecision['reason']): RetryDecision => ({
  retry: false,
  delayMs: 0,
  reason,
});
const live = (over: Partial<RetryState>): RetryState => ({
  attempt: 1,
  maxAttempts: 3,
  nextAttemptAt: SEEN + 4000,
  paused: false,
  willRetry: true,
  reason: 'retry',
  stopped: false,
  retryNow: () => {},
  stop: () => {},
  ...over,
});
const base: RetryBannerSchedule = { seenAt: SEEN, online: true };

type Input = Partial<RetryBannerSchedule> & { canRetry?: boolean; exhausted?: boolean };
type Row = [string, Input, Partial<RetryBannerView> & { follows?: boolean }];

/** What the banner renders: its schedule as one `RetryState`, then the pure view of it. */
function render({ canRetry = true, exhausted, ...schedule }: Input) {
  const retry = bannerRetryState({ ...base, ...schedule }, { retryNow: () => {}, stop: () => {} });
  const view = retryBannerState({ ...retry, phase: schedule.phase, canRetry, exhausted });
  return { ...view, follows: retry.follows };
}

const table: Row[] = [
  ['no way to retry', { canRetry: false, decision: retry(6000) }, { state: 'idle', actions: [] }],
  ['exhausted by the app', { exhausted: true }, { state: 'exhausted', actions: ['tryAgain'] }],
  [
    'the server asked for 6 s: exactly 6 s from when it showed',
    { decision: retry(6000) },
    { state: 'counting', deadline: SEEN + 6000, actions: ['retryNow', 'stop'], follows: false },
  ],
  [
    'a zero wait waits a second',
    { decision: retry(0) },
    { state: 'counting', deadline: SEEN + 1000 },
  ],
  [
    'the app’s own deadline',
    { retryAt: SEEN + 2500 },
    { state: 'counting', deadline: SEEN + 2500 },
  ],
  [
    'offline while counting',
    { decision: retry(6000), online: false },
    { state: 'paused', pausedBy: 'offline' },
  ],
  [
    'a POST is not retried',
    { decision: decided('not-idempotent') },
    { state: 'not-allowed', actions: ['tryAgain'] },
  ],
  [
    'retries used up',
    { decision: decided('exhausted') },
    { state: 'exhausted', actions: ['tryAgain'] },
  ],
  [
    'stopped by the user',
    { decision: retry(6000), phase: 'stopped' },
    { state: 'stopped', actions: ['tryAgain'] },
  ],
  [
    'just retried',
    { decision: retry(6000), phase: 'retried' },
    { state: 'idle', actions: ['tryAgain'] },
  ],
  [
    'attempt line while counting',
    { decision: retry(6000), attempt: 2, maxAttempts: 4 },
    { attempt: { attempt: 2, max: 4 } },
  ],
  [
    'live: counts to the real schedule, the library sends',
    { live: live({}) },
    { state: 'counting', deadline: SEEN + 4000, follows: true, attempt: { attempt: 1, max: 3 } },
  ],
  [
    'live: paused while unfocused',
    { live: live({ paused: 'unfocused' }) },
    { state: 'paused', pausedBy: 'unfocused' },
  ],
  [
    'live: in flight after the countdown',
    { live: live({}), phase: 'retried' },
    { state: 'idle', actions: [] },
  ],
  [
    'live: stopped',
    { live: live({ willRetry: false, stopped: true }) },
    { state: 'stopped', actions: ['tryAgain'] },
  ],
  [
    'live: too long to wait automatically, the banner counts it itself',
    {
      live: live({ willRetry: false, reason: 'wait-too-long', nextAttemptAt: undefined }),
      decision: { retry: false, delayMs: 90_000, reason: 'wait-too-long' },
    },
    { state: 'counting', deadline: SEEN + 90_000, follows: false, attempt: undefined },
  ],
  [
    'live: not idempotent',
    { live: live({ willRetry: false, reason: 'not-idempotent', nextAttemptAt: undefined }) },
    { state: 'not-allowed', actions: ['tryAgain'] },
  ],
];

describe('retryBannerState over bannerRetryState', () => {
  it.each(table)('%s', (_name, input, expected) => {
    expect(render(input)).toMatchObject(expected);
  });
});

describe('bannerRetryState', () => {
  const actions = { retryNow: () => {}, stop: () => {} };

  it('gives the banner its own schedule in the RetryState shape', () => {
    const { retry, follows } = bannerRetryState(
      { ...base, decision: retry6(), attempt: 2, maxAttempts: 4 },
      actions,
    );
    expect(follows).toBe(false);
    expect(retry).toMatchObject({
      attempt: 2,
      maxAttempts: 4,
      nextAttemptAt: SEEN + 6000,
      paused: false,
      willRetry: true,
      reason: 'retry',
      stopped: false,
    });
  });

  it('after "Stop" no retry is scheduled and the state says stopped', () => {
    const { retry } = bannerRetryState({ ...base, decision: retry6(), phase: 'stopped' }, actions);
    expect(retry).toMatchObject({ willRetry: false, nextAttemptAt: undefined, stopped: true });
  });

  it('passes a live state through with the banner’s own actions', () => {
    const state = live({});
    const { retry, follows } = bannerRetryState({ ...base, live: state }, actions);
    expect(follows).toBe(true);
    expect(retry).toMatchObject({ nextAttemptAt: state.nextAttemptAt, retryNow: actions.retryNow });
  });
});

function retry6(): RetryDecision {
  return retry(6000);
}
