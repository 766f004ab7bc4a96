import { builtInDialects, messageBody } from './dialects';
import { normalizeFieldPath } from './fieldPath';
import { type HeaderValues, readHeaders } from './headers';
import { readInput } from './inputs';
import { isClassifiedError } from './isClassifiedError';
import { messagesFor } from './messages';
import { quotaExhausted, retryHintFromHeaders } from './retryAfter';
import { isArray, isBag } from './safe';
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
  DialectResult,
  ErrorKind,
  FieldErrors,
} from './types';

const MAX_JSON_TEXT = 1024 * 1024;

// A string body that is JSON is parsed so its dialect can be read.
function parseTextBody(body: unknown): unknown {
  if (typeof body !== 'string' || body.length > MAX_JSON_TEXT) return body;
  const start = body.trimStart()[0];
  if (start !== '{' && start !== '[') return body;
  try {
    return JSON.parse(body);
  } catch {
    return body;
  }
}

function readDialects(body: unknown, options: ClassifyOptions): DialectResult[] {
  if (!isBag(body)) return [];
  const found: DialectResult[] = [];
  const structural = [...(options.dialects ?? []), ...builtInDialects];
  for (const dialect of structural) {
    let result: DialectResult | undefined;
    try {
      result = dialect(body);
    } catch {
      result = undefined;
    }
    if (result) {
      found.push(result);
      break;
    }
  }
  const common = messageBody(body);
  if (common) found.push(common);
  return found;
}

function first<K extends keyof DialectResult>(
  results: DialectResult[],
  key: K,
): DialectResult[K] | undefined {
  for (const r of results) if (r[key] !== undefined) return r[key];
  return undefined;
}

function cleanMessages(values: unknown, max: number): string[] {
  if (!isArray(values)) return [];
  const out: string[] = [];
  for (const value of values) {
    if (typeof value !== 'string' || isMarkup(value)) continue;
    const text = clip(value, max);
    if (text && !out.includes(text)) out.push(text);
  }
  return out;
}

function buildFieldErrors(
  raw: DialectResult['fieldErrors'],
  formErrors: string[],
  max: number,
): FieldErrors {
  const fields: FieldErrors = Object.create(null);
  if (!raw) return fields;
  for (const key of Object.keys(raw)) {
    const messages = cleanMessages(raw[key], max);
    if (messages.length === 0) continue;
    const path = normalizeFieldPath(key);
    if (path === '' || path === 'non_field_errors' || path === '__all__') {
      for (const m of messages) if (!formErrors.includes(m)) formErrors.push(m);
      continue;
    }
    const existing = fields[path];
    if (existing) for (const m of messages) existing.includes(m) || existing.push(m);
    else fields[path] = messages;
  }
  return fields;
}

function firstFieldErrors(results: DialectResult[]): DialectResult['fieldErrors'] {
  for (const r of results)
    if (r.fieldErrors && Object.keys(r.fieldErrors).length > 0) return r.fieldErrors;
  return undefined;
}

function firstFormErrors(results: DialectResult[]): string[] | undefined {
  for (const r of results) if (r.formErrors && r.formErrors.length > 0) return r.formErrors;
  return undefined;
}

function requestIdFrom(headers: HeaderValues): string | undefined {
  const direct =
    headers['x-request-id'] ??
    headers['request-id'] ??
    headers['x-correlation-id'] ??
    headers['x-amzn-requestid'] ??
    headers['x-amz-request-id'] ??
    headers['x-github-request-id'] ??
    headers['x-trace-id'] ??
    headers['cf-ray'];
  if (direct) return direct;
  const traceparent = headers.traceparent?.split('-')[1];
  if (traceparent) return traceparent;
  return headers['x-cloud-trace-context']?.split('/')[0] || undefined;
}

function decideKind(
  status: number | undefined,
  transport: ErrorKind | undefined,
  code: string | undefined,
  symbol: string | undefined,
  headers: HeaderValues,
  hasFieldErrors: boolean,
  options: ClassifyOptions,
): ErrorKind {
  if (transport) return transport;
  if (code !== undefined && options.codes && Object.hasOwn(options.codes, code)) {
    const mapped = options.codes[code];
    if (mapped) return mapped;
  }
  const fromSymbol = symbol === undefined ? undefined : kindFromSymbol(symbol);
  if (fromSymbol) return fromSymbol;
  if (status === undefined) return hasFieldErrors ? 'validation' : 'unknown';
  if (status === 403 && (quotaExhausted(headers) || headers['retry-after'] !== undefined)) {
    return 'rate-limited';
  }
  if (hasFieldErrors && status < 500 && !KEEPS_KIND_WITH_FIELDS.has(status)) return 'validation';
  return kindFromStatus(status);
}

function classify(error: unknown, options: ClassifyOptions): ClassifiedError {
  const max = options.maxMessageLength ?? DEFAULT_MAX_MESSAGE_LENGTH;
  const input = readInput(error);
  const body = parseTextBody(input.body);
  const headers = readHeaders(input.headers);
  const results = readDialects(body, options);
  const status = input.status ?? (input.transport ? undefined : first(results, 'status'));
  const code = first(results, 'code');
  const symbol = first(results, 'statusCode');

  const formErrors = cleanMessages(firstFormErrors(results), max);
  const fieldErrors = buildFieldErrors(firstFieldErrors(results), formErrors, max);
  let hasFieldErrors = false;
  for (const _ in fieldErrors) {
    hasFieldErrors = true;
    break;
  }
  const kind = decideKind(status, input.transport, code, symbol, headers, hasFieldErrors, options);
  const defaults = messagesFor(kind, options.messages);

  // Server-side failures show the kind's own message; their payload text is for developers.
  const serverSide =
    (status !== undefined && status >= 500) || kind === 'server' || kind === 'unavailable';
  let bodyMessage: string | undefined;
  if (!serverSide) {
    for (const r of results) {
      bodyMessage = userText(r.message, max);
      if (bodyMessage) break;
    }
    bodyMessage ??= userText(body, max);
  }
  const detail =
    detailText(first(results, 'detail'), max) ??
    (serverSide ? detailText(first(results, 'message'), max) : undefined) ??
    (bodyMessage === undefined ? detailText(body, max) : undefined);

  const retryAfterMs =
    retryHintFromHeaders(
      headers,
      (options.now ?? Date.now)(),
      kind === 'rate-limited' || quotaExhausted(headers),
    ) ?? first(results, 'retryAfterMs');

  const classified: ClassifiedError = {
    kind,
    title: defaults.title,
    message: bodyMessage ?? formErrors[0] ?? defaults.message,
    fieldErrors,
    formErrors,
    retryable: isRetryableKind(kind),
    cause: error,
  };
  if (status !== undefined) classified.status = status;
  if (code !== undefined) classified.code = clip(code, 100);
  if (detail !== undefined && detail !== classified.message) classified.detail = detail;
  if (retryAfterMs !== undefined && Number.isFinite(retryAfterMs) && retryAfterMs >= 0) {
    classified.retryAfterMs = retryAfterMs;
  }
  const requestId = requestIdFrom(headers) ?? first(results, 'requestId');
  if (requestId) classified.requestId = clip(requestId, 200);
  if (input.method) classified.method = clip(input.method, 20);
  if (input.idempotencyKey) classified.idempotencyKey = input.idempotencyKey;
  return classified;
}

function fallback(error: unknown, options: ClassifyOptions): ClassifiedError {
  const defaults = messagesFor('unknown', options.messages);
  return {
    kind: 'unknown',
    title: defaults.title,
    message: defaults.message,
    fieldErrors: Object.create(null),
    formErrors: [],
    retryable: false,
    cause: error,
  };
}

/**
 * Turns anything thrown by an API call into a {@link ClassifiedError}. Synchronous, pure and
 * total: it never throws, whatever it is given.
 */
export function classifyError(error: unknown, options: ClassifyOptions = {}): ClassifiedError {
  try {
    if (isClassifiedError(error)) return error;
    return classify(error, options);
  } catch {
    try {
      return fallback(error, options);
    } catch {
      return fallback(error, {});
    }
  }
}
