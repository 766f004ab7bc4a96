import { describe, expect, it } from 'vitest';
import type { RetryDecision } from '../../src/core';
import { type RetryStateInput, retryState } from '../../src/headless/retryState';

const AT = 1_000_000;
const retryIn = (delayMs: number): RetryDecision => ({ retry: true, delayMs, reason: 'retry' });
const retryNow = () => {};
const stop = () => {};
const facts = (over: Partial<RetryStateInput> = {}): RetryStateInput => ({
  decision: retryIn(4000),
  failureCount: 1,
  maxRetries: 3,
  nextAttemptAt: AT + 4000,
  running: true,
  stopped: false,
  retryNow,
  stop,
  ...over,
});

describe('retryState', () => {
  it('a scheduled retry: which retry is next, when it leaves, and the actions as given', () => {
    expect(retryState(facts())).toEqual({
      attempt: 1,
      maxRetries: 3,
      nextAttemptAt: AT + 4000,
      paused: false,
      willRetry: true,
      reason: 'retry',
      stopped: false,
      retryNow,
      stop,
    });
  });

  it('no retry once the request is no longer running, or the user stopped it', () => {
    for (const over of [{ running: false }, { stopped: true }]) {
      expect(retryState(facts({ failureCount: 2, ...over }))).toMatchObject({
        attempt: 1,
        nextAttemptAt: undefined,
        willRetry: false,
        paused: false,
      });
    }
    expect(retryState(facts({ stopped: true })).stopped).toBe(true);
  });

  it('a decision not to retry keeps its reason; the retries made are counted', () => {
    const decision: RetryDecision = { retry: false, delayMs: 0, reason: 'exhausted' };
    expect(retryState(facts({ decision, failureCount: 4 }))).toMatchObject({
      attempt: 3,
      willRetry: false,
      reason: 'exhausted',
      nextAttemptAt: undefined,
    });
    expect(retryState(facts({ decision, failureCount: 1 })).attempt).toBe(0);
  });

  it('paused offline, unfocused, or held back by the library, in that order', () => {
    expect(retryState(facts({ online: false, focused: false })).paused).toBe('offline');
    expect(retryState(facts({ focused: false })).paused).toBe('unfocused');
    expect(retryState(facts({ requestPaused: true })).paused).toBe('offline');
    expect(retryState(facts({ online: false, running: false })).paused).toBe(false);
  });
});
