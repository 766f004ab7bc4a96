import { catalogOf } from '../../.storybook/withErrorKitGlobals';
import { type ErrorKitMessages, fill, plural } from '../../src/react';

/**
 * The catalog of the toolbar's locale, for play checks that read their expected strings from it
 * (so every story passes under every locale). Pass the play context's `globals`.
 */
export const messagesFor = (globals: Record<string, unknown> | undefined): ErrorKitMessages =>
  catalogOf(globals);

/**
 * The seconds a countdown text says, read back through the catalog's own plural forms (some
 * locales spell small counts out, e.g. Arabic "ثانيتين"); undefined when no count up to
 * `max` gives that text.
 */
export function countdownSeconds(
  messages: ErrorKitMessages,
  text: string,
  max = 3600,
): number | undefined {
  for (let seconds = 0; seconds <= max; seconds += 1) {
    if (plural(messages.locale, messages.retryingIn, seconds) === text.trim()) return seconds;
  }
  return undefined;
}

/** "Reference: {id}" in the catalog's words. */
export const referenceText = (messages: ErrorKitMessages, id: string): string =>
  fill(messages.reference, { id });

/** "Attempt {attempt} of {max}" in the catalog's words. */
export const attemptText = (messages: ErrorKitMessages, attempt: number, max: number): string =>
  fill(messages.attempt, { attempt, max });

/** Bidirectional isolates and marks the kit puts around payload text (FSI…PDI, LRM, RLM). */
const BIDI_CONTROLS = /[\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/** An element's text without bidirectional controls, as a reader sees it. */
export const visibleText = (element: Element | null): string =>
  (element?.textContent ?? '').replace(BIDI_CONTROLS, '');
