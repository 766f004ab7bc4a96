'use client';

import {
  focusManager,
  onlineManager,
  type Query,
  type QueryClient,
  type UseMutationResult,
  type UseQueryResult,
  useQueryClient,
} from '@tanstack/react-query';
import { useCallback, useMemo, useSyncExternalStore } from 'react';
import { type ClassifiedError, retryDecision } from '../core';
import { type RetryState, retryState } from '../headless/retryState';
import { useErrorKit } from '../react/kitContext';
import { useClassifiedError } from '../react/useClassifiedError';
import { markRetryStopped, readRetrySchedule } from './retrySchedule';

/** The fields of a `useQuery` (or `useInfiniteQuery`, `useSuspenseQuery`) result the hook reads. */
export type QueryRetrySource = Pick<
  UseQueryResult<unknown, unknown>,
  'error' | 'failureCount' | 'failureReason' | 'fetchStatus' | 'refetch'
>;

/** The fields of a `useMutation` result the hook reads. */
export interface MutationRetrySource<TVariables = unknown>
  extends Pick<
    UseMutationResult<unknown, unknown, TVariables, unknown>,
    'error' | 'failureCount' | 'failureReason' | 'isPaused' | 'status' | 'variables'
  > {
  mutate: (variables: TVariables) => void;
}

/** What {@link useRetryState} accepts: the result of `useQuery` (or kin) or `useMutation`. */
export type RetryStateSource<TVariables = unknown> =
  | QueryRetrySource
  | MutationRetrySource<TVariables>;

/** The result of {@link useRetryState}. */
export interface UseRetryStateResult {
  /** The latest failure, classified; `undefined` when there is none. */
  error: ClassifiedError | undefined;
  /** The live retry state for it; `undefined` when there is no failure. */
  retry: RetryState | undefined;
}

/** Options of {@link useRetryState}. */
export interface UseRetryStateOptions {
  /**
   * The most retries, for errors that did not go through `retryPolicy` (whose own wins).
   * @default 3
   */
  maxRetries?: number;
}

const subscribeOnline = (listener: () => void) => onlineManager.subscribe(listener);
const readOnline = () => onlineManager.isOnline();
const subscribeFocus = (listener: () => void) => focusManager.subscribe(listener);
const readFocus = () => focusManager.isFocused();
const serverTrue = () => true;

function findQuery(client: QueryClient, error: unknown): Query | undefined {
  return client
    .getQueryCache()
    .getAll()
    .find((query) => query.state.fetchFailureReason === error || query.state.error === error);
}

/**
 * The classified error of a query or mutation result plus its live retry state, ready for
 * `RetryBanner`'s `retry`. `nextAttemptAt` is the real schedule when `retryPolicy()` is in the
 * client's options, as it records the delay TanStack then sleeps. It re-renders only when the
 * result, the network or the page's focus changes, never on a timer. TanStack cannot cancel a
 * mutation's pending retry, so there `stop()` only stops the countdown.
 */
export function useRetryState<TVariables = unknown>(
  result: RetryStateSource<TVariables>,
  options: UseRetryStateOptions = {},
): UseRetryStateResult {
  const client = useQueryClient();
  const online = useSyncExternalStore(subscribeOnline, readOnline, serverTrue);
  const focused = useSyncExternalStore(subscribeFocus, readFocus, serverTrue);
  const isQuery = 'fetchStatus' in result;

  // A query result's `failureCount` / `failureReason` are its `fetchFailureCount` /
  // `fetchFailureReason`: they count the failures of the current fetch.
  const failure: unknown = result.failureReason;
  const raw: unknown = failure ?? result.error;
  const failureCount = result.failureCount;
  // A failure is retrying while its request is still running (waiting, paused or in flight).
  const running = isQuery ? result.fetchStatus !== 'idle' : result.status === 'pending';
  const pausedNow = isQuery ? result.fetchStatus === 'paused' : result.isPaused;
  const error = useClassifiedError(raw);
  const schedule = readRetrySchedule(raw);
  const stopped = schedule?.stopped ?? false;

  // A query result has no `mutate` or `variables`, a mutation result no `refetch`.
  const { refetch, mutate, variables } = result as Partial<
    QueryRetrySource & MutationRetrySource<TVariables>
  >;

  const retryNow = useCallback(() => {
    if (refetch) {
      // `refetch({ cancelRefetch: true })` alone only replaces a fetch of a query that has data;
      // cancelling first ends the wait in every case, and the refetch starts a new request now.
      const query = findQuery(client, raw);
      if (query && query.state.fetchStatus !== 'idle') void query.cancel({ silent: true });
      void refetch({ cancelRefetch: true });
    } else {
      mutate?.(variables as TVariables);
    }
  }, [client, raw, refetch, mutate, variables]);

  const stop = useCallback(() => {
    markRetryStopped(raw);
    // TanStack cannot cancel a mutation's pending retry from outside; the banner shows it stopped.
    if (!refetch) return;
    const query = findQuery(client, raw);
    if (!query || query.state.fetchStatus === 'idle') return;
    const { state } = query;
    // Revert cancels the retry without recording a cancellation error; then the query is left
    // exactly as if the policy had not retried: in error, with this failure.
    void query.cancel({ revert: true });
    query.setState({
      status: 'error',
      error: raw as Error,
      errorUpdateCount: state.errorUpdateCount + 1,
      errorUpdatedAt: Date.now(),
      fetchFailureCount: state.fetchFailureCount,
      fetchFailureReason: raw as Error,
      fetchStatus: 'idle',
      isInvalidated: true,
    });
  }, [client, raw, refetch]);

  const kit = useErrorKit();
  const rules = kit.retryOptions;
  const maxDefault = options.maxRetries ?? rules.maxRetries ?? 3;
  const retry = useMemo((): RetryState | undefined => {
    if (!error) return undefined;
    const maxRetries = schedule?.maxRetries ?? maxDefault;
    // Without `retryPolicy` no retry is known to be scheduled; the reason is worked out again.
    const decision = schedule?.decision ?? {
      ...retryDecision(error, Math.max(0, failureCount - 1), {
        ...rules,
        maxRetries,
        mutation: !isQuery,
      }),
      retry: false,
    };
    return retryState({
      decision,
      failureCount,
      maxRetries,
      nextAttemptAt: schedule?.nextAttemptAt,
      running: running && raw === failure,
      stopped,
      online,
      focused,
      requestPaused: pausedNow,
      retryNow,
      stop,
    });
  }, [
    raw,
    error,
    schedule,
    maxDefault,
    rules,
    failureCount,
    isQuery,
    running,
    failure,
    stopped,
    online,
    focused,
    pausedNow,
    retryNow,
    stop,
  ]);

  return { error, retry };
}
