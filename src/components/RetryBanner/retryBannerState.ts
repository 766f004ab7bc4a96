import type { RetryState } from '../../headless/retryState';

/**
 * What a retry banner is doing, as its root's `data-state`:
 * - `counting`: the next attempt is due when the countdown ends ("Retry now", "Stop");
 * - `paused`: counting, but the browser is offline; the deadline is kept, and when it passed
 *   while offline the retry goes out as soon as the browser is back online;
 * - `stopped`: the user pressed "Stop"; "Try again" retries by hand;
 * - `exhausted`: no retries left (`exhausted`, or `attempt` beyond `maxRetries`); "Try again";
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

/** What {@link retryBannerState} needs to know. */
export interface RetryBannerInput {
  /** The data library's live state, or the banner's own schedule. */
  retry: RetryState;
  /** The data library sends the next request itself: the countdown's end only notes it left. */
  follows: boolean;
  /** Whether "Attempt n of m" is shown while counting. */
  showAttempt: boolean;
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
 * The banner's state as a pure function of one `RetryState` (live, or the banner's own) and what
 * the user did: which state it is in, when its countdown ends, which actions it offers and the
 * attempt line. `RetryBanner` renders this.
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
      input.showAttempt && counting ? { attempt: retry.attempt, max: retry.maxRetries } : undefined,
    // Only a paused retry state pauses the banner.
    pausedBy: (state === 'paused' && retry.paused) || undefined,
  };
}
