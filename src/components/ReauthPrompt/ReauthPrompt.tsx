'use client';

import { forwardRef, type ReactElement, type Ref, useMemo } from 'react';
import type { ClassifiedError } from '../../core';
import { announce } from '../../headless/announcer';
import { cx } from '../../headless/cx';
import { safeLoginUrl } from '../../headless/safeUrl';
import type { ErrorKitMessages } from '../../locales/types';
import { usePromptFlight } from '../../react/ReauthFlightProvider';
import { useAnnouncement } from '../../react/useAnnouncement';
import { NoticeFrame, type RootProps } from '../parts/NoticeFrame';
import { useNotice } from '../parts/useNotice';
import { type ReauthPromptState, useSignIn } from './useSignIn';

export type { ReauthPromptState } from './useSignIn';

/** Extra class names for the parts of {@link ReauthPrompt}, added after the `ek-` defaults. */
export interface ReauthPromptClassNames {
  /** The root (`ek-reauth-prompt`). */
  root?: string;
  /** The heading (`ek-reauth-prompt__title`). */
  title?: string;
  /** The sentence under the heading (`ek-reauth-prompt__message`). */
  message?: string;
  /** The actions' wrapper (`ek-reauth-prompt__actions`). */
  actions?: string;
  /** Every action (`ek-reauth-prompt__action`). */
  action?: string;
  /** "Sign in again", a button or a link (`ek-reauth-prompt__sign-in`). */
  signIn?: string;
  /** "Send again" after signing in (`ek-reauth-prompt__send-again`). */
  sendAgain?: string;
  /** The text shown when signing in failed (`ek-reauth-prompt__failure`). */
  failure?: string;
}

/** The prompt's actions: the names of its `actions` map, `classNames` and `data-ek-action`. */
export type ReauthPromptAction = 'signIn' | 'sendAgain';

/** The catalog strings the prompt uses; each can be overridden per prompt. */
export type ReauthPromptMessages = Pick<
  ErrorKitMessages,
  'signInAgain' | 'signingIn' | 'signInFailed' | 'signedIn' | 'notSentYet' | 'sendAgain'
>;

/** Props of {@link ReauthPrompt}. */
export interface ReauthPromptProps extends RootProps {
  /** The failed call's error, raw or already classified. Renders only for `unauthenticated`. */
  error: unknown;
  /**
   * Signs the user in again in place (a popup, a silent token refresh); one call at a time.
   * @default the provider's `reauthenticate`
   */
  reauthenticate?: () => Promise<unknown>;
  /**
   * Sign-in page linked to when there is no `reauthenticate`. Must be same-origin: anything
   * else is refused, with a `console.warn` in development.
   * @default the provider's `loginUrl`
   */
  loginUrl?: string;
  /** Called after `reauthenticate()` resolved: retry the failed request or clear the error here. */
  onReauthenticated?: () => void;
  /**
   * Controlled mode, for a sign-in shared with other places: shows this state instead of its
   * own. Clicks still call `reauthenticate`; `failed` is announced once each time it is entered.
   * @default undefined (the prompt tracks its own calls)
   */
  state?: ReauthPromptState;
  /**
   * Your own elements for the actions, merged through `Slot`. `signIn` must be a `<button>` when
   * the prompt signs in in place and an `<a>` when it links to `loginUrl`.
   */
  actions?: Partial<Record<ReauthPromptAction, ReactElement>>;
  /**
   * Per-prompt overrides of the catalog strings.
   * @default the provider's catalog
   */
  messages?: Partial<ReauthPromptMessages>;
  /** Class names per part. */
  classNames?: ReauthPromptClassNames;
}

/**
 * "Your session has ended": signs the user in again in place, so nothing they typed is lost.
 * While signing in, the button stays focusable with `aria-disabled` rather than `disabled`, so
 * focus is not dropped. Under a shared flight (`QueryReauthProvider`, `ReauthFlightProvider`)
 * the page shows one prompt per flight however many 401s it has. It never navigates on its own.
 */
export const ReauthPrompt = /* @__PURE__ */ forwardRef<HTMLElement, ReauthPromptProps>(
  function ReauthPrompt(props, ref) {
    return <PromptView {...props} rootRef={ref} />;
  },
);

/** The prompt; `outlet` puts it first in line for the shared flight (`ReauthOutlet`). */
export function PromptView({
  error,
  reauthenticate: reauthenticateProp,
  loginUrl: loginUrlProp,
  onReauthenticated,
  state: stateProp,
  actions,
  messages: messageOverrides,
  outlet,
  ...rest
}: ReauthPromptProps & { outlet?: boolean; rootRef?: Ref<HTMLElement> }) {
  const { kit, messages, classified, cap } = useNotice(error, messageOverrides);
  const mine = classified?.kind === 'unauthenticated' ? classified : undefined;
  const shared = usePromptFlight(mine !== undefined, outlet);
  const { flight } = shared;
  const reauthenticate = flight
    ? flight.inPlace === false
      ? undefined
      : () => flight.reauthenticate()
    : (reauthenticateProp ?? kit.reauthenticate);
  const rawLoginUrl = loginUrlProp ?? kit.loginUrl;
  const hasSignIn = reauthenticate !== undefined;
  // Checked (and warned about) only when it would be used and when it changes.
  const loginHref = useMemo(
    () => (hasSignIn ? undefined : safeLoginUrl(rawLoginUrl)),
    [hasSignIn, rawLoginUrl],
  );
  const { state, failure, signIn } = useSignIn(
    reauthenticate,
    // The shared flight's `needs-auth` waits for a click, as `idle`.
    flight ? (shared.state === 'needs-auth' ? 'idle' : shared.state) : stateProp,
    // A shared flight's prompt says "You are signed in again" in its heading; on its own, the
    // prompt says it at once, as the app usually clears the error (and the prompt) next.
    flight
      ? onReauthenticated
      : () => {
          announce(messages.signedIn);
          onReauthenticated?.();
        },
  );
  const resend = flight && shared.state === 'idle' && mine ? flight.resendable?.(mine) : undefined;
  const shown = !flight || shared.shows ? mine : undefined;
  // The failure text is announced once per failure, while the prompt shows; under a shared
  // flight once per failure of the flight, whichever prompt shows it.
  useAnnouncement(
    shown && (flight ? shared.moments.failure : failure),
    messages.signInFailed,
    shared.spoken,
  );
  if (!shown && !resend) return null;

  // Without `resend`, the error is shown (see above).
  const title = resend ? messages.signedIn : cap((shown as ClassifiedError).title);
  const message = resend ? messages.notSentYet : cap((shown as ClassifiedError).message);
  const pending = !resend && state === 'pending';
  const action = resend
    ? {
        name: 'sendAgain',
        label: messages.sendAgain,
        as: actions?.sendAgain,
        onClick: () => void resend().catch(() => {}),
      }
    : reauthenticate || loginHref
      ? {
          name: 'signIn',
          label: pending ? messages.signingIn : messages.signInAgain,
          as: actions?.signIn,
          href: reauthenticate ? undefined : loginHref,
          onClick: reauthenticate ? signIn : undefined,
          'aria-disabled': pending || undefined,
        }
      : undefined;

  return (
    <NoticeFrame
      {...rest}
      block="ek-reauth-prompt"
      kind="unauthenticated"
      state={resend ? 'signed-in' : state}
      title={title}
      message={message}
      announce={[
        resend ?? (flight ? shown && shared.moments.needed : shown),
        undefined,
        shared.spoken,
      ]}
      actions={action ? [action] : []}
    >
      {!resend && state === 'failed' ? (
        <p className={cx('ek-reauth-prompt__failure', rest.classNames?.failure)}>
          {messages.signInFailed}
        </p>
      ) : null}
    </NoticeFrame>
  );
}
