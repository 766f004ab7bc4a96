import { get, getNumber, getString, isArray, isBag, isErrorStatus } from './safe';

/** What the classifier reads out of any input, before looking at the body. */
export interface ReadInput {
  status?: number;
  headers?: unknown;
  body?: unknown;
  method?: string;
  idempotencyKey?: string;
  /** Set when the request never got a response. */
  transport?: 'network' | 'timeout' | 'cancelled';
}

const NETWORK_MESSAGES =
  /failed to fetch|fetch failed|networkerror|network error|load failed|network request failed|internet connection appears to be offline/i;
const NETWORK_CODES = new Set([
  'ERR_NETWORK',
  'ECONNREFUSED',
  'ECONNRESET',
  'ENOTFOUND',
  'EAI_AGAIN',
  'ENETUNREACH',
  'EHOSTUNREACH',
  'EPIPE',
  'UND_ERR_SOCKET',
  'UND_ERR_CONNECT_TIMEOUT',
]);
const TIMEOUT_CODES = new Set([
  'ECONNABORTED',
  'ETIMEDOUT',
  'ESOCKETTIMEDOUT',
  'UND_ERR_HEADERS_TIMEOUT',
]);

function methodOf(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() ? value.trim().toUpperCase() : undefined;
}

function headerOf(headers: unknown, name: string): string | undefined {
  if (!isBag(headers)) return undefined;
  try {
    if (typeof (headers as { get?: unknown }).get === 'function') {
      const value = (headers as { get(n: string): unknown }).get(name);
      if (typeof value === 'string') return value;
    }
  } catch {
    // fall through to plain-object lookup
  }
  return getString(headers, name) ?? getString(headers, name.toLowerCase());
}

/** Transport failures named by an error's `name` or `code`. */
function transportOf(error: unknown): ReadInput['transport'] {
  const name = getString(error, 'name');
  if (name === 'AbortError' || name === 'CanceledError' || name === 'CancelledError')
    return 'cancelled';
  if (name === 'TimeoutError') return 'timeout';
  const code = getString(error, 'code');
  if (code === 'ERR_CANCELED') return 'cancelled';
  if (code && TIMEOUT_CODES.has(code)) return 'timeout';
  if (code && NETWORK_CODES.has(code)) return 'network';
  if (name === 'TypeError' && NETWORK_MESSAGES.test(getString(error, 'message') ?? ''))
    return 'network';
  return undefined;
}

function fromResponse(response: unknown, body: unknown, extra: Partial<ReadInput> = {}): ReadInput {
  const status = getNumber(response, 'status');
  return {
    status: isErrorStatus(status) ? status : undefined,
    headers: get(response, 'headers'),
    body,
    ...extra,
  };
}

// RTK Query's FetchBaseQueryError uses string statuses for failures without a usable response.
function fromRtkQuery(error: unknown, status: string): ReadInput | undefined {
  switch (status) {
    case 'FETCH_ERROR':
      return { transport: 'network' };
    case 'TIMEOUT_ERROR':
      return { transport: 'timeout' };
    case 'PARSING_ERROR': {
      const original = getNumber(error, 'originalStatus');
      return { status: isErrorStatus(original) ? original : undefined, body: get(error, 'data') };
    }
    case 'CUSTOM_ERROR':
      return { body: get(error, 'data') };
  }
  return undefined;
}

// Apollo Client 3 `ApolloError` and Apollo Client 4 `CombinedGraphQLErrors` / `ServerError`.
function fromApollo(error: unknown): ReadInput | undefined {
  const graphQLErrors = get(error, 'graphQLErrors');
  const networkError = get(error, 'networkError');
  if (isBag(networkError)) {
    const inner = readInput(networkError);
    if (inner.status !== undefined || inner.transport) return inner;
  }
  if (isArray(graphQLErrors) && graphQLErrors.length > 0)
    return { body: { errors: graphQLErrors } };
  if (getString(error, 'name') === 'ServerError') {
    const status = getNumber(error, 'statusCode');
    return {
      status: isErrorStatus(status) ? status : undefined,
      headers: get(get(error, 'response'), 'headers'),
      body: get(error, 'result') ?? get(error, 'bodyText'),
    };
  }
  return undefined;
}

/**
 * Reads status, headers, body and method from any error shape errorkit knows: its own
 * `HttpError`, fetch `Response`, axios, ky, ofetch, RTK Query, Apollo, fetch's `TypeError`,
 * `DOMException`s, and plain `{ status, data | body, headers }` objects.
 */
export function readInput(error: unknown, depth = 0): ReadInput {
  if (!isBag(error) || depth > 3) return {};
  const transport = transportOf(error);
  if (transport) return { transport, method: methodOf(get(get(error, 'config'), 'method')) };

  if (typeof Response !== 'undefined' && error instanceof Response)
    return fromResponse(error, undefined);

  // axios: the response (if any) lives on `response`, the request config on `config`.
  if (get(error, 'isAxiosError') === true) {
    const config = get(error, 'config');
    const response = get(error, 'response');
    const method = methodOf(get(config, 'method'));
    const idempotencyKey = headerOf(get(config, 'headers'), 'Idempotency-Key');
    if (isBag(response))
      return fromResponse(response, get(response, 'data'), { method, idempotencyKey });
    return { transport: 'network', method };
  }

  const status = get(error, 'status');
  if (typeof status === 'string') {
    const rtk = fromRtkQuery(error, status);
    if (rtk) return rtk;
  }

  const apollo = fromApollo(error);
  if (apollo) return apollo;

  const response = get(error, 'response');
  const request = get(error, 'request');
  const ownStatus = getNumber(error, 'status') ?? getNumber(error, 'statusCode');
  const method =
    methodOf(get(error, 'method')) ??
    methodOf(get(request, 'method')) ??
    methodOf(get(get(error, 'options'), 'method'));
  const idempotencyKey =
    getString(error, 'idempotencyKey') ?? headerOf(get(request, 'headers'), 'Idempotency-Key');

  if (ownStatus !== undefined && ownStatus >= 100 && ownStatus <= 599) {
    // HttpError, ofetch FetchError, RTK Query, and plain `{ status, data | body, headers }`;
    // without `data` or `body` the object is its own payload (a problem document, an envelope).
    const body = get(error, 'data') ?? get(error, 'body');
    return {
      status: isErrorStatus(ownStatus) ? ownStatus : undefined,
      headers: get(error, 'headers') ?? get(response, 'headers'),
      body: body === undefined && !(error instanceof Error) ? error : body,
      method,
      idempotencyKey,
    };
  }
  if (isBag(response) && isErrorStatus(getNumber(response, 'status'))) {
    // ky HTTPError (`data` in v2), superagent and other `{ response: { status } }` shapes.
    // A fetch Response's own `body` is an unread stream, not a payload.
    const isFetchResponse = typeof Response !== 'undefined' && response instanceof Response;
    const body =
      get(error, 'data') ??
      (isFetchResponse ? undefined : (get(response, 'data') ?? get(response, 'body')));
    return fromResponse(response, body, { method, idempotencyKey });
  }

  const cause = get(error, 'cause');
  if (isBag(cause)) {
    const inner = readInput(cause, depth + 1);
    if (inner.status !== undefined || inner.transport) return { method, ...inner };
  }
  // Anything else may itself be a parsed error body, e.g. `throw await response.json()`.
  return { body: error, method };
}
