import { builtInDialects } from './dialects';
import { normalizeFieldPath } from './fieldPath';
import { type HeaderValues, readHeaders } from './headers';
import { readInput } from './inputs';
import { isClassifiedError } from './isClassifiedError';
import { englishFieldMessages, englishMessages } from './messages';
import { quotaExhausted, retryHintFromHeaders } from './retryAfter';
import { get, isArray, nonBlank, plainRecord } from './safe';
import { isRetryableKind, kindFromStatus, kindFromSymbol } from './statusKind';
import {
  clip,
  DEFAULT_MAX_MESSAGE_LENGTH,
  detailText,
  FOR_DEVELOPERS,
  isMarkup,
  userText,
} from './text';
import type {
  ClassifiedError,
  ClassifyOptions,
  Dialect,
  DialectResult,
  ErrorKind,
  FieldErrors,
  FieldMessageCode,
} from './types';
import { type Level, levelsOf } from './vocabulary';

const REQUEST_ID_HEADERS =
  'x-request-id request-id x-correlation-id x-amzn-requestid x-amz-request-id x-github-request-id x-trace-id cf-ray'.split(
    ' ',
  );

// Built-in readers take the body's error objects, read once per classification, as a second
// argument; an app's own reader is called with the body alone.
type SharedReader = (body: unknown, all: Level[]) => DialectResult | undefined;

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
  return dialects.map((d) => (typeof d === 'function' ? { name: d.name || 'custom', read: d } : d));
}

// What each dialect that recognised the body found, and the dialects' names in `names`, in step.
function readDialects(body: unknown, options: ClassifyOptions, names: string[]): DialectResult[] {
  const results: DialectResult[] = [];
  if (body === undefined) return results;
  let all: Level[] | undefined;
  for (const dialect of dialectsOf(options)) {
    try {
      let result: DialectResult | undefined;
      if (builtInDialects.includes(dialect)) {
        all ??= levelsOf(body);
        result = (dialect.read as SharedReader)(body, all);
      } else result = dialect.read(body);
      if (result) {
        results.push(result);
        names.push(String(dialect.name));
      }
    } catch {
      // An app's dialect that throws is skipped, not fatal.
    }
  }
  return results;
}

// `Object.keys` costs far less than `for...in` on lists and maps without a prototype.
const filled = (value: unknown) => Object.keys(value ?? {}).length > 0;

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

function texts(values: unknown, max: number, into: string[] = []): string[] {
  if (isArray(values)) {
    for (const value of values) {
      const text = typeof value === 'string' && !isMarkup(value) ? clip(value, max) : '';
      if (text && !into.includes(text)) into.push(text);
    }
  }
  return into;
}

/** The field and form errors a classification shows, and the results they came from. */
interface Fields {
  fieldErrors: FieldErrors;
  formErrors: string[];
  /** Fields whose only message is the kit's wording for a code. */
  codes?: Record<string, FieldMessageCode>;
  /** The shortest field message: a message no longer than it cannot list the field errors. */
  shortest: number;
  from?: DialectResult;
  formsFrom?: DialectResult;
}

function readFields(results: DialectResult[], max: number): Fields {
  const formsFrom = results.find((r) => r.formErrors?.length);
  // The keys of the first result with field errors, listed once: a body may name thousands.
  let keys: string[] = [];
  const from = results.find((r) => {
    keys = Object.keys(r.fieldErrors ?? {});
    return keys.length > 0 || filled(r.fieldCodes);
  });
  const fieldErrors: FieldErrors = Object.create(null);
  const formErrors = texts(formsFrom?.formErrors, max);
  const out: Fields = {
    fieldErrors,
    formErrors,
    shortest: Number.POSITIVE_INFINITY,
    from,
    formsFrom,
  };
  if (!from) return out;
  const raw = from.fieldErrors ?? {};
  const named = from.fieldCodes ?? {};
  const codes: Record<string, FieldMessageCode> = Object.create(null);
  for (const key of keys) {
    const path = normalizeFieldPath(key);
    const given = raw[key];
    const messages = texts(given, max, path ? fieldErrors[path] : formErrors);
    if (!path) continue;
    if (messages.length) {
      fieldErrors[path] = messages;
      for (const text of messages) if (text.length < out.shortest) out.shortest = text.length;
    }
    // Every message withheld (markup, a stack trace): the field still failed, so it stays.
    else if (isArray(given) && given.length) codes[path] ??= 'invalid';
  }
  for (const key of Object.keys(named)) {
    const path = normalizeFieldPath(key);
    const code = named[key] as FieldMessageCode;
    if (path && Object.hasOwn(englishFieldMessages, code)) codes[path] ??= code;
  }
  // A field with the server's own text keeps it alone; the rest get the catalog's wording.
  for (const path in codes) {
    if (fieldErrors[path]) delete codes[path];
    else fieldErrors[path] = [clip(englishFieldMessages[codes[path] as FieldMessageCode], max)];
  }
  if (filled(codes)) out.codes = codes;
  return out;
}

// A message that repeats a field's message after a prefix (`email: ...`), or two of them, is the
// field errors again in a form meant for logs. A text as long as the message or longer cannot be
// inside it, which spares the search on most.
function listsFields(message: string, fieldErrors: FieldErrors): boolean {
  let seen = 0;
  for (const key of Object.keys(fieldErrors)) {
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

function serverMessage(results: DialectResult[], body: unknown, fields: Fields, max: number) {
  for (const from of results) {
    const message = userText(from.message, max);
    if (
      message &&
      !(message.length > fields.shortest && listsFields(message, fields.fieldErrors))
    ) {
      return { message, from };
    }
  }
  return { message: userText(body, max) ?? fields.formErrors[0] };
}

function decideKind(
  status: number | undefined,
  { code, message }: DialectResult,
  symbol: string | undefined,
  headers: HeaderValues,
  hasFields: boolean,
  codes: ClassifyOptions['codes'],
): ErrorKind {
  const named =
    (code !== undefined && codes && Object.hasOwn(codes, code) ? codes[code] : undefined) ??
    (symbol && kindFromSymbol(symbol)) ??
    // A code names the kind, even beside another status (Slack's 200, Auth0's 403), unless the
    // server says it failed itself.
    (code && !((status as number) > 499) ? kindFromSymbol(code) : undefined) ??
    // A 400 that names no field and says only what a developer needs (a body that is not JSON,
    // a query value that does not parse) is the app's bug, not the person's.
    (status === 400 && !hasFields && message && FOR_DEVELOPERS.test(message)
      ? 'client'
      : undefined);
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

function put(out: ClassifiedError, key: keyof ClassifiedError, value: unknown, max: number) {
  const text = typeof value === 'string' ? clip(value, max) : '';
  if (text) (out as unknown as Record<string, string>)[key] = text;
}

function requestIdFrom(headers: HeaderValues): string | undefined {
  for (const name of REQUEST_ID_HEADERS) if (headers[name]) return headers[name];
  return headers.traceparent?.split('-')[1] || headers['x-cloud-trace-context']?.split('/')[0];
}

type Defaults = NonNullable<ClassifiedError['defaults']>;

// The caller's text, else the kit's: the kit's texts are tidy lines, so only their length can
// need clipping.
function kitText(own: string | undefined, kit: string, max: number): string {
  return own !== undefined || kit.length > max ? clip(own ?? kit, max) : kit;
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
  const fields = readFields(results, max);
  // A field with text from the server has a shortest message; the rest are worded codes.
  const hasFields = fields.shortest < Number.POSITIVE_INFINITY || fields.codes !== undefined;
  // Without a status, form errors alone from a validation format (Zod's `flattenError()` of a
  // refinement, returned by a server action) are about the input too; GraphQL's and an
  // envelope's are not.
  const aboutInput =
    hasFields ||
    (status === undefined &&
      /^field/.test(names[results.indexOf(fields.formsFrom as DialectResult)] as string));
  // `WWW-Authenticate: Bearer error="invalid_token"` (RFC 6750) and AWS's `x-amzn-errortype`.
  const symbol =
    first.statusCode ??
    (headers['www-authenticate'] && /\berror="?([\w-]+)/.exec(headers['www-authenticate'])?.[1]) ??
    headers['x-amzn-errortype']?.split(':')[0];
  const kind =
    input.transport ?? decideKind(status, first, symbol, headers, aboutInput, options.codes);
  // Server-side failures show the kind's own message; their payload text is for developers.
  const serverSide = (status ?? 0) > 499 || kind === 'server' || kind === 'unavailable';
  const shown: { message?: string; from?: DialectResult } = serverSide
    ? {}
    : serverMessage(results, body, fields, max);
  const kit = englishMessages[kind];
  const own = options.messages?.[kind];
  const ownTitle = nonBlank(own?.title);
  const ownMessage = nonBlank(own?.message);
  const message = shown.message ?? kitText(ownMessage, kit.message, max);
  const classified: ClassifiedError = {
    kind,
    title: kitText(ownTitle, kit.title, max),
    message,
    fieldErrors: plainRecord(fields.fieldErrors),
    formErrors: serverSide ? [] : fields.formErrors,
    retryable: isRetryableKind(kind),
    defaults: { title: !ownTitle, message: !(shown.message || ownMessage) },
    cause: error,
  };
  if (fields.codes) (classified.defaults as Defaults).fields = plainRecord(fields.codes);
  if (status !== undefined) classified.status = status;
  put(classified, 'code', first.code, 100);
  // A message not shown (for developers, or the server's own failure) is the detail.
  const detail =
    detailText(first.detail, max) ??
    (shown.message
      ? undefined
      : (detailText(first.message, max) ?? detailText(body, max) ?? detailText(input.detail, max)));
  if (detail !== message) put(classified, 'detail', detail, max);
  const retryAfterMs =
    retryHintFromHeaders(
      headers,
      (options.now ?? Date.now)(),
      kind === 'rate-limited' || quotaExhausted(headers),
    ) ?? first.retryAfterMs;
  if (Number.isFinite(retryAfterMs) && (retryAfterMs as number) >= 0) {
    classified.retryAfterMs = retryAfterMs;
  }
  put(classified, 'requestId', requestIdFrom(headers) || first.requestId, 200);
  put(classified, 'method', input.method, 20);
  if (input.idempotencyKey) classified.idempotencyKey = input.idempotencyKey;
  const reader = fields.from ?? shown.from ?? fields.formsFrom ?? results[0];
  put(classified, 'dialect', names[results.indexOf(reader as DialectResult)], 100);
  return classified;
}

/**
 * Turns anything thrown by an API call into a {@link ClassifiedError}. Synchronous, pure and
 * total: it never throws, whatever it is given. An already classified error is returned as is.
 */
export function classifyError(error: unknown, options: ClassifyOptions = {}): ClassifiedError {
  try {
    // An already classified error comes back as it is, its message cut to this call's cap; also
    // from inside React Router's route error response (`throw data(...routeError(error))`).
    const given = isClassifiedError(error) ? error : get(error, 'data');
    if (isClassifiedError(given)) {
      const max = maxLength(options);
      return given.message.length > max ? { ...given, message: clip(given.message, max) } : given;
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
