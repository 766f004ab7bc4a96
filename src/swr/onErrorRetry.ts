import type { SWRConfiguration } from 'swr';
import { retryWait } from '../headless/retryWait';
import { defaultKit } from '../kit/errorKit';
import type { ErrorKit } from '../kit/types';
import { swrRetries } from './tracker';

/** SWR's `onErrorRetry`. */
export type OnErrorRetry = NonNullable<SWRConfiguration['onErrorRetry']>;

/**
 * An `onErrorRetry` that keeps a backoff and reads the server's wait: no retry for validation,
 * auth, permission, not-found, conflict or cancelled errors, exactly the server's `Retry-After`
 * for 429/503, full-jitter backoff otherwise, never a POST/PATCH without an `Idempotency-Key`,
 * waits over a minute left to the banner, at most the kit's `maxRetries` (SWR's
 * `errorRetryCount` when smaller). While offline the retry waits for the network.
 */
export function errorkitOnErrorRetry(kit: ErrorKit = defaultKit()): OnErrorRetry {
  return (error, key, config, revalidate, options) => {
    const failures = options.retryCount;
    const maxRetries = Math.min(
      kit.retryOptions.maxRetries ?? 3,
      config.errorRetryCount ?? Number.POSITIVE_INFINITY,
    );
    const decided = kit.retryDecision(error, failures - 1);
    const decision =
      decided.retry && failures > maxRetries
        ? { retry: false, delayMs: 0, reason: 'exhausted' as const }
        : decided;
    const entry = {
      raw: error,
      failureCount: failures,
      decision,
      maxRetries,
      nextAttemptAt: undefined as number | undefined,
      running: false,
      stopped: false,
      retryNow: () => {},
      stop: () => {},
    };
    if (!decision.retry) return swrRetries.set(key, entry);
    const wait = retryWait(decision.delayMs);
    swrRetries.set(key, {
      ...entry,
      nextAttemptAt: Date.now() + decision.delayMs,
      running: true,
      retryNow: wait.now,
      stop: wait.stop,
    });
    void wait.done.then((end) => {
      if (end === 'retry') void revalidate(options);
      else swrRetries.set(key, { ...entry, stopped: true });
    });
  };
}

/** The kit's retries as SWR options: `<SWRConfig value={swrConfig(kit)}>`. */
export function swrConfig(kit: ErrorKit = defaultKit()): Pick<SWRConfiguration, 'onErrorRetry'> {
  return { onErrorRetry: errorkitOnErrorRetry(kit) };
}
