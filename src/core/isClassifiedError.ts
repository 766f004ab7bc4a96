import { get, isArray, isBag, ownKeys } from './safe';
import { isRetryableKind } from './statusKind';
import { type ClassifiedError, ERROR_KINDS, type ErrorKind } from './types';

const isText = (value: unknown): value is string => typeof value === 'string' && value !== '';
const isTextList = (value: unknown): boolean => isArray(value) && value.every(isText);
const optional = (value: unknown, check: (v: unknown) => boolean) =>
  value === undefined || check(value);

/**
 * True for values made by `classifyError`, or shaped exactly like them: every member has the
 * type the components rely on, so a look-alike cannot make them throw.
 */
export function isClassifiedError(value: unknown): value is ClassifiedError {
  const kind = get(value, 'kind');
  if (!ERROR_KINDS.includes(kind as ErrorKind)) return false;
  const fieldErrors = get(value, 'fieldErrors');
  const wait = get(value, 'retryAfterMs');
  return (
    isText(get(value, 'message')) &&
    isText(get(value, 'title')) &&
    get(value, 'retryable') === isRetryableKind(kind as ErrorKind) &&
    isBag(fieldErrors) &&
    ownKeys(fieldErrors).every((key) => isTextList(get(fieldErrors, key))) &&
    isTextList(get(value, 'formErrors')) &&
    ['requestId', 'code', 'detail', 'method', 'idempotencyKey'].every((key) =>
      optional(get(value, key), isText),
    ) &&
    optional(get(value, 'status'), Number.isInteger) &&
    optional(wait, (v) => Number.isFinite(v) && (v as number) >= 0)
  );
}
