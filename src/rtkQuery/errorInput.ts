import type { FetchBaseQueryMeta } from '@reduxjs/toolkit/query';

// A FetchBaseQueryError carries no headers: the response's (Retry-After, request id) and the
// request's method and Idempotency-Key are kept beside it, for as long as the error lives.
const inputs = new WeakMap<object, object>();

/** The failure as errorkit classifies it: the error plus what `meta` says of the exchange. */
export function rememberInput(error: unknown, meta: unknown): unknown {
  if (typeof error !== 'object' || error === null) return error;
  const known = inputs.get(error);
  if (known) return known;
  const { request, response } = (meta ?? {}) as Partial<FetchBaseQueryMeta>;
  if (typeof request?.headers?.get !== 'function') return error;
  const input = {
    ...error,
    headers: response?.headers,
    method: request.method,
    idempotencyKey: request.headers.get('idempotency-key') ?? undefined,
  };
  inputs.set(error, input);
  return input;
}

/** What {@link rememberInput} kept for an error from the store, or the error itself. */
export function errorInput(error: unknown): unknown {
  return (typeof error === 'object' && error !== null && inputs.get(error)) || error;
}
