import { builtInDialects } from './dialects';
import { normalizeFieldPath } from './fieldPath';
import { type HeaderValues, readHeaders } from './headers';
import { readInput } from './inputs';
import { isClassifiedError } from './isClassifiedError';
import { levels } from './levels';
import { englishFieldMessage, messagesFor } from './messages';
import { quotaExhausted, retryHintFromHeaders } from './retryAfter';
import { isArray } from './safe';
import {
  isRetryableKind,
  KEEPS_KIND_WITH_FIELDS,
  kindFromStatus,
  kindFromSymbol,
} from './statusKind';
import { clip, DEFAULT_MAX_MESSAGE_LENGTH, detailText, isMarkup, userText } from './text';
import type {
  ClassifiedError,
  ClassifyOptions,
  Dialect,
  DialectResult,
  ErrorKind,
  FieldErrors,
} from './types';

const REQUEST_ID_HEADERS = [
  'x-request-id',
  'request-id',
  'x-correlation-id',
  'x-amzn-requestid',
  'x-amz-request-id',
  'x-github-request-id',
  'x-trace-id',
  'cf-ray',
];

// A string body that is JSON is parsed so its dialect can be read.
function parseText(body: unknown): unknown {
  if (typeof body !== 'string' || body.length > 1048576 || !/^\s*[[{]/.test(body)) return body;
  try {
    return JSON.parse(body);
  } catch {
    return body;
  }
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
  levels(body, true);
  for (const dialect of dialectsOf(options)) {
    try {
      const result = dialect.read(body);
      if (result) {
        results.push(result);
        names.push(String(dialect.name));
      }
    } catch {
      // An app's dialect that throws is skipped, not fatal.
    }
  }
  levels(undefined, true);
  return results;
}

// The first dialect result that has `key`.
function pick<K extends keyof DialectResult>(results: DialectResult[], key: K): DialectResult[K] {
  for (const r of results) if (r[key] !== undefined) return r[key];
  return undefined;
}

// The first dialect result whose list or map under `key` is not empty.
function firstWith(results: DialectResult[], key: 'formErrors' | 'fieldErrors') {
  for (const r of results) {
    const value = r[key];
    if (key === 'formErrors') {
      if ((value as string[] | undefined)?.length) return r;
    } else if (value) {
      for (const name in value) if (Object.hasOwn(value, name)) return r;
    }
  }
  return undefined;
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
  return (
    headers.traceparent?.split('-')[1] ||
    headers['x-cloud-trace-context']?.split('/')[0] ||
    undefined
  );
}

// `WWW-Authenticate: Bearer error="invalid_token"` (RFC 6750) and AWS's `x-amzn-errortype`.
function headerSymbol(headers: HeaderValues): string | undefined {
  return (
    /\berror="?([\w-]+)/.exec(headers['www-authenticate'] ?? '')?.[1] ??
    headers['x-amzn-errortype']?.split(':')[0]
  );
}

// A message that repeats a field's message after a prefix (`email: ...`), or two of them, is the
// field errors again in a form meant for logs.
function listsFields(message: string, fieldErrors: FieldErrors): boolean {
  let seen = 0;
  for (const key in fieldErrors) {
    for (const text of fieldErrors[key] ?? []) {
      if (text !== message && message.includes(text) && (message.endsWith(text) || ++seen > 1)) {
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
  const mapped =
    code !== undefined && codes && Object.hasOwn(codes, code) ? codes[code] : undefined;
  const named = mapped ?? (symbol === undefined ? undefined : kindFromSymbol(symbol));
  if (named) return named;
  if (status === undefined) return hasFields ? 'validation' : 'unknown';
  if (status === 403 && (quotaExhausted(headers) || headers['retry-after'] !== undefined)) {
    return 'rate-limited';
  }
  if (hasFields && status >= 400 && status < 500 && !KEEPS_KIND_WITH_FIELDS.includes(status)) {
    return 'validation';
  }
  return kindFromStatus(status);
}

function maxLength({ maxMessageLength: max }: ClassifyOptions): number {
  return typeof max === 'number' && max >= 1 ? max : DEFAULT_MAX_MESSAGE_LENGTH;
}

function classify(error: unknown, options: ClassifyOptions): ClassifiedError {
  const max = maxLength(options);
  const input = readInput(error);
  const body = parseText(input.body);
  const headers = readHeaders(input.headers);
  const names: string[] = [];
  const results = readDialects(body, options, names);

  const status = input.status ?? (input.transport ? undefined : pick(results, 'status'));
  const code = pick(results, 'code');
  const fieldErrors: FieldErrors = Object.create(null);
  const formsFrom = firstWith(results, 'formErrors');
  const formErrors = texts(formsFrom?.formErrors, max);
  const fieldsFrom = firstWith(results, 'fieldErrors');
  const rawFields = fieldsFrom?.fieldErrors ?? {};
  let hasFields = false;
  for (const key of Object.keys(rawFields)) {
    const path = normalizeFieldPath(key);
    const raw = rawFields[key];
    const messages = texts(raw, max, path ? fieldErrors[path] : formErrors);
    if (!path) continue;
    // Every message withheld (markup, a stack trace): the field still failed, so it stays.
    if (!messages.length && isArray(raw) && raw.length) texts([englishFieldMessage], max, messages);
    if (messages.length) {
      fieldErrors[path] = messages;
      hasFields = true;
    }
  }
  const kind =
    input.transport ??
    decideKind(
      status,
      code,
      pick(results, 'statusCode') ?? headerSymbol(headers),
      headers,
      hasFields,
      options.codes,
    );
  const defaults = messagesFor(kind, options.messages);

  // Server-side failures show the kind's own message; their payload text is for developers.
  const serverSide = (status ?? 0) >= 500 || kind === 'server' || kind === 'unavailable';
  let message: string | undefined;
  let messageFrom: DialectResult | undefined;
  if (!serverSide) {
    for (const r of results) {
      const text = message ? undefined : userText(r.message, max);
      if (text && !(hasFields && listsFields(text, fieldErrors))) {
        message = text;
        messageFrom = r;
      }
    }
    message ??= userText(body, max) ?? formErrors[0];
  }
  const detail =
    detailText(pick(results, 'detail'), max) ??
    (serverSide ? detailText(pick(results, 'message'), max) : undefined) ??
    (message === undefined ? (detailText(body, max) ?? detailText(input.detail, max)) : undefined);
  const rateLimited = kind === 'rate-limited' || quotaExhausted(headers);
  const retryAfterMs =
    retryHintFromHeaders(headers, (options.now ?? Date.now)(), rateLimited) ??
    pick(results, 'retryAfterMs');
  const requestId = requestIdFrom(headers) ?? pick(results, 'requestId');

  const classified: ClassifiedError = {
    kind,
    title: clipCatalog(defaults.title, max),
    message: message ?? clipCatalog(defaults.message, max),
    fieldErrors,
    formErrors: serverSide ? [] : formErrors,
    retryable: isRetryableKind(kind),
    cause: error,
  };
  if (status !== undefined) classified.status = status;
  const machineCode = code === undefined ? '' : clip(code, 100);
  if (machineCode) classified.code = machineCode;
  if (detail && detail !== classified.message) classified.detail = detail;
  if (retryAfterMs !== undefined && retryAfterMs >= 0 && retryAfterMs < Infinity) {
    classified.retryAfterMs = retryAfterMs;
  }
  const reference = requestId ? clip(requestId, 200) : '';
  if (reference) classified.requestId = reference;
  const method = input.method ? clip(input.method, 20) : '';
  if (method) classified.method = method;
  if (input.idempotencyKey) classified.idempotencyKey = input.idempotencyKey;
  const reader = results.indexOf(
    (fieldsFrom ?? messageFrom ?? formsFrom ?? results[0]) as DialectResult,
  );
  if (reader >= 0) classified.dialect = clip(names[reader] ?? '', 100);
  return classified;
}

function fallback(error: unknown, options: ClassifyOptions): ClassifiedError {
  const { title, message } = messagesFor('unknown', options.messages);
  const max = maxLength(options);
  return {
    kind: 'unknown',
    title: clip(title, max),
    message: clip(message, max),
    fieldErrors: Object.create(null),
    formErrors: [],
    retryable: false,
    cause: error,
  };
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
      return error.message.length <= max ? error : { ...error, message: clip(error.message, max) };
    }
    return classify(error, options);
  } catch {
    try {
      return fallback(error, options);
    } catch {
      return fallback(error, {});
    }
  }
}
