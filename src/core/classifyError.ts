import { builtInDialects } from './dialects';
import { normalizeFieldPath } from './fieldPath';
import { type HeaderValues, readHeaders } from './headers';
import { readInput } from './inputs';
import { isClassifiedError } from './isClassifiedError';
import { levels } from './levels';
import { englishFieldMessage, messagesFor } from './messages';
import { quotaExhausted, retryHintFromHeaders } from './retryAfter';
import { isArray } from './safe';
import { isRetryableKind, kindFromStatus, kindFromSymbol } from './statusKind';
import { clip, DEFAULT_MAX_MESSAGE_LENGTH, detailText, isMarkup, userText } from './text';
import type {
  ClassifiedError,
  ClassifyOptions,
  Dialect,
  DialectResult,
  ErrorKind,
  FieldErrors,
} from './types';

const REQUEST_ID_HEADERS =
  'x-request-id request-id x-correlation-id x-amzn-requestid x-amz-request-id x-github-request-id x-trace-id cf-ray'.split(
    ' ',
  );

// A string body that is JSON is parsed so its dialect can be read.
function parseText(body: unknown): unknown {
  try {
    if (typeof body === 'string' && body.length < 1048577 && /^\s*[[{]/.test(body)) {
      return JSON.parse(body);
    }
  } catch {}
  return body;
}

function dialectsOf({ dialects }: ClassifyOptions): readonly Dialect[] {
  if (!isArray(dialects)) return builtInDialects;
  const named = dialects.map((d) =>
    typeof d === 'function' ? { name: d.name || 'custom', read: d } : d,
  );
  // Plain functions alone are the older form: extra readers in front of the built-in ones.
  return dialects.every((d) => typeof d === 'function') ? [...named, ...builtInDialects] : named;
}

// What each dialect that recognised the body found, and the dialects' names, in step.
function readDialects(body: unknown, options: ClassifyOptions, names: string[]): DialectResult[] {
  const results: DialectResult[] = [];
  // Nothing to read: a transport failure, or a response without a body.
  if (body === undefined) return results;
  levels(body, true);
  for (const { name, read } of dialectsOf(options)) {
    try {
      const result = read(body);
      // An app's dialect that throws is skipped, not fatal.
      if (result) {
        results.push(result);
        names.push(String(name));
      }
    } catch {}
  }
  levels(undefined, true);
  return results;
}

// The first dialect result whose list or map under `key` is not empty, and that value's keys
// (`Object.keys`, which costs far less than `for...in` on lists and maps without a prototype).
function pick(results: DialectResult[], key: 'formErrors' | 'fieldErrors') {
  for (const r of results) {
    const keys = Object.keys(r[key] ?? {});
    if (keys.length) return { from: r, keys };
  }
  return { keys: [] as string[] };
}

// The first value of each single part across the dialects' results.
function firstParts(results: DialectResult[]): DialectResult {
  const m: DialectResult = {};
  for (const r of results) {
    m.status ??= r.status;
    m.code ??= r.code;
    m.statusCode ??= r.statusCode;
    m.detail ??= r.detail;
    m.message ??= r.message;
    m.retryAfterMs ??= r.retryAfterMs;
    m.requestId ??= r.requestId;
  }
  return m;
}

// Catalog text is the same few strings on every call: remember which ones need no clipping.
const tidy = new Set<string>();
function clipCatalog(text: string, max: number): string {
  if (tidy.has(text) && text.length <= max) return text;
  const clipped = clip(text, max);
  if (clipped === text && tidy.size < 100) tidy.add(text);
  return clipped;
}

function texts(values: unknown, max: number, into: string[] = []): string[] {
  if (isArray(values)) {
    for (const value of values) {
      const text = typeof value === 'string' && !isMarkup(value) ? clip(value, max) : '';
      if (text && !into.includes(text)) into.push(text);
    }
  }
  return into;
}

function requestIdFrom(headers: HeaderValues): string | undefined {
  for (const name of REQUEST_ID_HEADERS) if (headers[name]) return headers[name];
  return headers.traceparent?.split('-')[1] || headers['x-cloud-trace-context']?.split('/')[0];
}

// A message that repeats a field's message after a prefix (`email: ...`), or two of them, is the
// field errors again in a form meant for logs. A text as long as the message or longer cannot be
// inside it, which spares the search on most.
function listsFields(message: string, fieldErrors: FieldErrors): boolean {
  let seen = 0;
  for (const key in fieldErrors) {
    for (const text of fieldErrors[key] as string[]) {
      if (
        text.length < message.length &&
        message.includes(text) &&
        (message.endsWith(text) || ++seen > 1)
      ) {
        return true;
      }
    }
  }
  return false;
}

function decideKind(
  status: number | undefined,
  code: string | undefined,
  symbol: string | undefined,
  headers: HeaderValues,
  hasFields: boolean,
  codes: ClassifyOptions['codes'],
): ErrorKind {
  const named =
    (code !== undefined && codes && Object.hasOwn(codes, code) ? codes[code] : undefined) ??
    (symbol && kindFromSymbol(symbol));
  if (named) return named;
  if (status === undefined) return hasFields ? 'validation' : 'unknown';
  if (status === 403 && (quotaExhausted(headers) || headers['retry-after'] !== undefined)) {
    return 'rate-limited';
  }
  // Statuses that keep their kind even when the body carries field errors: 401 403 408 409 429.
  return hasFields && /^4(?!0[1389]|29)/.test(String(status))
    ? 'validation'
    : kindFromStatus(status);
}

function maxLength({ maxMessageLength: max }: ClassifyOptions): number {
  return typeof max === 'number' && max >= 1 ? max : DEFAULT_MAX_MESSAGE_LENGTH;
}

// Sets `key` on `out` when `value` is not empty after clipping to `max`.
function put(out: ClassifiedError, key: keyof ClassifiedError, value: unknown, max: number) {
  const text = typeof value === 'string' ? clip(value, max) : '';
  if (text) (out as unknown as Record<string, string>)[key] = text;
}

function classify(error: unknown, options: ClassifyOptions): ClassifiedError {
  const max = maxLength(options);
  const input = readInput(error);
  const body = parseText(input.body);
  const headers = readHeaders(input.headers);
  const names: string[] = [];
  const results = readDialects(body, options, names);
  const first = firstParts(results);

  // A transport failure has no body, so no dialect result either.
  const status = input.status ?? first.status;
  const code = first.code;
  const fieldErrors: FieldErrors = Object.create(null);
  const formsFrom = pick(results, 'formErrors').from;
  const formErrors = texts(formsFrom?.formErrors, max);
  const { from: fieldsFrom, keys } = pick(results, 'fieldErrors');
  const rawFields = fieldsFrom?.fieldErrors ?? {};
  let hasFields = false;
  const withheld: Record<string, 'invalid'> = {};
  // The shortest field message: a message no longer than it cannot list the field errors.
  let shortest = Number.POSITIVE_INFINITY;
  for (const key of keys) {
    const path = normalizeFieldPath(key);
    const raw = rawFields[key];
    const messages = texts(raw, max, path ? fieldErrors[path] : formErrors);
    if (!path) continue;
    // Every message withheld (markup, a stack trace): the field still failed, so it stays.
    if (!messages.length && isArray(raw) && raw.length) {
      messages.push(clip(englishFieldMessage, max));
      withheld[path] = 'invalid';
    }
    if (messages.length) {
      fieldErrors[path] = messages;
      hasFields = true;
      for (const text of messages) shortest = Math.min(shortest, text.length);
    }
  }
  // `WWW-Authenticate: Bearer error="invalid_token"` (RFC 6750) and AWS's `x-amzn-errortype`.
  const symbol =
    first.statusCode ??
    (headers['www-authenticate'] && /\berror="?([\w-]+)/.exec(headers['www-authenticate'])?.[1]) ??
    headers['x-amzn-errortype']?.split(':')[0];
  const kind =
    input.transport ?? decideKind(status, code, symbol, headers, hasFields, options.codes);
  const defaults = messagesFor(kind, options.messages);

  // Server-side failures show the kind's own message; their payload text is for developers.
  const serverSide = (status ?? 0) > 499 || kind === 'server' || kind === 'unavailable';
  let message: string | undefined;
  let messageFrom: DialectResult | undefined;
  if (!serverSide) {
    for (const r of results) {
      const text = userText(r.message, max);
      if (text && !(text.length > shortest && listsFields(text, fieldErrors))) {
        message = text;
        messageFrom = r;
        break;
      }
    }
    message ??= userText(body, max) ?? formErrors[0];
  }
  const detail =
    detailText(first.detail, max) ??
    (serverSide ? detailText(first.message, max) : undefined) ??
    (message ? undefined : (detailText(body, max) ?? detailText(input.detail, max)));
  const retryAfterMs =
    retryHintFromHeaders(
      headers,
      (options.now ?? Date.now)(),
      kind === 'rate-limited' || quotaExhausted(headers),
    ) ?? first.retryAfterMs;

  const classified: ClassifiedError = {
    kind,
    title: clipCatalog(defaults.title, max),
    message: message ?? clipCatalog(defaults.message, max),
    fieldErrors,
    formErrors: serverSide ? [] : formErrors,
    retryable: isRetryableKind(kind),
    defaults: { title: true, message: message === undefined, fields: withheld },
    cause: error,
  };
  if (status !== undefined) classified.status = status;
  put(classified, 'code', code, 100);
  if (detail !== classified.message) put(classified, 'detail', detail, max);
  if (Number.isFinite(retryAfterMs) && (retryAfterMs as number) >= 0) {
    classified.retryAfterMs = retryAfterMs;
  }
  put(classified, 'requestId', requestIdFrom(headers) || first.requestId, 200);
  put(classified, 'method', input.method, 20);
  if (input.idempotencyKey) classified.idempotencyKey = input.idempotencyKey;
  put(
    classified,
    'dialect',
    names[results.indexOf((fieldsFrom ?? messageFrom ?? formsFrom ?? results[0]) as DialectResult)],
    100,
  );
  return classified;
}

/**
 * Turns anything thrown by an API call into a {@link ClassifiedError}. Synchronous, pure and
 * total: it never throws, whatever it is given. An already classified error is returned as is.
 */
export function classifyError(error: unknown, options: ClassifyOptions = {}): ClassifiedError {
  try {
    // An already classified error comes back as it is, its message cut to this call's cap.
    if (isClassifiedError(error)) {
      const max = maxLength(options);
      return error.message.length > max ? { ...error, message: clip(error.message, max) } : error;
    }
    return classify(error, options);
  } catch {
    // Only hostile options get here (a throwing `now`, getters on `messages`).
    let max = DEFAULT_MAX_MESSAGE_LENGTH;
    try {
      max = maxLength(options);
    } catch {}
    return { ...classify(undefined, { maxMessageLength: max }), cause: error };
  }
}
