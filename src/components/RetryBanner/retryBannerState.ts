import type { RetryDecision } from '../../core';
import type { RetryState } from '../../headless/retryState';

/**
 * What a retry banner is doing, as its root's `data-state`:
 * - `counting`: the next attempt is due when the countdown ends ("Retry now", "Stop");
 * - `paused`: counting, but the browser is offline; the deadline is kept, and when it passed
 *   while offline the retry goes out as soon as the browser is back online;
 * - `stopped`: the user pressed "Stop"; "Try again" retries by hand;
 * - `exhausted`: no retries left (`exhausted`, or `attempt` beyond `maxAttempts`); "Try again";
 * - `not-allowed`: the request must not be sent again automatically (POST or PATCH without an
 *   `Idempotency-Key`), so nothing is sent twice; "Try again" retries by hand;
 * - `idle`: no countdown: there is no way to retry, or the retry has just been made ("Retry now"
 *   or the countdown ended) and no new error has come yet ("Try again" is offered).
 */
export type RetryBannerState =
  | 'counting'
  | 'paused'
  | 'stopped'
  | 'exhausted'
  | 'not-allowed'
  | 'idle';

/** The banner's actions: the names of its `actions` map, `classNames` and `data-ek-action`. */
export type RetryBannerAction = 'retryNow' | 'stop' | 'tryAgain';

/** What the user (or the countdown) did since the error appeared. */
export type RetryBannerPhase = 'stopped' | 'retried' | undefined;

/** What the banner's own schedule is made of (see {@link bannerRetryState}). */
export interface RetryBannerSchedule {
  /** The data library's live retry state, when it schedules the retries. */
  live?: RetryState | undefined;
  phase?: RetryBannerPhase;
  /** The retry policy's decision for this error (the banner's own schedule). */
  decision?: RetryDecision | undefined;
  /** An app's own deadline (`retryAt`). */
  retryAt?: number | undefined;
  /** When the banner first showed the error, for its own schedule. */
  seenAt: number;
  online: boolean;
  attempt?: number | undefined;
  maxAttempts?: number | undefined;
}

/** The one retry contract the banner renders, from {@link bannerRetryState}. */
export interface BannerRetry {
  /** The live state, or the banner's own schedule as a `RetryState`. */
  retry: RetryState;
  /** The data library sends the next request itself: the countdown's end only notes it left. */
  follows: boolean;
  /** Whether "Attempt n of m" is shown while counting. */
  showAttempt: boolean;
}

const SECOND = 1000;

/**
 * The retry state a banner renders: the data library's live one while it schedules the retries,
 * else the banner's own schedule in the same `RetryState` shape: exactly the server's wait from
 * when the banner first showed the error (at least a second without one, so a zero wait does not
 * turn into a burst of requests), or the app's `retryAt`. A wait too long for automatic retries
 * (`wait-too-long`) is left to the banner's own schedule, as without a live state.
 */
export function bannerRetryState(
  schedule: RetryBannerSchedule,
  actions: Pick<RetryState, 'retryNow' | 'stop'>,
): BannerRetry {
  const { live, phase, decision, retryAt, attempt } = schedule;
  // A live state follows the library, unless its wait is too long for automatic retries.
  if (live && (live.willRetry || live.stopped || live.reason !== 'wait-too-long')) {
    return { retry: { ...live, ...actions }, follows: true, showAttempt: true };
  }
  const reason = decision?.reason ?? 'retry';
  const willRetry =
    !phase && (retryAt !== undefined || reason === 'retry' || reason === 'wait-too-long');
  return {
    retry: {
      attempt: attempt ?? 1,
      maxAttempts: schedule.maxAttempts ?? 3,
      nextAttemptAt: willRetry
        ? (retryAt ?? schedule.seenAt + Math.max(decision?.delayMs ?? 0, SECOND))
        : undefined,
      paused: willRetry && !schedule.online && !live ? 'offline' : false,
      willRetry,
      reason,
      stopped: phase === 'stopped',
      ...actions,
    },
    follows: false,
    showAttempt: !live && attempt !== undefined,
  };
}

/** What {@link retryBannerState} needs to know. */
export interface RetryBannerInput extends BannerRetry {
  phase?: RetryBannerPhase;
  /** There is a way to retry (`onRetry`, or the live state's `retryNow`). */
  canRetry: boolean;
  exhausted?: boolean;
}

/** What the banner shows, from {@link retryBannerState}. */
export interface RetryBannerView {
  state: RetryBannerState;
  /** When the countdown ends, if one runs. */
  deadline: number | undefined;
  actions: RetryBannerAction[];
  /** "Attempt n of m", while counting. */
  attempt: { attempt: number; max: number } | undefined;
  /** Why a paused countdown waits. */
  pausedBy: 'offline' | 'unfocused' | undefined;
}

/**
 * The banner's state as a pure function of one `RetryState` (live, or the banner's own from
 * {@link bannerRetryState}): which state it is in, when its countdown ends, which actions it
 * offers and the attempt line. `RetryBanner` renders this.
 */
export function retryBannerState(input: RetryBannerInput): RetryBannerView {
  const { retry, follows, phase, canRetry, exhausted } = input;
  let state: RetryBannerState;
  if (!canRetry || exhausted) state = exhausted ? 'exhausted' : 'idle';
  else if (retry.willRetry) {
    state = retry.paused
      ? 'paused'
      : phase === 'retried'
        ? 'idle'
        : phase === 'stopped'
          ? 'stopped'
          : retry.nextAttemptAt === undefined
            ? 'idle'
            : 'counting';
  } else if (retry.stopped || phase === 'stopped') state = 'stopped';
  else if (phase === 'retried' && !follows) state = 'idle';
  else if (retry.reason === 'not-idempotent') state = 'not-allowed';
  else state = retry.reason === 'exhausted' ? 'exhausted' : 'idle';

  const counting = state === 'counting' || state === 'paused';
  const actions: RetryBannerAction[] = [];
  // Sending again by hand while the live request is in flight would send it twice.
  if (canRetry && !(follows && phase === 'retried')) {
    if (counting) actions.push('retryNow', 'stop');
    else if (state !== 'idle' || phase === 'retried' || follows) actions.push('tryAgain');
  }
  return {
    state,
    // The banner's own countdown keeps its deadline while paused offline.
    deadline:
      state === 'counting' || (state === 'paused' && !follows) ? retry.nextAttemptAt : undefined,
    actions,
    attempt:
      input.showAttempt && counting
        ? { attempt: retry.attempt, max: retry.maxAttempts }
        : undefined,
    // Only a paused retry state pauses the banner.
    pausedBy: (state === 'paused' && retry.paused) || undefined,
  };
}
