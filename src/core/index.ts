export { classifyError } from './classifyError';
export { builtInDialects } from './dialects';
export { fetchJson } from './fetchJson';
export { fieldNameMatches, findFieldErrors, normalizeFieldPath } from './fieldPath';
export { HttpError, type HttpErrorInit } from './httpError';
export { isClassifiedError } from './isClassifiedError';
export { englishMessages } from './messages';
export { type RequestInfoLike, readHttpError } from './readHttpError';
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
  SerializedError,
  SubmittedValues,
} from './types';
export { ERROR_KINDS } from './types';
