import {
  type CSSProperties,
  cloneElement,
  isValidElement,
  type MouseEvent,
  type ReactElement,
  useId,
  useMemo,
} from 'react';
import { cx } from '../../headless/cx';
import { withOverrides } from '../../headless/messages/format';
import type { ErrorKitMessages } from '../../headless/messages/types';
import type { ReauthState } from '../../headless/reauthFlight';
import { safeLoginUrl } from '../../headless/safeUrl';
import { useErrorKit } from '../../react/ErrorKitProvider';
import { Slot } from '../../react/parts/Slot';
import { usePromptFlight } from '../../react/ReauthFlightProvider';
import { useAnnouncement } from '../../react/useAnnouncement';
import { useClassifiedError } from '../../react/useClassifiedError';
import { capText, textLimit } from '../payloadText';
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
  /** The "Sign in again" button or link (`ek-reauth-prompt__action`). */
  action?: string;
  /** The text shown when signing in failed (`ek-reauth-prompt__failure`). */
  failure?: string;
}

/** The catalog strings the prompt uses; each can be overridden per prompt. */
export type ReauthPromptMessages = Pick<
  ErrorKitMessages,
  'signInAgain' | 'signingIn' | 'signInFailed' | 'signedIn' | 'notSentYet' | 'sendAgain'
>;

/** Props of {@link ReauthPrompt}. */
export interface ReauthPromptProps {
  /** The failed call's error, raw or already classified. Renders only for `unauthenticated`. */
  error: unknown;
  /**
   * Signs the user in again without leaving the page (a popup, a silent token refresh, ...).
   * "Sign in again" calls it once at a time; a rejection shows the failure text.
   * @default the provider's `reauthenticate`
   */
  reauthenticate?: () => Promise<unknown>;
  /**
   * Sign-in page linked to when there is no `reauthenticate`. Must be same-origin (a relative
   * path, or an absolute URL of the page's origin); anything else is refused (no link, and a
   * `console.warn` in development). See `safeLoginUrl`.
   * @default the provider's `loginUrl`
   */
  loginUrl?: string;
  /** Called after `reauthenticate()` resolved: retry the failed request or clear the error here. */
  onReauthenticated?: () => void;
  /**
   * Controlled mode: when given, the prompt shows this state instead of tracking its own, for a
   * sign-in that may be started elsewhere too (a shared single flight). `pending` reads
   * "Signing in…" and ignores clicks; `failed` shows the failure text, announced once each time
   * the state becomes `failed`. Clicks still call `reauthenticate` (and `onReauthenticated`
   * after it resolved); what is shown follows this prop only.
   * @default undefined (the prompt tracks its own calls)
   */
  state?: ReauthPromptState;
  /**
   * Render the action through your own element (Radix-style `asChild`): pass one element as
   * `children` and errorkit merges the action's props into it (`type`, `onClick`,
   * `aria-disabled`, `href`, class names) and sets the label ("Sign in again", "Signing in…")
   * as its children, replacing its own. It must render a `<button>` when the prompt signs in
   * in place (`reauthenticate`) and an `<a>` when it links to `loginUrl`.
   * @default false
   */
  actionAsChild?: boolean;
  /** With `actionAsChild`: the one element to render the action as. Ignored otherwise. */
  children?: ReactElement;
  /**
   * Per-prompt overrides of the catalog strings, merged over the provider's catalog.
   * @default the provider's catalog
   */
  messages?: Partial<ReauthPromptMessages>;
  /** Class names added to the root, after `ek-reauth-prompt`. */
  className?: string;
  /** Inline style of the root, passed through as given. */
  style?: CSSProperties;
  /** Class names per part. */
  classNames?: ReauthPromptClassNames;
}

/** The element with errorkit's label as its children (its own children are replaced). */
function withLabel(element: ReactElement, label: string): ReactElement {
  return cloneElement(element, undefined, label);
}

/** What a prompt shows for the shared flight's state. */
const FLIGHT_STATE: Record<ReauthState, ReauthPromptState> = {
  idle: 'idle',
  'needs-auth': 'idle',
  pending: 'pending',
  failed: 'failed',
};

const ignore = () => {};

/**
 * "Your session has ended": signs the user in again in place, so nothing they typed is lost.
 *
 * With a `reauthenticate` function (prop or provider) it renders a "Sign in again" button that
 * calls it: while the call runs the button reads "Signing in…", stays focusable with
 * `aria-disabled="true"` and ignores further clicks; on success `onReauthenticated` is called;
 * on failure a short text says so (announced politely) and the same button tries again.
 * Without one, it links to a same-origin `loginUrl`; with neither it shows the message only.
 * With a `state` prop it shows that state instead of its own (controlled by a shared flight).
 *
 * Under a shared flight (`QueryReauthProvider`, or `ReauthFlightProvider`) the page shows one
 * prompt for that flight however many 401s it has (in a `ReauthOutlet` if there is one, else in
 * the first prompt that appeared); the others render nothing. After signing in, a prompt whose
 * request is waiting to be sent again (a mutation) offers "Send again".
 * It never navigates on its own. Renders nothing unless the error is `unauthenticated`.
 */
export function ReauthPrompt(props: ReauthPromptProps) {
  return <PromptView {...props} />;
}

/** The prompt; `outlet` puts it first in line for the shared flight (`ReauthOutlet`). */
export function PromptView({
  error,
  reauthenticate: reauthenticateProp,
  loginUrl: loginUrlProp,
  onReauthenticated,
  state: stateProp,
  actionAsChild = false,
  children,
  messages: messageOverrides,
  className,
  style,
  classNames,
  outlet = false,
}: ReauthPromptProps & { outlet?: boolean }) {
  const kit = useErrorKit();
  const messages = withOverrides<ReauthPromptMessages>(kit.messages, messageOverrides);
  const classified = useClassifiedError(error);
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
    flight ? FLIGHT_STATE[shared.state] : stateProp,
    onReauthenticated,
  );
  const resend = flight && shared.state === 'idle' && mine ? flight.resendable?.(mine) : undefined;
  const shown = flight ? (shared.shows ? mine : undefined) : mine;

  const titleId = useId();
  const max = textLimit(kit.classifyOptions.maxMessageLength);
  const title = resend ? messages.signedIn : shown ? capText(shown.title, max) : '';
  const message = resend ? messages.notSentYet : shown ? capText(shown.message, max) : '';
  useAnnouncement(resend ?? shown, `${title}. ${message}`);
  useAnnouncement(shown && failure, messages.signInFailed);

  if (!shown && !resend) return null;

  const actionClass = cx('ek-reauth-prompt__action', classNames?.action);
  const asChild = actionAsChild && isValidElement(children) ? children : undefined;
  let action: ReactElement | null = null;
  if (resend || reauthenticate) {
    const pending = !resend && state === 'pending';
    const label = resend ? messages.sendAgain : pending ? messages.signingIn : messages.signInAgain;
    const props = {
      type: 'button' as const,
      className: actionClass,
      onClick: (event: MouseEvent<HTMLElement>) => {
        if (event.defaultPrevented) return;
        if (resend) resend().catch(ignore);
        else signIn();
      },
      'aria-disabled': pending ? true : undefined,
      'data-ek-action': resend ? 'send-again' : 'sign-in',
    };
    action = asChild ? (
      <Slot {...props}>{withLabel(asChild, label)}</Slot>
    ) : (
      <button {...props}>{label}</button>
    );
  } else if (loginHref) {
    const props = { href: loginHref, className: actionClass, 'data-ek-action': 'sign-in' };
    action = asChild ? (
      <Slot {...props}>{withLabel(asChild, messages.signInAgain)}</Slot>
    ) : (
      <a {...props}>{messages.signInAgain}</a>
    );
  }

  return (
    <section
      className={cx('ek-reauth-prompt', classNames?.root, className)}
      style={style}
      aria-labelledby={titleId}
      data-ek="reauth-prompt"
      data-kind="unauthenticated"
      data-state={resend ? 'signed-in' : state}
    >
      <h2 id={titleId} dir="auto" className={cx('ek-reauth-prompt__title', classNames?.title)}>
        {title}
      </h2>
      <p dir="auto" className={cx('ek-reauth-prompt__message', classNames?.message)}>
        {message}
      </p>
      {!resend && state === 'failed' ? (
        <p className={cx('ek-reauth-prompt__failure', classNames?.failure)}>
          {messages.signInFailed}
        </p>
      ) : null}
      {action}
    </section>
  );
}
