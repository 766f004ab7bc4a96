'use client';

import { useState } from 'react';
import {
  type ClassifiedError,
  type RetryDecision,
  type RetryOptions,
  retryDecision,
} from '../../core';
import { type RetryState, retryState } from '../../headless/retryState';
import { useErrorKit } from '../../react/kitContext';
import type { RetryBannerInput, RetryBannerPhase } from './retryBannerState';

/** A banner's own retries, when no data library schedules them; plus `retryDecision`'s options. */
export interface StandaloneRetry extends RetryOptions {
  /** Sends the request again. Without it there is no countdown and no button. */
  onRetry?: (() => void) | undefined;
  onStop?: (() => void) | undefined;
  /** When the next attempt is due (ms since the epoch). Without it: `Retry-After`, else backoff. */
  retryAt?: number | undefined;
  /** Which retry the countdown leads to, 1 for the first; shown as "Attempt n of m" when given. */
  attempt?: number | undefined;
}

export interface BannerRetryResult extends Omit<RetryBannerInput, 'exhausted'> {
  onElapsed: () => void;
  /** A new object per error, schedule and phase: what the banner announces once. */
  event: object;
}

interface Captured {
  error: ClassifiedError | undefined;
  key: string;
  seenAt: number;
  decision: RetryDecision | undefined;
  phase: RetryBannerPhase;
  /** Failures of this request so far, counted by the banner itself when no one gives `attempt`. */
  failures: number;
}

// A refetch (`router.refresh()`, a route's revalidation) fails with a new error object: the same
// failure is the same kind, status and code.
const sameFailure = (a: ClassifiedError | undefined, b: ClassifiedError | undefined) =>
  a !== undefined &&
  b !== undefined &&
  a.kind === b.kind &&
  a.status === b.status &&
  a.code === b.code;

const SECOND = 1000;
const UNDECIDED: RetryDecision = { retry: true, delayMs: 0, reason: 'retry' };

/**
 * The banner's retries as one `RetryState`. Its own schedule is captured when it first shows the
 * error, so re-renders with the same error keep the same deadline.
 */
export function useBannerRetry(
  classified: ClassifiedError | undefined,
  retry: RetryState | StandaloneRetry | undefined,
  online: boolean,
): BannerRetryResult {
  const kit = useErrorKit();
  const live = retry && 'retryNow' in retry ? retry : undefined;
  const own: StandaloneRetry = live ? {} : (retry ?? {});
  const decisionOptions: RetryOptions = live ? { maxRetries: live.maxRetries } : own;
  // With a live retry state, its values are the schedule: a new failure (or a stop) starts over.
  const attempt = live ? live.attempt : own.attempt;
  const key = `${attempt}/${decisionOptions.maxRetries}/${live ? live.nextAttemptAt : own.retryAt}`;
  const capture = (previous?: Captured): Captured => {
    // After the banner sent a retry, the same failure again is the next attempt, not a new one.
    const failures =
      attempt ??
      (previous?.phase === 'retried' && sameFailure(previous.error, classified)
        ? previous.failures + 1
        : 1);
    return {
      error: classified,
      key,
      seenAt: kit.now(),
      phase: undefined,
      failures,
      // The banner renders nothing for an error that is not retryable, whatever this decides.
      decision:
        classified &&
        retryDecision(classified, Math.max(0, failures - 1), {
          ...kit.retryOptions,
          // Without a server hint, the banner waits the backoff's ceiling: a steady wait.
          random: () => 1,
          ...decisionOptions,
        }),
    };
  };
  const [captured, setCaptured] = useState(() => capture());
  let current = captured;
  if (captured.error !== classified || captured.key !== key) {
    current = capture(captured);
    setCaptured(current);
  }
  const send = live ? live.retryNow : own.onRetry;
  // A live state follows the library, unless its wait is too long for automatic retries.
  const follows =
    live !== undefined && (live.willRetry || live.stopped || live.reason !== 'wait-too-long');
  // Plain functions: the countdown calls the latest one.
  const setPhase = (phase: RetryBannerPhase) =>
    setCaptured((previous) => (previous.phase === phase ? previous : { ...previous, phase }));
  const retryNow = () => {
    setPhase('retried');
    send?.();
  };
  const stop = () => {
    setPhase('stopped');
    if (follows) live.stop();
    own.onStop?.();
  };
  const { phase, seenAt, failures } = current;
  const decision = current.decision ?? UNDECIDED;
  return {
    retry: follows
      ? { ...live, retryNow, stop }
      : retryState({
          // The banner counts down any wait the server asks for, even one too long to retry
          // automatically: that wait is what it is there to show.
          decision: {
            ...decision,
            retry:
              own.retryAt !== undefined || decision.retry || decision.reason === 'wait-too-long',
          },
          failureCount: failures,
          maxRetries: own.maxRetries ?? kit.retryOptions.maxRetries ?? 3,
          // Exactly the server's wait, at least a second so a zero wait is no burst of requests.
          nextAttemptAt: own.retryAt ?? seenAt + Math.max(decision.delayMs, SECOND),
          running: phase !== 'retried',
          stopped: phase === 'stopped',
          // Offline, a library holds the request `retryNow()` starts: only the banner's own waits.
          online: online || live !== undefined,
          retryNow,
          stop,
        }),
    follows,
    showAttempt: follows || (!live && (own.attempt !== undefined || failures > 1)),
    phase,
    canRetry: send !== undefined,
    // The live countdown only notes that the request has left: the library sends it.
    onElapsed: follows ? () => setPhase('retried') : retryNow,
    event: current,
  };
}
