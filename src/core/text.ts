/** Default cap for user-facing text, in characters. */
export const DEFAULT_MAX_MESSAGE_LENGTH = 500;

// Text longer than this is never inspected in full: only its head can become a message.
const WINDOW = 8192;

const MARKUP = /^\s*<(!doctype|html|head|body|\?xml|!--|[a-z][\w-]*[\s>/])/i;
const STACK_TRACE =
  /\n[ \t]*at \S.*(:\d+\)?|\(native\))[ \t]*$|Traceback \(most recent call last\)|^[ \t]*([\w$]+\.)+\w*(Exception|Error)\b/m;
// A reason phrase alone says nothing the kind's own message does not say better.
const REASON_PHRASE =
  /^(\d{3} |\w+(Exception|Error): )?(bad request|unauthori[sz]ed|unauthenticated|payment required|forbidden|(page )?not found|method not allowed|not acceptable|request timeout|conflict|gone|precondition failed|payload too large|unsupported media type|unprocessable (entity|content)|locked|too many (requests|attempts)|internal server error|not implemented|bad gateway|service unavailable|gateway timeout|(unknown )?error|no message available|\d+ errors? occurred)[.!]?$/i;

/**
 * The start of an issue list sent as text, which `readIssueText` reads into fields: Fastify's Ajv
 * text (`body/address must ...`), Go's validator (`Key: 'Order.Email' Error:...`) and binders
 * (`json: cannot unmarshal ...`, `Unmarshal type error: ... field=qty`), bracketed paths
 * (`[body.email] Invalid email address`).
 */
export const ISSUE_TEXT = /^(?:[a-z]+\/\S* |Key: '|\[[\w.]+\] |json: |Unmarshal)/;

/**
 * Text written for developers, never the message: an issue list as text (`ISSUE_TEXT`'s forms,
 * repeated so that one pattern answers), a parser's words on a body that is not JSON (`Unexpected
 * end of JSON input`), Go's `strconv`, a route that is not there (`Cannot GET /nope`,
 * `Endpoint "GET /nope" not found.`, `/nope does not exist`).
 */
export const FOR_DEVELOPERS =
  /^(?:[a-z]+\/\S* |Key: '|\[[\w.]+\] |json: |Unmarshal|strconv\.|Cannot [A-Z]+ \/|(?:Error: )?No route matches )|JSON (?:input|body|at)|\/\S* (?:not found|does)/;

// Text the rewrite in `clip` would leave as it is: words with single spaces between them.
// Anchored, it is read in one pass.
const TIDY = /^\S+(?: \S+)*$/;

/** True when the text is markup (an HTML or XML page), which is never shown to users. */
export function isMarkup(text: string): boolean {
  return text.includes('<') && MARKUP.test(text.slice(0, 256));
}

/** Trims, folds white space and cuts text to `max` characters with an ellipsis. */
export function clip(text: string, max: number): string {
  const limit = Math.max(1, Math.floor(max) || 1);
  // Most payload text is already one tidy line: skip the rewrite.
  if (text.length <= limit && TIDY.test(text)) return text;
  const head = text.slice(0, WINDOW).replace(/\s+/g, ' ').trim();
  if (head.length <= limit) return head;
  // Never cut between the two halves of a surrogate pair.
  const end = /[\uD800-\uDBFF]/.test(head[limit - 2] ?? '') ? limit - 2 : limit - 1;
  return `${head.slice(0, end).trimEnd()}…`;
}

/**
 * Turns payload text into a user-facing sentence, or `undefined` when it must not be shown:
 * empty, markup, a stack trace, or only an HTTP reason phrase.
 */
export function userText(value: unknown, max: number): string | undefined {
  if (typeof value !== 'string') return undefined;
  const head = value.slice(0, WINDOW);
  const mayBeTrace = head.includes('\n') || head.includes('Exception') || head.includes('Error');
  if (isMarkup(head) || (mayBeTrace && STACK_TRACE.test(head))) return undefined;
  const text = clip(head, max);
  return text &&
    !REASON_PHRASE.test(text) &&
    !BARE_CODE.test(text) &&
    !isJsonText(text) &&
    !FOR_DEVELOPERS.test(text)
    ? text
    : undefined;
}

/** Developer-facing text: anything but markup (an HTML page gives its `<title>`), capped. */
export function detailText(value: unknown, max: number): string | undefined {
  if (typeof value !== 'string') return undefined;
  const text = isMarkup(value) ? /<title[^>]*>([^<]*)</i.exec(value.slice(0, WINDOW))?.[1] : value;
  return (text && clip(text, max)) || undefined;
}

/** A machine code rather than a sentence: `EMAIL_EXISTS`, `E0000001`, `card_declined`. */
export const BARE_CODE = /^[A-Z][A-Z\d_]{2,}$|^[a-z][a-z\d.]*_[a-z\d_.]*$/;

/** True for text that is JSON (an object or a list), which is data and never a message. */
export const isJsonText = (text: string): boolean => /^\s*[[{][\s\S]*[\]}]\s*$/.test(text);

/** A status line where a code belongs: `401 Unauthorized`. */
export const STATUS_LINE = /^\d{3} .*/;

/** Firebase puts the code before the sentence: `WEAK_PASSWORD : Password should be ...`. */
export const CODED_TEXT = /^([A-Z][A-Z\d_]+) : (.+)/s;
