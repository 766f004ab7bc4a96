import type { RetryReason } from '../core';

/**
 * The live retry state of a failed request, framework-free: `errorkit/query`'s `useRetryState`
 * fills it from TanStack Query, and `RetryBanner` / `ErrorDisplay` (`retry.retryState`) render
 * it. Any other data library can fill it too.
 */
export interface RetryState {
  /**
   * While a retry is scheduled (`willRetry`): which retry is about to happen, 1 for the first.
   * Otherwise: how many retries were made (0 when the first failure was not retried).
   */
  attempt: number;
  /** The most automatic retries. */
  maxAttempts: number;
  /**
   * When the next request leaves, in ms since the epoch: the real schedule, not an estimate.
   * `undefined` when no automatic retry is scheduled.
   */
  nextAttemptAt: number | undefined;
  /**
   * Why the scheduled retry waits beyond `nextAttemptAt`: the browser is offline, or the page is
   * hidden. `false` otherwise (and when no retry is scheduled).
   */
  paused: false | 'offline' | 'unfocused';
  /** An automatic retry is scheduled (or in flight). */
  willRetry: boolean;
  /** Why the retry policy decided as it did for the latest failure. */
  reason: RetryReason;
  /** The user cancelled the pending retry with `stop()`. */
  stopped: boolean;
  /** Cancels the wait and sends the request at once; after the retries ended, tries again. */
  retryNow: () => void;
  /** Cancels the pending retry so nothing more is sent; the error stays shown. */
  stop: () => void;
}
