'use client';
import { useCallback, useEffect } from 'react';
import { useSelector } from 'react-redux';
import { type UseRetryStateResult, useTrackedRetry } from '../react/useTrackedRetry';
import { queryKeyOf } from './apiState';
import { errorInput } from './errorInput';
import { rtkResends, rtkRetries } from './tracker';

export type { UseRetryStateResult } from '../react/useTrackedRetry';

/** The fields of an RTK Query hook's result the hook reads (a query's or a mutation's). */
export interface RtkRetrySource {
  error?: unknown;
  requestId?: string | undefined;
  isFetching?: boolean | undefined;
  isLoading?: boolean | undefined;
  /** A query's. */
  refetch?: (() => unknown) | undefined;
  /** A mutation's arguments, sent again by "Try again" through `trigger`. */
  originalArgs?: unknown;
}

/**
 * The classified error of an RTK Query query or mutation and its live retry state for
 * `ErrorDisplay` / `RetryBanner`: attempt n of m and `nextAttemptAt` as `errorkitBaseQuery`
 * schedules it, paused while offline, `retryNow()` and `stop()`. For a mutation pass its trigger
 * (`const [save, saving] = useSaveMutation()` → `useRetryState(saving, save)`), so "Try again"
 * sends the same arguments.
 */
export function useRetryState(
  result: RtkRetrySource,
  trigger?: (args: never) => unknown,
): UseRetryStateResult {
  const key = useSelector((state: unknown) => queryKeyOf(state, result.requestId));
  const { refetch, originalArgs, requestId } = result;
  useEffect(() => {
    if (!trigger || refetch || requestId === undefined) return;
    const send = async () => {
      const sent = trigger(originalArgs as never) as { unwrap?: () => Promise<unknown> };
      return typeof sent?.unwrap === 'function' ? sent.unwrap() : sent;
    };
    rtkResends.set(requestId, send);
    return () => {
      if (rtkResends.get(requestId) === send) rtkResends.delete(requestId);
    };
  }, [trigger, refetch, requestId, originalArgs]);
  const again = useCallback(() => {
    if (refetch) void refetch();
    else trigger?.(originalArgs as never);
  }, [refetch, trigger, originalArgs]);
  return useTrackedRetry({
    tracker: rtkRetries,
    key,
    error: result.error,
    fetching: result.isFetching === true || result.isLoading === true,
    again,
    input: errorInput,
    mutation: refetch === undefined,
  });
}
