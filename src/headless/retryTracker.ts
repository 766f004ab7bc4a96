import type { RetryDecision } from '../core';

/** A request's latest failure and its pending retry, as a data library's adapter schedules it. */
export interface TrackedRetry {
  /** The failure as the adapter classifies it (may carry headers the library's error lacks). */
  raw: unknown;
  /** Failures so far, 1 for the first. */
  failureCount: number;
  decision: RetryDecision;
  maxRetries: number;
  /** When the adapter sends the next request (ms since the epoch). */
  nextAttemptAt: number | undefined;
  /** Waiting for the retry or sending it. */
  running: boolean;
  stopped: boolean;
  retryNow: () => void;
  stop: () => void;
}

/** Live retries by request key, framework-free; hooks read it, adapters write it. */
export interface RetryTracker {
  get(key: string): TrackedRetry | undefined;
  set(key: string, entry: TrackedRetry | undefined): void;
  subscribe(listener: () => void): () => void;
}

export function createRetryTracker(): RetryTracker {
  const entries = new Map<string, TrackedRetry>();
  const listeners = new Set<() => void>();
  return {
    get: (key) => entries.get(key),
    set(key, entry) {
      if (entry) entries.set(key, entry);
      else if (!entries.delete(key)) return;
      for (const listener of [...listeners]) listener();
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
  };
}
