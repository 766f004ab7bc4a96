import { forwardRef, type ReactElement, type ReactNode } from 'react';
import { cx } from '../../headless/cx';
import type { RetryState } from '../../headless/retryState';
import { fill } from '../../locales/format';
import type { ErrorKitMessages } from '../../locales/types';
import { useOnline } from '../../react/useOnline';
import { NoticeFrame, type RootProps } from '../parts/NoticeFrame';
import { useNotice } from '../parts/useNotice';
import { Countdown } from './Countdown';
import {
  type RetryBannerAction,
  type RetryBannerState,
  retryBannerState,
} from './retryBannerState';
import { type StandaloneRetry, useBannerRetry } from './useBannerRetry';

export type { RetryBannerAction, RetryBannerState } from './retryBannerState';
export type { StandaloneRetry } from './useBannerRetry';

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
  /** Every button (`ek-retry-banner__action`). */
  action?: string;
  /** Each button by name (`ek-retry-banner__retry-now`, `__stop`, `__try-again`). */
  retryNow?: string;
  stop?: string;
  tryAgain?: string;
  /** The support reference (`ek-retry-banner__reference`). */
  reference?: string;
  /** The status page or support link's line (`ek-retry-banner__help`). */
  help?: string;
}

/** The catalog strings the banner uses; each can be overridden per banner. */
export type RetryBannerMessages = Pick<
  ErrorKitMessages,
  | 'retryNow'
  | 'stop'
  | 'tryAgain'
  | 'retryingIn'
  | 'retryingInMinutes'
  | 'attempt'
  | 'paused'
  | 'stopped'
  | 'willRetry'
  | 'retrying'
  | 'exhausted'
  | 'notRetried'
  | 'reference'
>;

/** Props of {@link RetryBanner}. */
export interface RetryBannerProps extends RootProps {
  /** The failed call's error, raw or already classified. Renders nothing unless it is retryable. */
  error: unknown;
  /**
   * Its retries: a data library's live `RetryState` (`useRetryState` from `errorkit/query`), or
   * the banner's own schedule (`{ onRetry, onStop, retryAt, attempt, maxRetries, ... }`).
   *
   * A live state's countdown runs to `nextAttemptAt`, the real schedule, and does not retry at
   * zero (the library sends the request itself); "Retry now" and "Try again" call `retryNow()`,
   * "Stop" calls `stop()`. When the server's wait is too long for automatic retries
   * (`wait-too-long`), the banner counts that wait down and calls `retryNow()` at zero, as with
   * its own schedule.
   *
   * Without `onRetry` (or a live state) there is no countdown and no button, only the message
   * and the reference.
   */
  retry?: RetryState | StandaloneRetry | undefined;
  /**
   * No retries are left: no countdown; "Try again" is offered.
   * @default false
   */
  exhausted?: boolean;
  /**
   * Your own elements to render the actions as (through `Slot`: errorkit merges `type`,
   * `onClick`, class names and `data-ek-action` in, and sets the label unless the element has
   * children of its own), e.g. `{ retryNow: <MyButton variant="primary" /> }`. Keep them buttons.
   */
  actions?: Partial<Record<RetryBannerAction, ReactElement>>;
  /** Per-banner overrides of the catalog strings. */
  messages?: Partial<RetryBannerMessages>;
  /**
   * The heading line.
   * @default the classified error's title
   */
  title?: ReactNode;
  /** Class names per part. */
  classNames?: RetryBannerClassNames;
}

/**
 * A retryable error (rate-limited, unavailable, server, timeout, network) with a live countdown
 * to the next attempt, "Retry now" and "Stop"; paused while offline; a manual "Try again" once
 * retries are exhausted, stopped or not allowed; the status page or support link and the
 * request reference for server errors. While it counts down to a retry of its own it says so
 * ("We will try again automatically.") instead of the kind's "try again later"; waits over 90 s
 * count in minutes. Announces its message once per new error, and "Stop" or a retry once each,
 * through the page's polite live region; the ticking countdown (`role="timer"`) is not
 * announced. When the pressed button is replaced, focus moves to the new one. Never
 * dismisses itself. What it shows is {@link retryBannerState}'s, a pure function.
 */
export const RetryBanner = forwardRef<HTMLElement, RetryBannerProps>(function RetryBanner(
  { error, retry: retryInput, exhausted, actions, messages: messageOverrides, title, ...rest },
  ref,
) {
  const { kit, messages, classified, cap } = useNotice(error, messageOverrides);
  const banner = useBannerRetry(classified, retryInput, useOnline());
  if (classified?.retryable !== true) return null;
  const view = retryBannerState({ ...banner, exhausted });
  const { retry, phase } = banner;
  const { state, deadline } = view;
  const shownTitle = cap(classified.title);
  // Counting down to a retry of its own, the kind's "try again later" would be wrong.
  const shownMessage =
    deadline && classified.message === kit.messages.kinds[classified.kind]?.message
      ? messages.willRetry
      : cap(classified.message);
  const statusText: Partial<Record<RetryBannerState, string>> = {
    // A hidden page pauses retries too; nobody reads the banner then.
    paused: view.pausedBy === 'offline' ? messages.paused : undefined,
    stopped: messages.stopped,
    exhausted: messages.exhausted,
    'not-allowed': messages.notRetried,
  };
  const attemptText = view.attempt && fill(messages.attempt, view.attempt);
  const part = (name: keyof RetryBannerClassNames) =>
    cx(`ek-retry-banner__${name}`, rest.classNames?.[name]);
  const status: ReactNode =
    // Counting always has a deadline.
    state === 'counting' ? (
      <Countdown
        deadline={deadline as number}
        onElapsed={banner.onElapsed}
        text={messages.retryingIn}
        minutes={messages.retryingInMinutes}
        className={rest.classNames?.countdown}
      />
    ) : (
      statusText[state]
    );
  const showReference =
    // The kinds whose banner shows the support reference.
    classified.kind === 'unavailable' ||
    classified.kind === 'server' ||
    (classified.status !== undefined && classified.status >= 500);

  return (
    <NoticeFrame
      {...rest}
      rootRef={ref}
      block="ek-retry-banner"
      kind={classified.kind}
      state={state}
      data-paused={view.pausedBy}
      title={title ?? shownTitle}
      message={shownMessage}
      // Once per new error, and once per "Stop" or retry (a phase is a new schedule object).
      announce={
        phase
          ? [banner.event, statusText[state] ?? messages.retrying]
          : [classified, `${shownTitle}. ${shownMessage}`]
      }
      reference={showReference ? [classified.requestId, messages.reference] : undefined}
      actions={view.actions.map((name) => ({
        name,
        label: messages[name],
        as: actions?.[name],
        onClick: name === 'stop' ? retry.stop : retry.retryNow,
      }))}
    >
      {(status || attemptText) && (
        <p className={part('status')}>
          {status}
          {attemptText && (
            <>
              {' '}
              <span className={part('attempt')}>{attemptText}</span>
            </>
          )}
        </p>
      )}
    </NoticeFrame>
  );
});
