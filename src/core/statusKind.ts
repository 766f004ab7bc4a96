import type { ErrorKind } from './types';

/** The kind an HTTP error status means on its own. */
export function kindFromStatus(status: number): ErrorKind {
  switch (status) {
    case 400:
    case 422:
      return 'validation';
    case 401:
    case 419:
    case 440:
      return 'unauthenticated';
    case 403:
      return 'forbidden';
    case 404:
    case 410:
      return 'not-found';
    case 408:
      return 'timeout';
    case 409:
    case 412:
    case 423:
      return 'conflict';
    case 429:
      return 'rate-limited';
    case 502:
    case 503:
    case 504:
    case 520:
    case 521:
    case 522:
    case 523:
    case 524:
    case 529:
      return 'unavailable';
  }
  if (status >= 500 && status <= 599) return 'server';
  if (status >= 400 && status <= 499) return 'client';
  return 'unknown';
}

// GraphQL `extensions.code`, google.rpc `status`, Spring GraphQL `classification`.
const SYMBOLIC: Record<string, ErrorKind> = {
  UNAUTHENTICATED: 'unauthenticated',
  UNAUTHORIZED: 'unauthenticated',
  PERMISSION_DENIED: 'forbidden',
  FORBIDDEN: 'forbidden',
  BAD_USER_INPUT: 'validation',
  INVALID_ARGUMENT: 'validation',
  OUT_OF_RANGE: 'validation',
  BAD_REQUEST: 'validation',
  VALIDATIONERROR: 'validation',
  NOT_FOUND: 'not-found',
  ALREADY_EXISTS: 'conflict',
  ABORTED: 'conflict',
  FAILED_PRECONDITION: 'conflict',
  CONFLICT: 'conflict',
  RESOURCE_EXHAUSTED: 'rate-limited',
  RATE_LIMITED: 'rate-limited',
  TOO_MANY_REQUESTS: 'rate-limited',
  UNAVAILABLE: 'unavailable',
  SERVICE_UNAVAILABLE: 'unavailable',
  DEADLINE_EXCEEDED: 'timeout',
  TIMEOUT: 'timeout',
  INTERNAL: 'server',
  INTERNAL_SERVER_ERROR: 'server',
  INTERNAL_ERROR: 'server',
  UNKNOWN: 'server',
  DATA_LOSS: 'server',
  UNIMPLEMENTED: 'server',
  CANCELLED: 'cancelled',
  GRAPHQL_PARSE_FAILED: 'client',
  GRAPHQL_VALIDATION_FAILED: 'client',
  PERSISTED_QUERY_NOT_FOUND: 'client',
};

/** The kind a symbolic status string names (`'PERMISSION_DENIED'`), if it is a known one. */
export function kindFromSymbol(symbol: string): ErrorKind | undefined {
  const key = symbol.trim().toUpperCase();
  return Object.hasOwn(SYMBOLIC, key) ? SYMBOLIC[key] : undefined;
}

/** Statuses that keep their kind even when the body carries field errors. */
export const KEEPS_KIND_WITH_FIELDS: ReadonlySet<number> = new Set([401, 403, 408, 409, 429]);

const RETRYABLE: ReadonlySet<ErrorKind> = new Set([
  'rate-limited',
  'unavailable',
  'server',
  'timeout',
  'network',
]);

/** May the same request succeed later? */
export function isRetryableKind(kind: ErrorKind): boolean {
  return RETRYABLE.has(kind);
}
