import { useState } from 'react';
import { type ClassifiedError, type RetryOptions, retryDecision } from '../../core';
import type { RetryState } from '../../headless/retryState';
import { useErrorKit } from '../../react/ErrorKitProvider';
import { type BannerRetry, bannerRetryState, type RetryBannerSchedule } from './retryBannerState';

/** The banner props its schedule is made of. */
export interface BannerRetryOptions {
  onRetry?: (() => void) | undefined;
  onStop?: (() => void) | undefined;
  retryAt?: number | undefined;
  attempt?: number | undefined;
  maxAttempts?: number | undefined;
  retryOptions?: RetryOptions | undefined;
  retryState?: RetryState | undefined;
}

/** What {@link useBannerRetry} gives the banner. */
export interface BannerRetryResult extends BannerRetry {
  phase: RetryBannerSchedule['phase'];
  /** There is a way to retry (`onRetry`, or the live state's `retryNow`). */
  canRetry: boolean;
  /** Called when the countdown ends. */
  onElapsed: () => void;
  /** A new object per error, schedule and phase: what the banner announces once. */
  event: object;
}

/** What the banner captures when it first shows an error. */
interface Captured {
  error: ClassifiedError | undefined;
  key: string;
  seenAt: number;
  decision: RetryBannerSchedule['decision'];
  phase: RetryBannerSchedule['phase'];
}

/**
 * The banner's retry schedule as one `RetryState`: the data library's live one (`retryState`),
 * or the banner's own, captured when it first shows the error (the "store information from
 * previous renders" pattern: re-renders with the same error keep the same deadline). Its
 * `retryNow` and `stop` note what the user did, so the banner shows it at once.
 */
export function useBannerRetry(
  classified: ClassifiedError | undefined,
  options: BannerRetryOptions,
  online: boolean,
): BannerRetryResult {
  const {
    onRetry,
    onStop,
    retryAt,
    attempt,
    maxAttempts,
    retryOptions,
    retryState: live,
  } = options;
  const { now } = useErrorKit();
  // With a live retry state, its values are the schedule: a new failure (or a stop) starts over.
  const ownAttempt = live ? live.attempt : attempt;
  const ownMax = live ? live.maxAttempts : maxAttempts;
  const key = `${ownAttempt}/${ownMax}/${live ? live.nextAttemptAt : retryAt}`;
  const capture = (): Captured => ({
    error: classified,
    key,
    seenAt: now(),
    phase: undefined,
    // The banner renders nothing for an error that is not retryable, whatever this decides.
    decision:
      classified &&
      retryDecision(classified, Math.max(0, (ownAttempt ?? 1) - 1), {
        // Without a server hint, the banner waits the backoff's ceiling: a steady wait.
        random: () => 1,
        ...retryOptions,
        ...(ownMax === undefined ? {} : { maxRetries: ownMax }),
      }),
  });
  const [captured, setCaptured] = useState(capture);
  let current = captured;
  if (captured.error !== classified || captured.key !== key) {
    current = capture();
    setCaptured(current);
  }
  const send = live ? live.retryNow : onRetry;
  // Plain functions: the banner only hands them to its buttons and its countdown, which calls
  // the latest one.
  const setPhase = (phase: Captured['phase']) =>
    setCaptured((previous) => (previous.phase === phase ? previous : { ...previous, phase }));
  const retryNow = () => {
    setPhase('retried');
    send?.();
  };
  const shown = bannerRetryState(
    { ...current, live, retryAt, online, attempt, maxAttempts },
    {
      retryNow,
      stop: () => {
        setPhase('stopped');
        if (shown.follows) live?.stop();
        onStop?.();
      },
    },
  );
  return {
    ...shown,
    phase: current.phase,
    canRetry: send !== undefined,
    // The live countdown only notes that the request has left: the library sends it.
    onElapsed: shown.follows ? () => setPhase('retried') : retryNow,
    event: current,
  };
}
