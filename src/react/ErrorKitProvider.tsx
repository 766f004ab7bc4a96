import { type ReactNode, useContext, useMemo, useState } from 'react';
import type { ClassifiedError, ClassifyOptions } from '../core';
import { LIVE_REGION_ATTRIBUTE } from '../headless/announcer';
import { en } from '../headless/messages/en';
import type { ErrorKitMessages } from '../headless/messages/types';
import { safeLinkUrl } from '../headless/safeUrl';
import type { ErrorKit } from './errorKit';
import { ErrorKitContext } from './kitContext';
import type { ErrorKindRenderers } from './renderers';
import { useStableValue } from './stableValue';

/** Overrides for a catalog: any string, and any kind's title or message. */
export type MessageOverrides = Partial<Omit<ErrorKitMessages, 'kinds'>> & {
  kinds?: ClassifyOptions['messages'];
};

/** Props of {@link ErrorKitProvider}. */
export interface ErrorKitProviderProps {
  children?: ReactNode;
  /**
   * The app's configuration from `errorKit(...)`, shared with `retryPolicy(kit)` and the form
   * adapter; the provider's own props win over it.
   */
  kit?: ErrorKit;
  /**
   * Options for every `classifyError` call the components make (`codes`, `dialects`, ...).
   * @default {}
   */
  classify?: Omit<ClassifyOptions, 'messages' | 'now'>;
  /**
   * The message catalog: `en` (built in), or `de` / `ar` from `errorkit/locales/*`.
   * @default en
   */
  messages?: ErrorKitMessages;
  /** Per-app overrides on top of `messages`. */
  overrides?: MessageOverrides;
  /** Signs the user in again without leaving the page; `ReauthPrompt` calls it. */
  reauthenticate?: () => Promise<unknown>;
  /** Same-origin sign-in page, used when there is no `reauthenticate`. Other origins are refused. */
  loginUrl?: string;
  /** Who can grant access, named in permission notices (`'your workspace admin'`). */
  accessContact?: string;
  /** Lets a user ask for access from a permission notice ("Request access"). */
  onRequestAccess?: () => void;
  /** Replacement renderings per kind for every `ErrorDisplay` below. */
  renderers?: ErrorKindRenderers;
  /**
   * Support page, linked from server and unexpected errors ("Contact support"). A relative path
   * or an `http(s)` URL; other schemes are refused.
   */
  supportUrl?: string;
  /**
   * Service status page, linked when a service is unavailable or in maintenance ("Check the
   * service status"). A relative path or an `http(s)` URL; other schemes are refused.
   */
  statusPageUrl?: string;
  /**
   * Called once per distinct failure shown by errorkit's components and hooks (not per render,
   * not per countdown tick), with the classified error: send it with its `requestId` to your
   * monitoring. Cancelled requests are not reported.
   */
  onError?: (error: ClassifiedError) => void;
  /**
   * Clock in ms since the epoch, for countdowns and HTTP-date maths; inject one in tests.
   * @default Date.now
   */
  now?: () => number;
}

/** What the provider gives to errorkit's hooks and components. */
export interface ErrorKitContextValue
  extends Omit<
    ErrorKitProviderProps,
    'children' | 'kit' | 'messages' | 'overrides' | 'classify' | 'now'
  > {
  messages: ErrorKitMessages;
  classifyOptions: ClassifyOptions;
  now: () => number;
  /** Reports a failure to `onError`, once per failure. */
  report: (error: ClassifiedError) => void;
}

function merge(base: ErrorKitMessages, overrides: MessageOverrides | undefined): ErrorKitMessages {
  if (!overrides) return base;
  const kinds = { ...base.kinds };
  const own = overrides.kinds ?? {};
  for (const kind of Object.keys(own) as (keyof typeof kinds)[]) {
    kinds[kind] = { ...kinds[kind], ...own[kind] };
  }
  return { ...base, ...overrides, kinds };
}

const defaultValue: ErrorKitContextValue = {
  messages: en,
  classifyOptions: {},
  now: Date.now,
  report: () => {},
};

/**
 * Shares classify options, the message catalog, sign-in and access settings and the clock with
 * errorkit's components. Optional: without it they use English and `Date.now`.
 */
export function ErrorKitProvider({ children, kit, ...props }: ErrorKitProviderProps) {
  // Compared by content: inline objects and functions do not re-classify, re-focus or restart
  // countdowns; functions always call their latest version.
  // A prop given as `undefined` leaves the kit's value.
  const own = Object.entries(props).filter((entry) => entry[1] !== undefined);
  const config = useStableValue({ ...kit, ...Object.fromEntries(own) } as ErrorKit);
  const [reported] = useState(() => new WeakSet<object>());
  const value = useMemo<ErrorKitContextValue>(() => {
    const { classify, messages = en, overrides, now = Date.now, onError, ...rest } = config;
    return {
      ...rest,
      messages: merge(messages, overrides),
      // Titles and messages come from the catalog at render time (`localize`), so one
      // classification serves every locale.
      classifyOptions: { ...classify, now },
      now,
      supportUrl: safeLinkUrl('supportUrl', rest.supportUrl),
      statusPageUrl: safeLinkUrl('statusPageUrl', rest.statusPageUrl),
      report: (error) => {
        const key = typeof error.cause === 'object' && error.cause !== null ? error.cause : error;
        if (!onError || error.kind === 'cancelled' || reported.has(key)) return;
        reported.add(key);
        onError(error);
      },
    };
  }, [config, reported]);
  const liveRegion = { [LIVE_REGION_ATTRIBUTE]: '' };
  return (
    <ErrorKitContext.Provider value={value}>
      {children}
      {/* Rendered up front so it is in the page before any error text is written to it. */}
      <div {...liveRegion} aria-live="polite" aria-atomic="true" className="ek-visually-hidden" />
    </ErrorKitContext.Provider>
  );
}

/** The nearest provider's settings, or the defaults. */
export function useErrorKit(): ErrorKitContextValue {
  return useContext(ErrorKitContext) ?? defaultValue;
}
