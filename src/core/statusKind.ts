import { ERROR_KINDS, type ErrorKind } from './types';

// One group per kind, in ERROR_KINDS order ('validation', 'unauthenticated', 'forbidden',
// 'not-found', 'conflict', 'rate-limited', 'unavailable', 'server', 'timeout', 'network',
// 'cancelled', 'client'); a status or symbol names the kind of the group it matches.
const STATUS =
  /^(?:(400|422)|(401|419|440)|(403)|(404|410)|(409|412|423)|(429)|(50[234]|52[0-4]|529)|(5..)|(408)|(-)|(-)|(4..))$/;
// GraphQL `extensions.code`, google.rpc `status`, Spring GraphQL `classification`, tRPC
// `data.code`, AWS `__type`, OAuth 2 `error`, and the codes APIs send beside a status (Slack's
// `invalid_auth`, Firebase's `EMAIL_EXISTS`, restify's `InvalidArgument`), in upper case.
// The client group is tried first so that `PERSISTED_QUERY_NOT_FOUND` is not read as not-found.
const CLIENT = /^(?:GRAPHQL_|PERSISTED_QUERY|.*API_KEY)/;
const SYMBOL =
  /^(?:(BAD_USER_INPUT|INVALID_?ARGUMENT|OUT_OF_RANGE|BAD_?REQUEST|VALIDATION.*)|(UNAUTH.*|INVALID_(?:AUTH|GRANT|TOKEN)|EXPIRED_?TOKEN.*|.*LOGIN_REQUIRED)|(PERMISSION_DENIED|FORBIDDEN|INSUFFICIENT_SCOPE|ACCESS_?DENIED.*)|(.*NOT_?FOUND)|(.*_EXISTS.*|ABORTED|FAILED_PRECONDITION|CONFLICT)|(RESOURCE_EXHAUSTED|RATE_?LIMIT.*|TOO_?MANY_?REQUESTS.*|THROTTL.*|.*THROUGHPUT_?EXCEEDED.*)|(.*UNAVAILABLE)|(INTERNAL.*|UNKNOWN|DATA_LOSS|UNIMPLEMENTED)|(DEADLINE_EXCEEDED|TIMEOUT)|(-)|(CANCELL?ED))$/;

function groupKind(found: RegExpExecArray | null): ErrorKind | undefined {
  if (found)
    for (let i = 1; i < found.length; i++) if (found[i] !== undefined) return ERROR_KINDS[i - 1];
  return undefined;
}

export function kindFromStatus(status: number): ErrorKind {
  return groupKind(STATUS.exec(String(status))) ?? 'unknown';
}

/**
 * The kind a symbolic status or code names (`'PERMISSION_DENIED'`, `'invalid_auth'`,
 * `'ResourceNotFound'`), if known.
 */
export function kindFromSymbol(symbol: string): ErrorKind | undefined {
  const name = symbol.trim().toUpperCase();
  return CLIENT.test(name) ? 'client' : groupKind(SYMBOL.exec(name));
}

export function isRetryableKind(kind: ErrorKind): boolean {
  // 'rate-limited', 'unavailable', 'server', 'timeout' and 'network', in ERROR_KINDS order.
  const index = ERROR_KINDS.indexOf(kind);
  return index > 4 && index < 10;
}
