import type { BaseQueryFn } from '@reduxjs/toolkit/query';
import { retryWait } from '../headless/retryWait';
import { defaultKit } from '../kit/errorKit';
import type { ErrorKit } from '../kit/types';
import { rememberInput } from './errorInput';
import { rtkRetries } from './tracker';

/** Options of {@link errorkitBaseQuery}. */
export interface ErrorkitBaseQueryOptions {
  /**
   * The app's kit, whose `retry` rules decide; the same as the provider's.
   * @default the default kit
   */
  kit?: ErrorKit;
}

/**
 * Wraps a base query (`fetchBaseQuery(...)`) so RTK Query retries by the kit's rules, as RTK's
 * `retry` does but with the server's `Retry-After`: no retry for validation, auth, permission,
 * not-found, conflict or cancelled errors, exactly the server's wait for 429/503, full-jitter
 * backoff otherwise, never a POST/PATCH without an `Idempotency-Key`, waits over a minute left to
 * the banner. While offline the retry waits for the network.
 */
export function errorkitBaseQuery<Query extends BaseQueryFn>(
  baseQuery: Query,
  options: ErrorkitBaseQueryOptions = {},
): Query {
  const kit = options.kit ?? defaultKit();
  const run: BaseQueryFn = async (args, api, extraOptions) => {
    const key = api.queryCacheKey;
    const maxRetries = kit.retryOptions.maxRetries ?? 3;
    for (let failures = 1; ; failures++) {
      const result = await baseQuery(args, api, extraOptions);
      if (result.error === undefined) {
        if (key !== undefined) rtkRetries.set(key, undefined);
        return result;
      }
      const raw = rememberInput(result.error, result.meta);
      const decision = kit.retryDecision(raw, failures - 1, { mutation: api.type === 'mutation' });
      const entry = {
        raw,
        failureCount: failures,
        decision,
        maxRetries,
        nextAttemptAt: undefined as number | undefined,
        running: false,
        stopped: false,
        retryNow: () => {},
        stop: () => {},
      };
      if (!decision.retry || api.signal.aborted) {
        if (key !== undefined) rtkRetries.set(key, entry);
        return result;
      }
      const wait = retryWait(decision.delayMs, api.signal);
      if (key !== undefined) {
        rtkRetries.set(key, {
          ...entry,
          nextAttemptAt: Date.now() + decision.delayMs,
          running: true,
          retryNow: wait.now,
          stop: wait.stop,
        });
      }
      if ((await wait.done) === 'stop') {
        if (key !== undefined) rtkRetries.set(key, { ...entry, stopped: !api.signal.aborted });
        return result;
      }
    }
  };
  return run as Query;
}
