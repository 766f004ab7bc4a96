import {
  type CSSProperties,
  cloneElement,
  isValidElement,
  type MouseEvent,
  type ReactElement,
  useEffect,
  useId,
  useMemo,
  useRef,
  useState,
} from 'react';
import { useErrorKit } from '../../react/ErrorKitProvider';
import { withOverrides } from '../../react/messages/format';
import type { ErrorKitMessages } from '../../react/messages/types';
import { cx } from '../../react/parts/cx';
import { Slot } from '../../react/parts/Slot';
import { safeLoginUrl } from '../../react/safeLoginUrl';
import { useAnnouncement } from '../../react/useAnnouncement';
import { useClassifiedError } from '../../react/useClassifiedError';
import { capText, textLimit } from '../payloadText';

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

/** Where a {@link ReauthPrompt} is: `data-state` on its root. */
export type ReauthPromptState = 'idle' | 'pending' | 'failed';

/** The catalog strings the prompt uses; each can be overridden per prompt. */
export type ReauthPromptMessages = Pick<
  ErrorKitMessages,
  'signInAgain' | 'signingIn' | 'signInFailed'
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

/**
 * "Your session has ended": signs the user in again in place, so nothing they typed is lost.
 *
 * With a `reauthenticate` function (prop or provider) it renders a "Sign in again" button that
 * calls it: while the call runs the button reads "Signing in…", stays focusable with
 * `aria-disabled="true"` and ignores further clicks; on success `onReauthenticated` is called;
 * on failure a short text says so (announced politely) and the same button tries again.
 * Without one, it links to a same-origin `loginUrl`; with neither it shows the message only.
 * With a `state` prop it shows that state instead of its own (controlled by a shared flight).
 * It never navigates on its own. Renders nothing unless the error is `unauthenticated`.
 */
export function ReauthPrompt({
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
}: ReauthPromptProps) {
  const kit = useErrorKit();
  const messages = withOverrides<ReauthPromptMessages>(kit.messages, messageOverrides);
  const classified = useClassifiedError(error);
  const reauthenticate = reauthenticateProp ?? kit.reauthenticate;
  const rawLoginUrl = loginUrlProp ?? kit.loginUrl;
  // Checked (and warned about) only when it would be used and when it changes.
  const loginHref = useMemo(
    () => (reauthenticate ? undefined : safeLoginUrl(rawLoginUrl)),
    [reauthenticate, rawLoginUrl],
  );

  const [ownState, setState] = useState<ReauthPromptState>('idle');
  // A fresh object per failure: each failure is announced once.
  const [ownFailure, setFailure] = useState<object>();
  // Controlled: a fresh object each time the given state becomes `failed` (also when the prompt
  // appears already failed), so a failure of a flight started elsewhere is announced once too.
  const [given, setGiven] = useState<{ state?: ReauthPromptState; failure?: object }>(() => ({
    state: stateProp,
    failure: stateProp === 'failed' ? {} : undefined,
  }));
  if (given.state !== stateProp) {
    setGiven({
      state: stateProp,
      failure: stateProp === 'failed' ? {} : undefined,
    });
  }
  const controlled = stateProp !== undefined;
  const state = controlled ? stateProp : ownState;
  const failure = controlled ? given.failure : ownFailure;
  // The single-flight guard: a ref, so two clicks in the same tick still make one call.
  const inFlight = useRef(false);
  const mounted = useRef(true);
  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);

  // Latest callbacks, so a call in flight reports to the current ones.
  const onReauthenticatedRef = useRef(onReauthenticated);
  useEffect(() => {
    onReauthenticatedRef.current = onReauthenticated;
  });

  const titleId = useId();
  const mine = classified?.kind === 'unauthenticated' ? classified : undefined;
  const max = textLimit(kit.classifyOptions.maxMessageLength);
  const title = mine ? capText(mine.title, max) : '';
  const message = mine ? capText(mine.message, max) : '';
  useAnnouncement(mine, mine ? `${title}. ${message}` : undefined);
  useAnnouncement(failure, messages.signInFailed);

  if (!mine) return null;

  const signIn = async (run: () => Promise<unknown>) => {
    inFlight.current = true;
    setState('pending');
    let succeeded = false;
    try {
      await run();
      succeeded = true;
    } catch {
      // Shown as the failure text; the button tries again.
    }
    inFlight.current = false;
    if (!mounted.current) return;
    if (succeeded) {
      setState('idle');
      setFailure(undefined);
      onReauthenticatedRef.current?.();
    } else {
      setState('failed');
      setFailure({});
    }
  };

  const onClick = (event: MouseEvent<HTMLElement>) => {
    if (event.defaultPrevented || inFlight.current || state === 'pending' || !reauthenticate)
      return;
    void signIn(reauthenticate);
  };

  const asChild = actionAsChild && isValidElement(children) ? children : undefined;
  const actionClass = cx('ek-reauth-prompt__action', classNames?.action);
  let action: ReactElement | null = null;
  if (reauthenticate) {
    const pending = state === 'pending';
    const label = pending ? messages.signingIn : messages.signInAgain;
    const props = {
      type: 'button' as const,
      className: actionClass,
      onClick,
      'aria-disabled': pending ? true : undefined,
      'data-state': state,
    };
    action = asChild ? (
      <Slot {...props}>{withLabel(asChild, label)}</Slot>
    ) : (
      <button {...props}>{label}</button>
    );
  } else if (loginHref) {
    const props = { href: loginHref, className: actionClass };
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
      data-kind={mine.kind}
      data-state={state}
    >
      <h2 id={titleId} dir="auto" className={cx('ek-reauth-prompt__title', classNames?.title)}>
        {title}
      </h2>
      <p dir="auto" className={cx('ek-reauth-prompt__message', classNames?.message)}>
        {message}
      </p>
      {state === 'failed' ? (
        <p className={cx('ek-reauth-prompt__failure', classNames?.failure)}>
          {messages.signInFailed}
        </p>
      ) : null}
      {action}
    </section>
  );
}
