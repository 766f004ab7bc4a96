import type { ErrorKind, SerializedError } from '../core';
import { defaultKit } from './errorKit';
import { submittedValues } from './submittedValues';
import type { ErrorKit } from './types';

export interface SerializeErrorOptions {
  /** The app's kit: its classify options and catalog. @default the default kit */
  kit?: ErrorKit;
  /** The submitted form (`FormData`, `URLSearchParams` or an object), carried back as `values`. */
  values?: unknown;
  /** Field names never to carry back, besides passwords and other secrets. */
  omit?: readonly string[];
}

/**
 * Any failure as plain data a server can hand to the browser: the return value of a server
 * action, the data of a React Router `data()`, JSON. The components render it as they render
 * the original error.
 * ```ts
 * catch (error) { return { error: serializeError(error, { values: formData }) }; }
 * ```
 */
export function serializeError(
  error: unknown,
  options: SerializeErrorOptions = {},
): SerializedError {
  const { cause: _cause, ...plain } = (options.kit ?? defaultKit()).classify(error);
  const values = submittedValues(options.values, options.omit) ?? plain.values;
  return values ? { ...plain, values } : plain;
}

/** The HTTP status a response about a failure with no status of its own is sent with. */
const STATUS_OF_KIND: Partial<Record<ErrorKind, number>> = {
  validation: 422,
  unauthenticated: 401,
  forbidden: 403,
  'not-found': 404,
  conflict: 409,
  'rate-limited': 429,
  unavailable: 503,
  timeout: 504,
  network: 502,
  client: 400,
};

export interface RouteErrorInit {
  status: number;
  headers: Record<string, string>;
}

/**
 * The arguments of React Router's `data()` for any failure: the serialised error, and a status
 * and `Retry-After` header from it. The error keeps the wait and the request id, which a route
 * error response would otherwise drop with its headers.
 * ```ts
 * catch (error) { throw data(...routeError(error)); }
 * ```
 */
export function routeError(
  error: unknown,
  options: SerializeErrorOptions = {},
): [SerializedError, RouteErrorInit] {
  const serialized = serializeError(error, options);
  const headers: Record<string, string> = {};
  if (serialized.retryAfterMs !== undefined) {
    headers['Retry-After'] = String(Math.ceil(serialized.retryAfterMs / 1000));
  }
  const status = serialized.status ?? STATUS_OF_KIND[serialized.kind] ?? 500;
  return [serialized, { status, headers }];
}
