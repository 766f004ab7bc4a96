import type {
  ClassifiedError,
  ClassifyOptions,
  ErrorKind,
  FieldMessageCode,
  KindMessages,
  RetryDecision,
  RetryOptions,
} from '../core';
import type { ErrorKitMessages } from '../locales/types';

/** Overrides for a catalog: any string, any kind's title or message, any field message. */
export type MessageOverrides = Partial<Omit<ErrorKitMessages, 'kinds' | 'fields'>> & {
  kinds?: Partial<Record<ErrorKind, Partial<KindMessages>>>;
  fields?: Partial<Record<FieldMessageCode, string>>;
};

/** The retry rules of a kit: `retryDecision`'s options, for every data library alike. */
export type KitRetryOptions = Omit<RetryOptions, 'mutation'>;

/** What {@link errorKit} is made from. Every setting is optional. */
export interface ErrorKitConfig {
  /**
   * Options for every classification (`codes`, `dialects`, `maxMessageLength`).
   * @default {}
   */
  classify?: Omit<ClassifyOptions, 'messages' | 'now'>;
  /**
   * The message catalog: `en` (built in), or one from `errorkit/locales/*`.
   * @default en
   */
  messages?: ErrorKitMessages;
  /** Per-app overrides on top of `messages`. */
  overrides?: MessageOverrides;
  /**
   * Retry rules for `retryPolicy` and every data-library adapter.
   * @default {}
   */
  retry?: KitRetryOptions;
  /** Signs the user in again without leaving the page; sign-in prompts call it. */
  reauthenticate?: () => Promise<unknown>;
  /** Same-origin sign-in page, used when there is no `reauthenticate`. Other origins are refused. */
  loginUrl?: string;
  /** Who can grant access, named in permission notices (`'your workspace admin'`). */
  accessContact?: string;
  /** Lets a user ask for access from a permission notice ("Request access"). */
  onRequestAccess?: () => void;
  /** Support page for server and unexpected errors: a relative path or an `http(s)` URL. */
  supportUrl?: string;
  /** Service status page for unavailable services: a relative path or an `http(s)` URL. */
  statusPageUrl?: string;
  /** Called once per distinct failure (not per render, layer or retry tick), for monitoring. */
  onError?: (error: ClassifiedError) => void;
  /**
   * Clock in ms since the epoch; inject one in tests.
   * @default Date.now
   */
  now?: () => number;
}

/** The app's errorkit, made once by {@link errorKit} like TanStack Query's `QueryClient`. */
export interface ErrorKit {
  /** The settings it was made from, with unusable values left out. */
  readonly config: Readonly<ErrorKitConfig>;
  readonly messages: ErrorKitMessages;
  readonly classifyOptions: Readonly<ClassifyOptions>;
  readonly retryOptions: Readonly<KitRetryOptions>;
  readonly now: () => number;
  readonly reauthenticate: (() => Promise<unknown>) | undefined;
  readonly loginUrl: string | undefined;
  readonly accessContact: string | undefined;
  readonly onRequestAccess: (() => void) | undefined;
  /** `supportUrl` when it is safe to link to. */
  readonly supportUrl: string | undefined;
  /** `statusPageUrl` when it is safe to link to. */
  readonly statusPageUrl: string | undefined;
  /** Classified once per kit however many layers ask, for as long as the error object lives. */
  classify(error: unknown): ClassifiedError;
  /** Whether and when to retry this failure automatically, by the kit's rules. */
  retryDecision(
    error: unknown,
    failureCount: number,
    options?: Pick<RetryOptions, 'mutation'>,
  ): RetryDecision;
  /** Tells `onError` of a failure, once per failure. */
  report(error: ClassifiedError): void;
}
