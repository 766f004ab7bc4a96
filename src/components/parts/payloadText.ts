/**
 * Text from a payload is bounded here; where shown it sits in a `<bdi>` of its own, so its
 * direction, or a bidi control it carries, cannot reorder the UI text around it.
 */

/** Default cap for payload text, the core's `maxMessageLength` default. */
export const DEFAULT_TEXT_LIMIT = 500;

/** Cap for request ids, as the core cuts them. */
export const REFERENCE_LIMIT = 200;

export function textLimit(max: number | undefined): number {
  return typeof max === 'number' && max >= 1 ? Math.floor(max) : DEFAULT_TEXT_LIMIT;
}

/**
 * Cuts `text` to `max` characters with an ellipsis. A hand-built classified error skips the
 * core's caps, so the UI caps every payload text again.
 */
export function capText(text: string, max: number): string {
  if (text.length <= max) return text;
  // Never cut between the two halves of a surrogate pair (`max` is at least 1).
  const end = /[\uD800-\uDBFF]/.test(text[max - 2] ?? '') ? max - 2 : max - 1;
  return `${text.slice(0, end)}…`;
}
