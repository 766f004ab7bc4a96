import type { RetryDecision } from '../core';

/** What `retryPolicy` decided for one failure, and when TanStack Query will send the next request. */
export interface RetrySchedule {
  /** Failures before this one, as TanStack counts (0 on the first failure). */
  failureCount: number;
  decision: RetryDecision;
  maxRetries: number;
  /** When TanStack asked for the delay, in ms since the epoch. */
  scheduledAt: number;
  /** `scheduledAt + delayMs`: TanStack sleeps exactly that (longer only if paused). */
  nextAttemptAt: number | undefined;
  /** `stop()` cancelled the pending retry. */
  stopped: boolean;
}

// Keyed by the failure's error object: every failed request throws a new one, and TanStack hands
// the same object to `retryDelay`, `retry` and the query's `fetchFailureReason`.
const schedules = new WeakMap<object, RetrySchedule>();

const isKey = (error: unknown): error is object =>
  (typeof error === 'object' && error !== null) || typeof error === 'function';

/** Records the schedule for a failure (called by `retryPolicy` when TanStack asks for the delay). */
export function recordRetrySchedule(
  error: unknown,
  failureCount: number,
  decision: RetryDecision,
  maxRetries: number,
  now: number = Date.now(),
): void {
  if (!isKey(error)) return;
  schedules.set(error, {
    failureCount,
    decision,
    maxRetries,
    scheduledAt: now,
    nextAttemptAt: decision.retry ? now + decision.delayMs : undefined,
    stopped: false,
  });
}

/** The schedule `retryPolicy` recorded for this failure, if it went through one. */
export function readRetrySchedule(error: unknown): RetrySchedule | undefined {
  return isKey(error) ? schedules.get(error) : undefined;
}

export function markRetryStopped(error: unknown): void {
  const schedule = readRetrySchedule(error);
  // A schedule is only found for an object key.
  if (schedule) schedules.set(error as object, { ...schedule, stopped: true });
}
