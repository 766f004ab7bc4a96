export { classifyError } from './classifyError';
export { isClassifiedError } from './isClassifiedError';
export { HttpError, type HttpErrorInit } from './httpError';
export { readHttpError, MAX_ERROR_BODY_BYTES, type RequestInfoLike } from './readHttpError';
export { fetchJson } from './fetchJson';
export { parseRetryAfter } from './retryAfter';
export {
  retryDecision,
  type RetryDecision,
  type RetryOptions,
  type RetryReason,
} from './retryDecision';
export { normalizeFieldPath, fieldNameMatches, findFieldErrors } from './fieldPath';
export { englishMessages } from './messages';
export { ERROR_KINDS } from './types';
export type {
  ClassifiedError,
  ClassifyOptions,
  Dialect,
  DialectResult,
  ErrorKind,
  FieldErrors,
  KindMessages,
  MessageCatalog,
} from './types';
