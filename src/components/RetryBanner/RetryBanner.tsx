import {
  type CSSProperties,
  cloneElement,
  type ReactElement,
  type ReactNode,
  useCallback,
  useId,
  useState,
} from 'react';
import {
  type ClassifiedError,
  type RetryDecision,
  type RetryOptions,
  retryDecision,
} from '../../core';
import { cx } from '../../headless/cx';
import { fill, withOverrides } from '../../headless/messages/format';
import type { ErrorKitMessages } from '../../headless/messages/types';
import type { RetryState } from '../../headless/retryState';
import { useErrorKit } from '../../react/ErrorKitProvider';
import { Slot } from '../../react/parts/Slot';
import { useAnnouncement } from '../../react/useAnnouncement';
import { useClassifiedError } from '../../react/useClassifiedError';
import { useOnline } from '../../react/useOnline';
import { HelpLink } from '../HelpLink';
import { capText, isolateText, REFERENCE_LIMIT, textLimit } from '../payloadText';
import { Countdown } from './Countdown';

/**
 * What a retry banner is doing, as its root's `data-state`:
 * - `counting`: the next attempt is due when the countdown ends ("Retry now", "Stop");
 * - `paused`: counting, but the browser is offline; the deadline is kept, and when it passed
 *   while offline the retry goes out as soon as the browser is back online;
 * - `stopped`: the user pressed "Stop"; "Try again" retries by hand;
 * - `exhausted`: no retries left (`exhausted`, or `attempt` beyond `maxAttempts`); "Try again";
 * - `not-allowed`: the request must not be sent again automatically (POST or PATCH without an
 *   `Idempotency-Key`), so nothing is sent twice; "Try again" retries by hand;
 * - `idle`: no countdown: there is no `onRetry`, or the retry has just been made ("Retry now" or
 *   the countdown ended) and the app has not given a new error yet ("Try again" is offered).
 */
export type RetryBannerState =
  | 'counting'
  | 'paused'
  | 'stopped'
  | 'exhausted'
  | 'not-allowed'
  | 'idle';

/** Extra class names for the parts of {@link RetryBanner}, added after the `ek-` defaults. */
export interface RetryBannerClassNames {
  /** The root (`ek-retry-banner`). */
  root?: string;
  /** The heading line (`ek-retry-banner__title`). */
  title?: string;
  /** The sentence under it (`ek-retry-banner__message`). */
  message?: string;
  /** The line with the countdown or the state (`ek-retry-banner__status`). */
  status?: string;
  /** The ticking text, `role="timer"` (`ek-retry-banner__countdown`). */
  countdown?: string;
  /** "Attempt n of m" (`ek-retry-banner__attempt`). */
  attempt?: string;
  /** The buttons' wrapper (`ek-retry-banner__actions`). */
  actions?: string;
  /** Each button also has `ek-retry-banner__action`. */
  retryNow?: string;
  stop?: string;
  tryAgain?: string;
  /** The support reference (`ek-retry-banner__reference`). */
  reference?: string;
  /** The status page or support link's line (`ek-retry-banner__help`). */
  help?: string;
}

/** The banner's actions. */
export type RetryBannerAction = 'retryNow' | 'stop' | 'tryAgain';

/** The catalog strings the banner uses; each can be overridden per banner. */
export type RetryBannerMessages = Pick<
  ErrorKitMessages,
  | 'retryNow'
  | 'stop'
  | 'tryAgain'
  | 'retryingIn'
  | 'attempt'
  | 'paused'
  | 'stopped'
  | 'exhausted'
  | 'notRetried'
  | 'reference'
>;

/** Props of {@link RetryBanner}. */
export interface RetryBannerProps {
  /** The failed call's error, raw or already classified. Renders nothing unless it is retryable. */
  error: unknown;
  /**
   * Sends the request again: called when the countdown ends, on "Retry now" and on "Try again".
   * Without it there is no countdown and no button, only the message and the reference.
   */
  onRetry?: () => void;
  /** Called when the user presses "Stop"; the countdown stops either way. */
  onStop?: () => void;
  /**
   * When the next attempt is due, in ms since the epoch (an app's own retry schedule, e.g. from
   * a query library). Used as given. Without it the banner counts from the error's
   * `retryAfterMs`, else from `retryDecision`'s backoff, measured from when it first showed the
   * error: `Retry-After: 6` shows 6 seconds and retries 6 seconds later.
   */
  retryAt?: number;
  /**
   * Which retry the countdown leads to, 1 for the first; shown as "Attempt n of m".
   * With no `retryAt`, `retryDecision(error, attempt - 1)` decides whether to count down.
   * @default 1 (and no "Attempt" line)
   */
  attempt?: number;
  /**
   * The most retries (`retryDecision`'s `maxRetries`); an `attempt` beyond it is `exhausted`.
   * @default 3
   */
  maxAttempts?: number;
  /**
   * No retries are left: no countdown; "Try again" is offered.
   * @default false
   */
  exhausted?: boolean;
  /** Options for `retryDecision` (e.g. `retryNonIdempotent`, `maxRetryAfterMs`). */
  retryOptions?: RetryOptions;
  /**
   * The live retry state of a data library's own retries (`useRetryState` from
   * `errorkit/query`). When given, it wins over `onRetry`, `retryAt`, `attempt` and
   * `maxAttempts`: the countdown runs to `nextAttemptAt`, the real schedule, and does not retry
   * at zero (the library sends the request itself); "Retry now" and "Try again" call
   * `retryNow()`, "Stop" calls `stop()` (and `onStop`). When the server's wait is too long for
   * automatic retries (`wait-too-long`), the banner counts that wait down and calls `retryNow()`
   * at zero, as without it.
   */
  retryState?: RetryState;
  /**
   * Elements to render the actions as, Radix `asChild` style: each receives the button's props
   * (`type`, `onClick`, class names, data attributes, and the label as children unless it has
   * its own), e.g. `{ retryNow: <MyButton variant="primary" /> }`. Keep them buttons.
   */
  buttons?: Partial<Record<RetryBannerAction, ReactElement>>;
  /** Per-banner overrides of the catalog strings. */
  messages?: Partial<RetryBannerMessages>;
  /**
   * The heading line.
   * @default the classified error's title
   */
  title?: ReactNode;
  /** Class names added to the root, after `ek-retry-banner`. */
  className?: string;
  /** Inline style of the root, passed through as given. */
  style?: CSSProperties;
  /** Class names per part. */
  classNames?: RetryBannerClassNames;
}

/** Kinds whose banner shows the support reference. */
const REFERENCE_KINDS = new Set(['unavailable', 'server']);

const SECOND = 1000;

/** What the banner knows about the error it shows, captured when it first shows it. */
interface Schedule {
  error: ClassifiedError | undefined;
  attempt: number | undefined;
  maxAttempts: number | undefined;
  retryAt: number | undefined;
  /** The clock when the banner first showed this error. */
  seenAt: number;
  decision: RetryDecision | undefined;
  /** What the user (or the countdown) did since. */
  phase: 'stopped' | 'retried' | undefined;
}

function makeSchedule(
  error: ClassifiedError | undefined,
  attempt: number | undefined,
  maxAttempts: number | undefined,
  retryAt: number | undefined,
  retryOptions: RetryOptions | undefined,
  now: () => number,
): Schedule {
  const decision =
    error?.retryable === true
      ? retryDecision(error, Math.max(0, (attempt ?? 1) - 1), {
          // Without a server hint, the banner waits the backoff's ceiling: a visible, steady wait.
          random: () => 1,
          ...retryOptions,
          ...(maxAttempts === undefined ? {} : { maxRetries: maxAttempts }),
        })
      : undefined;
  return { error, attempt, maxAttempts, retryAt, seenAt: now(), decision, phase: undefined };
}

/**
 * A retryable error (rate-limited, unavailable, server, timeout, network) with a live countdown
 * to the next attempt, "Retry now" and "Stop"; paused while offline; a manual "Try again" once
 * retries are exhausted, stopped or not allowed; the request reference for server errors.
 * Announces its message once per new error through the page's polite live region; the ticking
 * countdown (`role="timer"`) is not announced. Never dismisses itself.
 */
export function RetryBanner({
  error,
  onRetry,
  onStop,
  retryAt,
  attempt,
  maxAttempts,
  exhausted = false,
  retryOptions,
  retryState: live,
  buttons,
  messages: messageOverrides,
  title,
  className,
  style,
  classNames,
}: RetryBannerProps) {
  const kit = useErrorKit();
  const classified = useClassifiedError(error);
  const online = useOnline();
  const titleId = useId();
  const messages = withOverrides<RetryBannerMessages>(kit.messages, messageOverrides);

  // Captured once per error and schedule (the "store information from previous renders"
  // pattern): re-renders with the same error keep the same deadline.
  // With a live retry state, its values are the schedule: a new failure (or a stop) starts over.
  const ownAttempt = live ? live.attempt : attempt;
  const ownMax = live ? live.maxAttempts : maxAttempts;
  const ownRetryAt = live ? live.nextAttemptAt : retryAt;
  const [schedule, setSchedule] = useState(() =>
    makeSchedule(classified, ownAttempt, ownMax, ownRetryAt, retryOptions, kit.now),
  );
  let current = schedule;
  if (
    schedule.error !== classified ||
    schedule.attempt !== ownAttempt ||
    schedule.maxAttempts !== ownMax ||
    schedule.retryAt !== ownRetryAt
  ) {
    current = makeSchedule(classified, ownAttempt, ownMax, ownRetryAt, retryOptions, kit.now);
    setSchedule(current);
  }
  // A wait too long for automatic retries is left to this banner: it counts it down as without
  // a live state and calls `retryNow()` at zero.
  const uiWait =
    live !== undefined && !live.willRetry && !live.stopped && live.reason === 'wait-too-long';
  const onRetryOwn = live ? live.retryNow : onRetry;

  const shown = classified?.retryable === true ? classified : undefined;
  const max = textLimit(kit.classifyOptions.maxMessageLength);
  const shownTitle = shown ? capText(shown.title, max) : '';
  const shownMessage = shown ? capText(shown.message, max) : '';
  useAnnouncement(shown, shown ? `${shownTitle}. ${shownMessage}` : undefined);

  const setPhase = useCallback(
    (phase: Schedule['phase']) =>
      setSchedule((previous) => (previous.phase === phase ? previous : { ...previous, phase })),
    [],
  );
  const retry = useCallback(() => {
    setPhase('retried');
    onRetryOwn?.();
  }, [onRetryOwn, setPhase]);
  // The live countdown only notes that the request has left: the library sends it.
  const elapsedLive = useCallback(() => setPhase('retried'), [setPhase]);

  if (!shown) return null;

  const { decision, phase } = current;
  let state: RetryBannerState;
  let deadline: number | undefined;
  if (!onRetryOwn) state = exhausted ? 'exhausted' : 'idle';
  else if (exhausted) state = 'exhausted';
  else if (live && !uiWait) {
    if (live.willRetry && live.paused) state = 'paused';
    else if (live.willRetry && phase === 'retried') state = 'idle';
    else if (live.willRetry && phase === 'stopped') state = 'stopped';
    else if (live.willRetry && live.nextAttemptAt !== undefined) {
      state = 'counting';
      deadline = live.nextAttemptAt;
    } else if (live.willRetry) state = 'idle';
    else if (live.stopped || phase === 'stopped') state = 'stopped';
    else if (live.reason === 'not-idempotent') state = 'not-allowed';
    else if (live.reason === 'exhausted') state = 'exhausted';
    else state = 'idle';
  } else if (phase === 'stopped') state = 'stopped';
  else if (phase === 'retried') state = 'idle';
  else if (retryAt !== undefined) {
    state = 'counting';
    deadline = retryAt;
  } else if (decision?.reason === 'not-idempotent') state = 'not-allowed';
  else if (decision?.reason === 'exhausted') state = 'exhausted';
  else if (decision?.reason === 'retry' || decision?.reason === 'wait-too-long') {
    // `wait-too-long` stops background retries and leaves the wait to the UI: this banner counts
    // the server's whole wait down in view, with "Stop", and retries when it ends.
    state = 'counting';
    // Exactly the server's wait from when the banner first showed the error (at least a second
    // without one, so a zero wait does not turn into a burst of requests).
    deadline = current.seenAt + Math.max(decision.delayMs, SECOND);
  } else state = 'idle';
  if (state === 'counting' && !online && !live) state = 'paused';
  // Sending again by hand while the live request is in flight would send it twice.
  const inFlight = live !== undefined && !uiWait && phase === 'retried';

  const action = (name: RetryBannerAction, label: string, onClick: () => void) => {
    const props = {
      type: 'button' as const,
      className: cx(
        'ek-retry-banner__action',
        `ek-retry-banner__${kebab(name)}`,
        classNames?.[name],
      ),
      'data-ek-action': kebab(name),
      onClick,
    };
    const element = buttons?.[name];
    if (element) {
      return (
        <Slot key={name} {...props}>
          {(element.props as { children?: ReactNode }).children === undefined
            ? cloneElement(element, undefined, label)
            : element}
        </Slot>
      );
    }
    return (
      <button key={name} {...props}>
        {label}
      </button>
    );
  };

  const actions: ReactNode[] = [];
  if (onRetryOwn && !inFlight) {
    if (state === 'counting' || state === 'paused') {
      actions.push(action('retryNow', messages.retryNow, retry));
      actions.push(
        action('stop', messages.stop, () => {
          setPhase('stopped');
          if (live && !uiWait) live.stop();
          onStop?.();
        }),
      );
    } else if (state !== 'idle' || phase === 'retried' || (live && !uiWait)) {
      actions.push(action('tryAgain', messages.tryAgain, retry));
    }
  }

  const pausedBy = state === 'paused' ? (live && !uiWait ? live.paused : 'offline') : undefined;
  const statusText: Partial<Record<RetryBannerState, string>> = {
    // A hidden page pauses retries too; nobody reads the banner then.
    paused: pausedBy === 'offline' ? messages.paused : undefined,
    stopped: messages.stopped,
    exhausted: messages.exhausted,
    'not-allowed': messages.notRetried,
  };
  const shownAttempt = live ? (uiWait ? undefined : live.attempt) : attempt;
  const attemptText =
    shownAttempt !== undefined && (state === 'counting' || state === 'paused')
      ? fill(messages.attempt, { attempt: shownAttempt, max: (live ? ownMax : maxAttempts) ?? 3 })
      : undefined;
  const showReference =
    shown.requestId !== undefined &&
    (REFERENCE_KINDS.has(shown.kind) || (shown.status !== undefined && shown.status >= 500));

  return (
    <section
      aria-labelledby={titleId}
      className={cx('ek-retry-banner', classNames?.root, className)}
      style={style}
      data-ek="retry-banner"
      data-kind={shown.kind}
      data-state={state}
      data-paused={pausedBy || undefined}
    >
      <p id={titleId} dir="auto" className={cx('ek-retry-banner__title', classNames?.title)}>
        {title ?? shownTitle}
      </p>
      <p dir="auto" className={cx('ek-retry-banner__message', classNames?.message)}>
        {shownMessage}
      </p>
      {(deadline !== undefined || statusText[state] || attemptText) && (
        <p className={cx('ek-retry-banner__status', classNames?.status)}>
          {state === 'counting' && deadline !== undefined ? (
            <Countdown
              deadline={deadline}
              onElapsed={live && !uiWait ? elapsedLive : retry}
              text={messages.retryingIn}
              className={classNames?.countdown}
            />
          ) : (
            statusText[state]
          )}
          {attemptText && (
            <>
              {' '}
              <span className={cx('ek-retry-banner__attempt', classNames?.attempt)}>
                {attemptText}
              </span>
            </>
          )}
        </p>
      )}
      {actions.length > 0 && (
        <div className={cx('ek-retry-banner__actions', classNames?.actions)}>{actions}</div>
      )}
      <HelpLink kind={shown.kind} block="ek-retry-banner" className={classNames?.help} />
      {showReference && (
        <p className={cx('ek-retry-banner__reference', classNames?.reference)}>
          {fill(messages.reference, {
            id: isolateText(capText(shown.requestId ?? '', REFERENCE_LIMIT), kit.messages.dir),
          })}
        </p>
      )}
    </section>
  );
}

function kebab(name: string): string {
  return name.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`);
}
