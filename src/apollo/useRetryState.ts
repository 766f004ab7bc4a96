'use client';
import { useCallback } from 'react';
import { type UseRetryStateResult, useTrackedRetry } from '../react/useTrackedRetry';
import { operationKey } from './operationKey';
import { apolloRetries } from './tracker';

export type { UseRetryStateResult } from '../react/useTrackedRetry';

/** The fields of a `useQuery` result the hook reads. */
export interface ApolloRetrySource {
  error?: unknown;
  loading: boolean;
  variables?: unknown;
  observable?: { readonly queryName?: string | undefined } | undefined;
  refetch?: (() => unknown) | undefined;
}

/**
 * The classified error of an Apollo `useQuery` result (or a mutation's, with `again` sending it
 * once more) and its live retry state for `ErrorDisplay` / `RetryBanner`: attempt n of m and
 * `nextAttemptAt` as `retryLink` schedules it, paused while offline, `retryNow()` and `stop()`.
 */
export function useRetryState(
  result: ApolloRetrySource,
  again?: () => unknown,
): UseRetryStateResult {
  const name = result.observable?.queryName;
  const { refetch } = result;
  const sendAgain = useCallback(() => {
    if (again) void again();
    else void Promise.resolve(refetch?.()).catch(() => {});
  }, [again, refetch]);
  return useTrackedRetry({
    tracker: apolloRetries,
    key: name === undefined ? undefined : operationKey(name, result.variables),
    error: result.error,
    fetching: result.loading,
    again: sendAgain,
    mutation: refetch === undefined,
  });
}
