import type { ErrorKind, FieldMessageCode, KindMessages } from '../core';

/** Text that changes with a count: one form per `Intl.PluralRules` category (`other` is required). */
export type PluralText = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

/**
 * Every built-in string of errorkit's components. `{name}` placeholders are filled in by the
 * components; plural texts pick their form through `Intl.PluralRules` for the catalog's locale.
 */
export interface ErrorKitMessages {
  /** BCP 47 locale the catalog is written in; also used for plural rules. */
  locale: string;
  /** Writing direction of the locale. */
  dir: 'ltr' | 'rtl';
  /** Heading and sentence per error kind (the core's English ones are the default). */
  kinds: Record<ErrorKind, KindMessages>;
  /** Visually hidden prefix read before a field's message. */
  errorPrefix: string;
  /** Heading of the error summary. */
  summaryTitle: string;
  /** Support reference line: `{id}`. */
  reference: string;
  /** Retry banner texts. */
  retryNow: string;
  stop: string;
  tryAgain: string;
  /** Countdown: `{count}` seconds until the next attempt. */
  retryingIn: PluralText;
  /** Countdown over 90 seconds: `{count}` whole minutes (rounded up) until the next attempt. */
  retryingInMinutes: PluralText;
  /** Which attempt comes next: `{attempt}` of `{max}`. */
  attempt: string;
  paused: string;
  stopped: string;
  /** The message while a countdown leads to an automatic retry (instead of a kind's "try again"). */
  willRetry: string;
  /** Announced when a retry leaves ("Retry now", or the countdown's end). */
  retrying: string;
  exhausted: string;
  notRetried: string;
  /** Re-authentication texts. */
  signInAgain: string;
  signingIn: string;
  signInFailed: string;
  /** Permission texts: `{contact}` names who can grant access. */
  askForAccess: string;
  requestAccess: string;
  /**
   * Field messages for a server that sent only a code (`missing_field`, `already_exists`);
   * `invalid` also stands in for a field whose every server message was withheld (markup).
   */
  fields: Record<FieldMessageCode, string>;
  /** Link to the service status page (`statusPageUrl`), shown for unavailable services. */
  statusPage: string;
  /** Link to the support page (`supportUrl`), shown for server and unexpected errors. */
  contactSupport: string;
  /** After signing in again, for a request that failed and was not sent again by itself. */
  signedIn: string;
  notSentYet: string;
  sendAgain: string;
}
