import { ERROR_KINDS, type ErrorKind } from './types';

// One group per kind, in ERROR_KINDS order ('validation', 'unauthenticated', 'forbidden',
// 'not-found', 'conflict', 'rate-limited', 'unavailable', 'server', 'timeout', 'network',
// 'cancelled', 'client'); a status or symbol names the kind of the group it matches.
const STATUS =
  /^(?:(400|422)|(401|419|440)|(403)|(404|410)|(409|412|423)|(429)|(50[234]|52[0-4]|529)|(5..)|(408)|(-)|(-)|(4..))$/;
// GraphQL `extensions.code`, google.rpc `status`, Spring GraphQL `classification`, tRPC
// `data.code`, AWS `__type`, OAuth 2 `error`. The client group is tried first so that
// `PERSISTED_QUERY_NOT_FOUND` is not read as not-found.
const SYMBOL =
  /^(?!GRAPHQL_|PERSISTED_QUERY)(?:(BAD_USER_INPUT|INVALID_ARGUMENT|OUT_OF_RANGE|BAD_REQUEST|VALIDATION.*)|(UNAUTH.*|INVALID_TOKEN|EXPIRED_?TOKEN.*)|(PERMISSION_DENIED|FORBIDDEN|INSUFFICIENT_SCOPE|ACCESS_?DENIED.*)|(.*NOT_FOUND)|(ALREADY_EXISTS|ABORTED|FAILED_PRECONDITION|CONFLICT)|(RESOURCE_EXHAUSTED|RATE_LIMITED|TOO_?MANY_?REQUESTS.*|THROTTL.*|.*THROUGHPUT_?EXCEEDED.*)|(.*UNAVAILABLE)|(INTERNAL.*|UNKNOWN|DATA_LOSS|UNIMPLEMENTED)|(DEADLINE_EXCEEDED|TIMEOUT)|(-)|(CANCELL?ED))$|^(?:GRAPHQL_|PERSISTED_QUERY)()/;

function groupKind(found: RegExpExecArray | null): ErrorKind | undefined {
  if (found)
    for (let i = 1; i < found.length; i++) if (found[i] !== undefined) return ERROR_KINDS[i - 1];
  return undefined;
}

export function kindFromStatus(status: number): ErrorKind {
  return groupKind(STATUS.exec(String(status))) ?? 'unknown';
}

/** The kind a symbolic status names (`'PERMISSION_DENIED'`, `'UNAUTHENTICATED'`), if known. */
export function kindFromSymbol(symbol: string): ErrorKind | undefined {
  return groupKind(SYMBOL.exec(symbol.trim().toUpperCase()));
}

export function isRetryableKind(kind: ErrorKind): boolean {
  // 'rate-limited', 'unavailable', 'server', 'timeout' and 'network', in ERROR_KINDS order.
  const index = ERROR_KINDS.indexOf(kind);
  return index > 4 && index < 10;
}
