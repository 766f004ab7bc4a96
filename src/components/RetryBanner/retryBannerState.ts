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

/** What {@link retryBannerState} needs to know. */
export interface RetryBannerInput {
  /** The data library's live retry state, when it schedules the retries. */
  live?: RetryState | undefined;
  /** What the user (or the countdown) did since the error appeared. */
  phase?: 'stopped' | 'retried' | undefined;
  /** The retry policy's decision for this error (the banner's own schedule). */
  decision?: RetryDecision | undefined;
  /** An app's own deadline (`retryAt`). */
  retryAt?: number | undefined;
  /** When the banner first showed the error, for its own schedule. */
  seenAt: number;
  online: boolean;
  /** There is a way to retry (`onRetry`, or the live state's `retryNow`). */
  canRetry: boolean;
  exhausted?: boolean;
  attempt?: number | undefined;
  maxAttempts?: number | undefined;
}

/** What the banner shows, from {@link retryBannerState}. */
export interface RetryBannerView {
  state: RetryBannerState;
  /** When the countdown ends, if one runs. */
  deadline: number | undefined;
  /** The data library sends the next request itself: the countdown's end only notes it left. */
  follows: boolean;
  actions: RetryBannerAction[];
  /** "Attempt n of m", while counting. */
  attempt: { attempt: number; max: number } | undefined;
  /** Why a paused countdown waits. */
  pausedBy: 'offline' | 'unfocused' | undefined;
}

const SECOND = 1000;

function liveState(live: RetryState, phase: RetryBannerInput['phase']): RetryBannerState {
  if (live.willRetry) {
    if (live.paused) return 'paused';
    if (phase === 'retried') return 'idle';
    if (phase === 'stopped') return 'stopped';
    return live.nextAttemptAt === undefined ? 'idle' : 'counting';
  }
  if (live.stopped || phase === 'stopped') return 'stopped';
  if (live.reason === 'not-idempotent') return 'not-allowed';
  return live.reason === 'exhausted' ? 'exhausted' : 'idle';
}

/**
 * The banner's state as a pure function of what it knows: which state it is in, when its
 * countdown ends, which actions it offers and the attempt line. `RetryBanner` renders this.
 */
export function retryBannerState(input: RetryBannerInput): RetryBannerView {
  const { live, phase, decision, retryAt, seenAt, online, canRetry, exhausted = false } = input;
  // A wait too long for automatic retries is left to the banner, as without a live state.
  const uiWait =
    live !== undefined && !live.willRetry && !live.stopped && live.reason === 'wait-too-long';
  const follows = live !== undefined && !uiWait;
  let state: RetryBannerState = 'idle';
  let deadline: number | undefined;
  if (!canRetry || exhausted) state = exhausted ? 'exhausted' : 'idle';
  else if (live && follows) {
    state = liveState(live, phase);
    if (state === 'counting') deadline = live.nextAttemptAt;
  } else if (phase) state = phase === 'stopped' ? 'stopped' : 'idle';
  else if (retryAt !== undefined) {
    state = 'counting';
    deadline = retryAt;
  } else if (decision?.reason === 'not-idempotent') state = 'not-allowed';
  else if (decision?.reason === 'exhausted') state = 'exhausted';
  else if (decision?.reason === 'retry' || decision?.reason === 'wait-too-long') {
    // Exactly the server's wait from when the banner first showed the error (at least a second
    // without one, so a zero wait does not turn into a burst of requests).
    state = 'counting';
    deadline = seenAt + Math.max(decision.delayMs, SECOND);
  }
  if (state === 'counting' && !online && !live) state = 'paused';

  const actions: RetryBannerAction[] = [];
  // Sending again by hand while the live request is in flight would send it twice.
  if (canRetry && !(follows && phase === 'retried')) {
    if (state === 'counting' || state === 'paused') actions.push('retryNow', 'stop');
    else if (state !== 'idle' || phase === 'retried' || follows) actions.push('tryAgain');
  }
  const shownAttempt = live ? (uiWait ? undefined : live.attempt) : input.attempt;
  return {
    state,
    deadline,
    follows,
    actions,
    attempt:
      shownAttempt !== undefined && (state === 'counting' || state === 'paused')
        ? { attempt: shownAttempt, max: (live ? live.maxAttempts : input.maxAttempts) ?? 3 }
        : undefined,
    pausedBy: state === 'paused' ? (follows && live?.paused) || 'offline' : undefined,
  };
}
