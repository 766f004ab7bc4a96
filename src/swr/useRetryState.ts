'use client';
import { useCallback } from 'react';
import { type Key, unstable_serialize } from 'swr';
import { type UseRetryStateResult, useTrackedRetry } from '../react/useTrackedRetry';
import { swrRetries } from './tracker';

export type { UseRetryStateResult } from '../react/useTrackedRetry';

/** The fields of a `useSWR` result the hook reads. */
export interface SWRRetrySource {
  error?: unknown;
  mutate: () => unknown;
}

/**
 * The classified error of a `useSWR` result and its live retry state for `ErrorDisplay` /
 * `RetryBanner`: attempt n of m and `nextAttemptAt` as `errorkitOnErrorRetry` schedules it, paused
 * while offline, `retryNow()` and `stop()`. Pass the same key as to `useSWR`.
 */
export function useRetryState(result: SWRRetrySource, key: Key): UseRetryStateResult {
  const serialized = unstable_serialize(key);
  const { mutate } = result;
  const again = useCallback(() => void mutate(), [mutate]);
  return useTrackedRetry({
    tracker: swrRetries,
    key: serialized || undefined,
    error: result.error,
    // SWR keeps the failure as `error` while it waits and retries.
    fetching: false,
    again,
  });
}
