'use client';
import { useMemo, useSyncExternalStore } from 'react';
import type { ClassifiedError } from '../core';
import { type RetryState, retryState } from '../headless/retryState';
import type { RetryTracker } from '../headless/retryTracker';
import { useErrorKit } from './kitContext';
import { useClassifiedError } from './useClassifiedError';
import { useOnline } from './useOnline';

/** The classified error and its live retry state, for `ErrorDisplay` and `RetryBanner`. */
export interface UseRetryStateResult {
  /** The latest failure, classified; `undefined` when there is none. */
  error: ClassifiedError | undefined;
  /** The live retry state for it; `undefined` when there is no failure. */
  retry: RetryState | undefined;
}

/** What an adapter's hook knows of a request. */
export interface TrackedRetrySource {
  tracker: RetryTracker;
  /** The request's key in the tracker; `undefined` when it has none. */
  key: string | undefined;
  /** The library's error for the request, once it gave up. */
  error: unknown;
  /** The library is still fetching the request (its retries run inside the fetch). */
  fetching: boolean;
  /** Sends the request again after the retries ended. */
  again: () => void;
  /** The same failure as the adapter tracked it (with the headers the library's error lacks). */
  input?: (error: unknown) => unknown;
  mutation?: boolean;
}

const noop = () => {};
const never = () => () => {};

/** `{ error, retry }` from an adapter's tracker and the library's own state. */
export function useTrackedRetry(source: TrackedRetrySource): UseRetryStateResult {
  const { tracker, key, fetching, again, mutation = false } = source;
  const entry = useSyncExternalStore(
    key === undefined ? never : tracker.subscribe,
    () => (key === undefined ? undefined : tracker.get(key)),
    () => undefined,
  );
  const online = useOnline();
  const settled = source.error == null ? undefined : (source.input?.(source.error) ?? source.error);
  // Retrying: the library may show no error (RTK Query, Apollo) or the previous one (SWR).
  const live = entry?.running && (fetching || entry.raw === settled) ? entry : undefined;
  const raw = live ? live.raw : settled;
  const error = useClassifiedError(raw);
  const kit = useErrorKit();
  const known = entry && entry.raw === raw ? entry : undefined;
  const retry = useMemo((): RetryState | undefined => {
    if (!error) return undefined;
    const maxRetries = known?.maxRetries ?? kit.retryOptions.maxRetries ?? 3;
    const decision = known?.decision ?? {
      ...kit.retryDecision(error, 0, { mutation }),
      retry: false,
    };
    return retryState({
      decision,
      failureCount: known?.failureCount ?? 1,
      maxRetries,
      nextAttemptAt: known?.nextAttemptAt,
      running: live !== undefined,
      stopped: known?.stopped ?? false,
      online,
      retryNow: live ? live.retryNow : again,
      stop: live ? live.stop : noop,
    });
  }, [error, known, live, kit, mutation, online, again]);
  return { error, retry };
}
