import type { RetryDecision } from '../core';
import { defaultKit } from '../kit/errorKit';
import type { ErrorKit } from '../kit/types';
import { recordRetrySchedule } from './retrySchedule';

/** `retry` and `retryDelay` in TanStack Query's own shapes. */
export interface RetryPolicy {
  retry: (failureCount: number, error: unknown) => boolean;
  retryDelay: (failureCount: number, error: unknown) => number;
}

/** Options of {@link retryPolicy}. */
export interface RetryPolicyOptions {
  /**
   * The policy is for mutations: a request of unknown method is not retried automatically.
   * @default false
   */
  mutation?: boolean;
}

/**
 * TanStack Query retries by the kit's rules: exactly the server's `Retry-After` for 429/503, and
 * never a POST/PATCH without an `Idempotency-Key`, as it could apply twice.
 * @param kit The app's `errorKit(...)`, shared with the components so a failure is classified once.
 */
export function retryPolicy(
  kit: ErrorKit = defaultKit(),
  options: RetryPolicyOptions = {},
): RetryPolicy {
  const mutation = options.mutation === true;
  // TanStack calls `retryDelay` and then `retry` with the same failure: decide once for both.
  let last: { error: unknown; failureCount: number; decision: RetryDecision } | undefined;
  const decide = (failureCount: number, error: unknown): RetryDecision => {
    if (last && last.error === error && last.failureCount === failureCount) return last.decision;
    const decision = kit.retryDecision(error, failureCount, { mutation });
    last = { error, failureCount, decision };
    return decision;
  };
  return {
    retry: (failureCount, error) => decide(failureCount, error).retry,
    retryDelay: (failureCount, error) => {
      // TanStack sleeps exactly this delay: publish when the next request leaves.
      const decision = decide(failureCount, error);
      recordRetrySchedule(error, failureCount, decision, kit.retryOptions.maxRetries ?? 3);
      return decision.delayMs;
    },
  };
}

/** Both presets at once, so mutations are not forgotten: `defaultOptions: retryDefaults(kit)`. */
export function retryDefaults(kit: ErrorKit = defaultKit()): {
  queries: RetryPolicy;
  mutations: RetryPolicy;
} {
  return { queries: retryPolicy(kit), mutations: retryPolicy(kit, { mutation: true }) };
}
