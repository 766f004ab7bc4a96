/**
 * Helpers the components use on text that came from a payload (messages, field errors, form
 * errors, request ids, contacts). React already renders strings as text, never as markup; these
 * keep such text bounded. Where it is shown, the components put it in a `<bdi>` of its own (a
 * request id in `<bdi dir="ltr">`), so its direction, or a bidi control it carries, cannot
 * reorder the UI text around it.
 */

/** Default cap for payload text, the core's `maxMessageLength` default. */
export const DEFAULT_TEXT_LIMIT = 500;

/** Cap for request ids, as the core cuts them. */
export const REFERENCE_LIMIT = 200;

/** The cap from a `maxMessageLength` option: its value when usable, else the default. */
export function textLimit(max: number | undefined): number {
  return typeof max === 'number' && max >= 1 ? Math.floor(max) : DEFAULT_TEXT_LIMIT;
}

/**
 * Cuts `text` to `max` characters with an ellipsis. An already classified error passes the core
 * as it is (only its `message` is checked), so a hand-built one may carry a title, field errors
 * or a reference of any length; the UI never shows more than the cap.
 */
export function capText(text: string, max: number): string {
  if (text.length <= max) return text;
  // Never cut between the two halves of a surrogate pair (`max` is at least 1).
  const end = /[\uD800-\uDBFF]/.test(text[max - 2] ?? '') ? max - 2 : max - 1;
  return `${text.slice(0, end)}…`;
}
