import type { ClassifiedError } from './types';

/** Options for {@link retryDecision}. */
export interface RetryOptions {
  /**
   * Most automatic retries after the first failure.
   * @default 3
   */
  maxRetries?: number;
  /**
   * Longest server wait hint that is still retried automatically; above it the wait is left
   * to the UI (a banner's countdown).
   * @default 60_000
   */
  maxRetryAfterMs?: number;
  /**
   * First backoff step in ms; it doubles per failure.
   * @default 1000
   */
  baseDelayMs?: number;
  /**
   * Backoff cap in ms.
   * @default 30_000
   */
  maxDelayMs?: number;
  /**
   * Retry POST, PATCH and unknown-method mutations even without an `Idempotency-Key`.
   * @default false
   */
  retryNonIdempotent?: boolean;
  /**
   * The failed request was a mutation, so an unknown method is treated as non-idempotent.
   * @default false
   */
  mutation?: boolean;
  /**
   * Source of randomness in [0, 1) for full jitter.
   * @default Math.random
   */
  random?: () => number;
}

/** Why {@link retryDecision} decided as it did. */
export type RetryReason =
  | 'retry'
  | 'not-retryable'
  | 'not-idempotent'
  | 'exhausted'
  | 'wait-too-long';

/** Whether to retry automatically, and after how long. */
export interface RetryDecision {
  retry: boolean;
  /** Wait before the retry; with `wait-too-long`, the server's wait that the UI should show. */
  delayMs: number;
  reason: RetryReason;
}

function isIdempotent(error: ClassifiedError, options: RetryOptions): boolean {
  if (options.retryNonIdempotent || error.idempotencyKey) return true;
  if (error.method === undefined) return !options.mutation;
  return !['POST', 'PATCH'].includes(error.method.toUpperCase());
}

/**
 * Decides whether a failed request should be retried automatically. Never retries kinds that
 * cannot succeed later, nor non-idempotent requests unless they carried an `Idempotency-Key`
 * or the caller opts in. Honours the server's wait hint; otherwise full-jitter exponential
 * backoff.
 *
 * @param failureCount - failures before this one (0 on the first failure, as TanStack Query counts).
 */
export function retryDecision(
  error: ClassifiedError,
  failureCount: number,
  options: RetryOptions = {},
): RetryDecision {
  const {
    maxRetries = 3,
    maxRetryAfterMs = 60_000,
    baseDelayMs = 1000,
    maxDelayMs = 30_000,
    random = Math.random,
  } = options;
  if (!error.retryable) return { retry: false, delayMs: 0, reason: 'not-retryable' };
  if (!isIdempotent(error, options)) return { retry: false, delayMs: 0, reason: 'not-idempotent' };
  const hint = error.retryAfterMs;
  if (hint !== undefined && hint > maxRetryAfterMs) {
    return { retry: false, delayMs: hint, reason: 'wait-too-long' };
  }
  if (!(failureCount < maxRetries)) return { retry: false, delayMs: 0, reason: 'exhausted' };
  if (hint !== undefined) return { retry: true, delayMs: hint, reason: 'retry' };
  const ceiling = Math.min(maxDelayMs, baseDelayMs * 2 ** Math.max(0, failureCount));
  const jitter = Math.min(Math.max(random(), 0), 1);
  return { retry: true, delayMs: Math.floor(jitter * ceiling), reason: 'retry' };
}
