/**
 * Hostile payload text for the components' browser tests: markup, script URLs, HTML entities,
 * bidi controls, zero-width and control characters, huge strings, and odd field keys. Each is
 * fed both as raw responses (through the core) and as already classified errors carrying it
 * directly (which the core passes on as they are).
 */
import { type ClassifiedError, classifyError, type ErrorKind, HttpError } from '../../src/core';

/** One hostile string. */
export interface HostilePayload {
  name: string;
  text: string;
}

const KB = 1024;

/** Text payloads: messages, titles, form errors, request ids, contacts, login URLs. */
export const hostilePayloads: readonly HostilePayload[] = [
  { name: 'script element', text: '<script>alert(1)</script>' },
  { name: 'img onerror', text: '<img src=x onerror=alert(1)>' },
  { name: 'attribute breakout svg onload', text: '"><svg onload=alert(1)>' },
  { name: 'iframe srcdoc', text: '<iframe srcdoc="<script>alert(1)</script>"></iframe>' },
  { name: 'javascript URL', text: 'javascript:alert(1)' },
  { name: 'obfuscated javascript URL', text: 'java\tscript:alert(1)' },
  { name: 'data URL', text: 'data:text/html,<script>alert(1)</script>' },
  { name: 'HTML entities', text: '&lt;b&gt;bold&lt;/b&gt; &amp; &#60;i&#62;' },
  { name: 'anchor with href', text: '<a href="javascript:alert(1)">Sign in</a>' },
  { name: 'RLO override', text: 'Card \u202Egnp.exe declined' },
  { name: 'unterminated RLO', text: '\u202Eevil text that never pops' },
  { name: 'LRI/RLI/FSI/PDI isolates', text: 'a\u2066b\u2067c\u2068d\u2069e left open \u2067' },
  { name: 'RLM and Hebrew', text: '\u200Fשגיאה: הכרטיס נדחה' },
  { name: 'Arabic with LRE/PDF', text: 'خطأ \u202Aabc\u202C نهاية' },
  { name: 'zero-width characters', text: 'pa\u200Bss\u200Cwo\u200Drd\uFEFF\u2060' },
  { name: 'null bytes', text: 'before\u0000after\u0000' },
  { name: 'CRLF injection', text: 'line one\r\nSet-Cookie: a=b\r\n\r\n<b>two</b>' },
  { name: 'template placeholders', text: '{id} {contact} {count} \u0024{alert(1)}' },
  { name: 'emoji and surrogates', text: '💥🧨 ошибка 𝔘𝔫𝔦𝔠𝔬𝔡𝔢' },
  { name: 'lone surrogate', text: 'broken \uD800 pair' },
  { name: 'whitespace only', text: ' \t\u00A0\u3000 ' },
  { name: '100 KB message', text: `${'A long message. '.repeat((100 * KB) / 16)}` },
  { name: '1 MB message', text: `<b>${'x'.repeat(KB * KB)}</b>` },
  { name: 'CSS injection', text: '</style><style>body{display:none}*{color:red}</style>' },
  {
    name: 'CSS expression and import',
    text: '@import url(//evil.example/x.css); x:expression(alert(1))',
  },
  { name: 'base64 data URL', text: 'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==' },
  { name: 'vbscript URL', text: 'vbscript:msgbox(1)' },
  { name: 'entity-encoded javascript URL', text: 'javascript&colon;alert(1)' },
  {
    name: 'SVG xlink:href',
    text: '<svg><a xlink:href="javascript:alert(1)"><text x="9" y="9">Sign in</text></a></svg>',
  },
  { name: 'template expression', text: "{{constructor.constructor('alert(1)')()}}" },
  { name: 'lone NUL', text: '\u0000' },
  {
    name: 'Unicode tag characters',
    text: 'safe\u{E0001}\u{E0069}\u{E0067}\u{E006E}\u{E007F} text',
  },
  {
    name: 'overlong UTF-8 and fullwidth lookalikes',
    text: '%C0%BCscript%C0%BE \u00C0\u00BC \uFF1Cscript\uFF1Ealert(1)\uFF1C/script\uFF1E',
  },
  {
    name: 'mutation XSS',
    text: '<math><mtext><table><mglyph><style><img src=x onerror=alert(1)></style></mglyph>',
  },
  {
    name: 'meta refresh and base',
    text: '<meta http-equiv="refresh" content="0;url=/x"><base href="//evil.example/">',
  },
  { name: 'script breakout with U+2028', text: '</script><script>alert(1)//\u2028\u2029' },
  {
    name: 'mixed RTL/LTR with numbers',
    text: 'הזמנה 12345 נכשלה: 3.5% ($1,234.56) order #42 طلب ٣٤٥ 2026-11-21',
  },
  { name: '1 MB of script tags', text: '<script>alert(1)</script>'.repeat((KB * KB) / 25) },
];

/** Field keys a payload (or a hand-built classified error) may use. */
export const hostileKeys: readonly string[] = [
  '__proto__',
  'constructor',
  'prototype',
  'hasOwnProperty',
  'a.b[0]',
  '',
  'k'.repeat(2000),
  '📧',
  '👨‍👩‍👧.name',
  'with # hash',
  'with spaces and "quotes" and \'single\'',
  '"><img src=x onerror=alert(1)>',
  'javascript:alert(1)',
  '\u202Eliame',
  'null\u0000byte',
];

/** A plain input of each kind, to classify and then override with hostile text. */
export const kindInputs: Readonly<Partial<Record<ErrorKind, () => unknown>>> = {
  validation: () => new HttpError({ status: 422, method: 'POST' }),
  unauthenticated: () => new HttpError({ status: 401, method: 'GET' }),
  forbidden: () => new HttpError({ status: 403, method: 'GET' }),
  'not-found': () => new HttpError({ status: 404, method: 'GET' }),
  conflict: () => new HttpError({ status: 409, method: 'PUT' }),
  'rate-limited': () =>
    new HttpError({ status: 429, method: 'GET', headers: { 'retry-after': '30' } }),
  unavailable: () => new HttpError({ status: 503, method: 'GET' }),
  server: () => new HttpError({ status: 500, method: 'GET' }),
  timeout: () => new HttpError({ status: 408, method: 'GET' }),
  network: () => new TypeError('Failed to fetch'),
  client: () => new HttpError({ status: 418, method: 'GET' }),
  unknown: () => ({ weird: true }),
};

/** The core's default `maxMessageLength`. */
export const MAX_MESSAGE_LENGTH = 500;

/**
 * An already classified error of `kind`, overridden (spread) with hostile text in its title,
 * message, field errors (also under each of `keys`), form errors and request id.
 *
 * The message is cut to the core's cap unless `fullMessage`: the core classifies a classified
 * error whose message breaks the cap again from scratch, which drops the other overrides.
 */
export function hostileClassified(
  kind: ErrorKind,
  text: string,
  keys: readonly string[] = [],
  fullMessage = false,
): ClassifiedError {
  const base = classifyError(kindInputs[kind]?.());
  const fieldErrors: Record<string, string[]> = Object.create(null);
  fieldErrors.email = [text];
  for (const key of keys) fieldErrors[key] = [text, `${key} is wrong`];
  return {
    ...base,
    kind,
    title: text,
    message: fullMessage ? text : text.slice(0, MAX_MESSAGE_LENGTH),
    fieldErrors,
    formErrors: [text],
    requestId: text,
    // Every text is the server's: the catalog words none of it.
    defaults: {},
  };
}

/** A raw response carrying the text in its message, field errors, keys and request id. */
export function hostileResponse(status: number, text: string): HttpError {
  return new HttpError({
    status,
    method: 'GET',
    headers: {
      'content-type': 'application/json',
      // Header values are Latin-1 without line breaks or NULs: keep the rest.
      'x-request-id': text.replace(/[^\x20-\x7e]/g, '?').slice(0, 4096),
    },
    body: {
      message: text,
      errors: { email: [text], [text.slice(0, 2000)]: [text] },
    },
  });
}
