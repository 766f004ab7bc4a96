import type { RetryDecision, RetryReason } from '../core';

/** The live retry state of a failed request, framework-free; rendered by `RetryBanner`. */
export interface RetryState {
  /** While `willRetry`: the retry about to happen, 1 for the first; else the retries made. */
  attempt: number;
  maxRetries: number;
  /** When the next request leaves (ms since the epoch), the real schedule; else `undefined`. */
  nextAttemptAt: number | undefined;
  paused: false | 'offline' | 'unfocused';
  willRetry: boolean;
  reason: RetryReason;
  /** The user cancelled the pending retry with `stop()`. */
  stopped: boolean;
  /** Cancels the wait and sends the request at once; after the retries ended, tries again. */
  retryNow: () => void;
  /** Cancels the pending retry so nothing more is sent; the error stays shown. */
  stop: () => void;
}

/** What {@link retryState} is built from: plain facts about one failure and its request. */
export interface RetryStateInput extends Pick<RetryState, 'maxRetries' | 'retryNow' | 'stop'> {
  /** The decision for this failure; its `retry` says whether a retry is scheduled. */
  decision: RetryDecision;
  /** Failures so far, 1 for the first. */
  failureCount: number;
  nextAttemptAt: number | undefined;
  /** The request still goes on: waiting for its retry, paused or in flight. */
  running: boolean;
  stopped: boolean;
  online?: boolean;
  focused?: boolean;
  /** The data library holds the request back until the network is back. */
  requestPaused?: boolean;
}

/** The one place a `RetryState` is made, for any data library's adapter. */
export function retryState(input: RetryStateInput): RetryState {
  const { decision, failureCount, online = true, focused = true } = input;
  const willRetry = input.running && !input.stopped && decision.retry;
  return {
    attempt: willRetry ? failureCount : Math.max(0, failureCount - 1),
    maxRetries: input.maxRetries,
    nextAttemptAt: willRetry ? input.nextAttemptAt : undefined,
    paused:
      willRetry &&
      (!online ? 'offline' : !focused ? 'unfocused' : input.requestPaused ? 'offline' : false),
    willRetry,
    reason: decision.reason,
    stopped: input.stopped,
    retryNow: input.retryNow,
    stop: input.stop,
  };
}
