'use client';

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
   * Its retries: a live `RetryState` (`useRetryState` from `errorkit/query`) or the banner's own
   * schedule. A live countdown does not retry at zero, as the library sends the request itself,
   * except for `wait-too-long`, which no automatic retry will cover.
   */
  retry?: RetryState | StandaloneRetry | undefined;
  /**
   * No retries are left: no countdown; "Try again" is offered.
   * @default false
   */
  exhausted?: boolean;
  /** Your own elements for the actions, merged through `Slot`. Keep them buttons. */
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
 * A retryable error with a live countdown to the next attempt, "Retry now" and "Stop"; paused
 * while offline. The ticking countdown (`role="timer"`) is not announced, only the message and
 * each "Stop" or retry. When the pressed button is replaced, focus moves to the new one.
 */
export const RetryBanner = /* @__PURE__ */ forwardRef<HTMLElement, RetryBannerProps>(
  function RetryBanner(
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
  },
);
