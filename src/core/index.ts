export { classifyError } from './classifyError';
export { builtInDialects } from './dialects';
export { fetchJson } from './fetchJson';
export { fieldNameMatches, findFieldErrors, normalizeFieldPath } from './fieldPath';
export { HttpError, type HttpErrorInit } from './httpError';
export { isClassifiedError } from './isClassifiedError';
export { englishFieldMessage, englishFieldMessages, englishMessages } from './messages';
export { MAX_ERROR_BODY_BYTES, type RequestInfoLike, readHttpError } from './readHttpError';
export { parseRetryAfter } from './retryAfter';
export {
  type RetryDecision,
  type RetryOptions,
  type RetryReason,
  retryDecision,
} from './retryDecision';
export type {
  ClassifiedError,
  ClassifyOptions,
  Dialect,
  DialectReader,
  DialectResult,
  ErrorKind,
  FieldErrors,
  FieldMessageCode,
  KindMessages,
  MessageCatalog,
} from './types';
export { ERROR_KINDS } from './types';
