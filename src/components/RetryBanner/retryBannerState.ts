import type { RetryState } from '../../headless/retryState';

/**
 * What a retry banner is doing, as its root's `data-state`. `paused` keeps the deadline while
 * offline and retries as soon as the browser is back; `not-allowed` means the request must not be
 * sent twice (POST or PATCH without an `Idempotency-Key`); `idle` has no countdown.
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

/**
 * What the user (or the countdown) did since the error appeared. `sending`: the banner's own
 * `onRetry` returned a promise that has not settled yet (a route's revalidation).
 */
export type RetryBannerPhase = 'stopped' | 'retried' | 'sending' | undefined;

export interface RetryBannerInput {
  retry: RetryState;
  /** The data library sends the next request itself: the countdown's end only notes it left. */
  follows: boolean;
  showAttempt: boolean;
  phase?: RetryBannerPhase;
  /** `onRetry` or a live `retryNow` is there. */
  canRetry: boolean;
  exhausted?: boolean;
}

export interface RetryBannerView {
  state: RetryBannerState;
  deadline: number | undefined;
  actions: RetryBannerAction[];
  attempt: { attempt: number; max: number } | undefined;
  pausedBy: 'offline' | 'unfocused' | undefined;
}

/** What the banner shows, as a pure function of one `RetryState` and what the user did. */
export function retryBannerState(input: RetryBannerInput): RetryBannerView {
  const { retry, follows, phase, canRetry, exhausted } = input;
  let state: RetryBannerState;
  if (!canRetry || exhausted) state = exhausted ? 'exhausted' : 'idle';
  else if (phase === 'sending') state = 'idle';
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
  if (canRetry && phase !== 'sending' && !(follows && phase === 'retried')) {
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
