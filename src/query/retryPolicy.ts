import {
  type ClassifiedError,
  type ClassifyOptions,
  classifyError,
  type RetryDecision,
  type RetryOptions,
  retryDecision,
} from '../core';
import type { ErrorKit } from '../react/errorKit';
import { recordRetrySchedule } from './retrySchedule';

/** Options for {@link retryPolicy}: the retry rules plus how errors are classified. */
export interface RetryPolicyOptions extends RetryOptions {
  /**
   * Options for `classifyError` (`codes`, `dialects`, ...).
   * @default {}
   */
  classify?: ClassifyOptions;
}

/** `retry` and `retryDelay` in TanStack Query's own shapes. */
export interface RetryPolicy {
  retry: (failureCount: number, error: unknown) => boolean;
  retryDelay: (failureCount: number, error: unknown) => number;
}

/**
 * TanStack Query retries that respect the server: never for validation, auth, permission,
 * not-found, conflict or cancelled errors; exactly the server's `Retry-After` for 429/503;
 * full-jitter backoff otherwise; never POST/PATCH without an `Idempotency-Key` unless
 * `retryNonIdempotent`; no automatic retry when the server asks for more than
 * `maxRetryAfterMs` (the banner shows that wait instead). Spread it into `defaultOptions`, or
 * use {@link retryDefaults} for both presets:
 *
 * ```ts
 * new QueryClient({
 *   defaultOptions: { queries: retryPolicy(kit), mutations: retryPolicy({ ...kit, mutation: true }) },
 * });
 * ```
 *
 * @param options The rules and `classify` options; or the app's `errorKit(...)` (its `classify`
 *   is used), with rules spread over it when needed (`{ ...kit, maxRetries: 5 }`).
 */
export function retryPolicy(options: RetryPolicyOptions | ErrorKit = {}): RetryPolicy {
  const { classify, ...rules } = options as RetryPolicyOptions;
  // TanStack calls `retryDelay` and then `retry` with the same failure: decide once for both.
  let last: { error: unknown; failureCount: number; decision: RetryDecision } | undefined;
  const decide = (failureCount: number, error: unknown): RetryDecision => {
    if (last && last.error === error && last.failureCount === failureCount) return last.decision;
    const classified: ClassifiedError = classifyError(error, classify);
    const decision = retryDecision(classified, failureCount, rules);
    last = { error, failureCount, decision };
    return decision;
  };
  return {
    retry: (failureCount, error) => decide(failureCount, error).retry,
    retryDelay: (failureCount, error) => {
      // TanStack sleeps exactly this delay: publish when the next request leaves.
      const decision = decide(failureCount, error);
      recordRetrySchedule(error, failureCount, decision, rules.maxRetries ?? 3);
      return decision.delayMs;
    },
  };
}

/**
 * Both presets at once, so mutations are not forgotten:
 * `new QueryClient({ defaultOptions: retryDefaults(kit) })` gives queries `retryPolicy(kit)` and
 * mutations `retryPolicy({ ...kit, mutation: true })`. Takes what `retryPolicy` takes.
 */
export function retryDefaults(options: Omit<RetryPolicyOptions, 'mutation'> | ErrorKit = {}): {
  queries: RetryPolicy;
  mutations: RetryPolicy;
} {
  return { queries: retryPolicy(options), mutations: retryPolicy({ ...options, mutation: true }) };
}
