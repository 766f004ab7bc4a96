import { get, isArray, isBag } from './safe';
import { isRetryableKind } from './statusKind';
import { type ClassifiedError, ERROR_KINDS, type ErrorKind } from './types';

/** True for values made by `classifyError` (or shaped exactly like them). */
export function isClassifiedError(value: unknown): value is ClassifiedError {
  if (!isBag(value)) return false;
  const kind = get(value, 'kind');
  const message = get(value, 'message');
  return (
    typeof kind === 'string' &&
    ERROR_KINDS.includes(kind as ErrorKind) &&
    typeof message === 'string' &&
    message !== '' &&
    typeof get(value, 'title') === 'string' &&
    get(value, 'title') !== '' &&
    get(value, 'retryable') === isRetryableKind(kind as ErrorKind) &&
    isBag(get(value, 'fieldErrors')) &&
    isArray(get(value, 'formErrors'))
  );
}
