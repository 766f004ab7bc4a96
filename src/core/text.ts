/** Default cap for user-facing text, in characters. */
export const DEFAULT_MAX_MESSAGE_LENGTH = 500;

// Text longer than this is never inspected in full: only its head can become a message.
const SCAN_WINDOW = 8192;

const MARKUP_START = /^\s*<(?:!doctype|html|head|body|\?xml|!--|[a-z][a-z0-9-]*[\s>/])/i;
const STACK_TRACE =
  /(?:\n\s*at\s+\S.*(?::\d+(?::\d+)?\)?|\(native\))\s*$)|Traceback \(most recent call last\)|\n\s+at [\w$.<>]+\([\w$.]+\.(?:java|kt|scala|cs):\d+\)|^\s*(?:[\w$]+\.)+[\w$]*(?:Exception|Error)(?::|\s+at\b)/m;
const TITLE = /<title[^>]*>([^<]{1,200})<\/title>/i;

// Reason phrases say nothing a kind's own message does not say better.
const REASON_PHRASES = new Set([
  'bad request',
  'unauthorized',
  'unauthorised',
  'payment required',
  'forbidden',
  'not found',
  'method not allowed',
  'not acceptable',
  'request timeout',
  'conflict',
  'gone',
  'precondition failed',
  'payload too large',
  'unsupported media type',
  'unprocessable entity',
  'unprocessable content',
  'locked',
  'too many requests',
  'internal server error',
  'not implemented',
  'bad gateway',
  'service unavailable',
  'gateway timeout',
  'error',
  'unknown error',
  'no message available',
]);

/** True when the text is markup (an HTML or XML page), which is never shown to users. */
export function isMarkup(text: string): boolean {
  return MARKUP_START.test(text.slice(0, 256));
}

/** The `<title>` of an HTML page, for developer-facing detail. */
export function markupTitle(text: string): string | undefined {
  const found = TITLE.exec(text.slice(0, SCAN_WINDOW));
  return found?.[1] ? collapse(found[1]) || undefined : undefined;
}

function collapse(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** Trims, folds white space and cuts text to `max` characters with an ellipsis. */
export function clip(text: string, max: number): string {
  const head = collapse(text.length > SCAN_WINDOW ? text.slice(0, SCAN_WINDOW) : text);
  const limit = Math.max(1, Math.floor(max));
  return head.length > limit ? `${head.slice(0, limit - 1).trimEnd()}…` : head;
}

/**
 * Turns payload text into a user-facing sentence, or `undefined` when it must not be shown:
 * empty, markup, a stack trace, or only an HTTP reason phrase.
 */
export function userText(value: unknown, max: number): string | undefined {
  if (typeof value !== 'string') return undefined;
  const head = value.length > SCAN_WINDOW ? value.slice(0, SCAN_WINDOW) : value;
  if (isMarkup(head) || STACK_TRACE.test(head)) return undefined;
  const text = clip(head, max);
  if (text === '' || REASON_PHRASES.has(text.toLowerCase().replace(/[.!]$/, ''))) return undefined;
  return text;
}

/** Developer-facing text: anything but markup, trimmed and capped. */
export function detailText(value: unknown, max: number): string | undefined {
  if (typeof value !== 'string') return undefined;
  if (isMarkup(value)) return markupTitle(value);
  return clip(value, max) || undefined;
}
