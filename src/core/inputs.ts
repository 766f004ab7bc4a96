import { readHeaders } from './headers';
import { get, getString, isArray, isBag, isStatus } from './safe';

/** What the classifier reads out of any input, before looking at the body. */
export interface ReadInput {
  status?: number;
  headers?: unknown;
  body?: unknown;
  method?: string;
  idempotencyKey?: string;
  /** Developer-facing text of an error that carried no payload. */
  detail?: string;
  /** Set when the request never got a response. */
  transport?: 'network' | 'timeout' | 'cancelled';
}

const isFetchResponse = (value: unknown) =>
  typeof Response !== 'undefined' && value instanceof Response;

/** Transport failures named by an error's `name`, `code` or (for fetch's TypeError) message. */
function transportOf(error: unknown): ReadInput['transport'] {
  const name = getString(error, 'name');
  const code = getString(error, 'code') ?? '';
  const rtk = getString(error, 'status');
  if (/^(AbortError|Cancell?edError)$/.test(name ?? '') || code === 'ERR_CANCELED')
    return 'cancelled';
  if (
    name === 'TimeoutError' ||
    rtk === 'TIMEOUT_ERROR' ||
    /^(ECONNABORTED|ETIMEDOUT)$/.test(code)
  ) {
    return 'timeout';
  }
  if (
    /^(ERR_NETWORK|ECONNREFUSED|ECONNRESET|ENOTFOUND|EAI_AGAIN)$/.test(code) ||
    rtk === 'FETCH_ERROR' ||
    (name === 'TypeError' &&
      /failed to fetch|fetch failed|network ?error|load failed|network request failed/i.test(
        getString(error, 'message') ?? '',
      ))
  ) {
    return 'network';
  }
  return undefined;
}

function idempotencyKeyOf(holder: unknown): string | undefined {
  return readHeaders(get(holder, 'headers'))['idempotency-key'] || undefined;
}

/**
 * Reads status, headers, body and method from any error shape errorkit knows: its own
 * `HttpError`, fetch `Response`, axios, ky, ofetch, RTK Query, Apollo, fetch's `TypeError`,
 * `DOMException`s, and plain `{ status, data | body, headers }` objects.
 */
export function readInput(error: unknown, depth = 0): ReadInput {
  if (!isBag(error) || depth > 3) return {};
  if (error instanceof Error && error.name === 'HttpError') {
    // errorkit's own HttpError: the common case, read directly.
    const own = error as Error & Omit<ReadInput, 'transport' | 'detail'>;
    return {
      status: isStatus(own.status) ? own.status : undefined,
      headers: own.headers,
      body: own.body,
      method: own.method,
      idempotencyKey: own.idempotencyKey,
    };
  }
  const config = get(error, 'config');
  const request = get(error, 'request');
  const response = get(error, 'response');
  const methodText =
    getString(error, 'method') ??
    getString(config, 'method') ??
    getString(request, 'method') ??
    getString(get(error, 'options'), 'method');
  const method = methodText?.trim().toUpperCase() || undefined;

  let status = [
    get(error, 'status'),
    get(error, 'statusCode'),
    get(error, 'originalStatus'),
    get(response, 'status'),
  ].find((n) => isStatus(n));
  if (status !== undefined) {
    // HttpError, fetch Response, axios, ky (`data` in v2), ofetch, Apollo ServerError, plain
    // `{ status, data }`, graphql-request's `response`. A fetch Response's own `body` is an
    // unread stream, not a payload; a plain object without `data`, `body` or `headers` is its
    // own payload (a problem document, an envelope).
    const headers = get(error, 'headers');
    let body = isFetchResponse(error)
      ? undefined
      : (get(error, 'data') ??
        get(error, 'body') ??
        get(error, 'result') ??
        get(error, 'bodyText'));
    if (body === undefined && isBag(response) && !isFetchResponse(response)) {
      body = get(response, 'data') ?? get(response, 'body');
      // graphql-request's ClientError: the GraphQL answer `{ data, errors, extensions }` itself;
      // a 200 that carries GraphQL errors says nothing about them.
      if (isArray(get(response, 'errors'))) {
        body = response;
        if (status < 300) status = undefined;
      }
    }
    if (body === undefined && !response && !headers && !(error instanceof Error)) body = error;
    return {
      status,
      headers: headers ?? get(response, 'headers'),
      body,
      method,
      idempotencyKey:
        getString(error, 'idempotencyKey') ?? idempotencyKeyOf(config) ?? idempotencyKeyOf(request),
    };
  }

  const transport = transportOf(error);
  if (transport) return { transport, method };
  // Apollo Client: a network error with a status or a transport failure wins over GraphQL errors;
  // GraphQL errors sit on `graphQLErrors` (v3) or on `CombinedGraphQLErrors.errors` (v4).
  // Error causes are followed the same way.
  for (const inner of [get(error, 'networkError'), get(error, 'cause')]) {
    const found = readInput(inner, depth + 1);
    if (found.status || found.transport) return { method, ...found };
  }
  const graphQLErrors =
    get(error, 'graphQLErrors') ??
    (/GraphQLErrors$/.test(getString(error, 'name') ?? '') ? get(error, 'errors') : undefined);
  if (isArray(graphQLErrors) && graphQLErrors.length) return { body: { errors: graphQLErrors } };
  if (get(error, 'isAxiosError') === true) return { transport: 'network', method };
  // An Error's message is for developers; any other object may be a thrown body
  // (`throw await response.json()`), RTK Query's CUSTOM_ERROR `data` included.
  if (error instanceof Error) return { method, detail: getString(error, 'message') };
  return {
    body: getString(error, 'status') === 'CUSTOM_ERROR' ? get(error, 'data') : error,
    method,
  };
}
