import type { ClassifiedError, FieldErrors } from '../core';
import { plainRecord } from '../core/safe';
import type { ErrorKitMessages } from '../locales/types';

/** Field messages the catalog words: the classifier's defaults, and a field left with none. */
function localFields(error: ClassifiedError, catalog: ErrorKitMessages): FieldErrors {
  const codes = error.defaults?.fields ?? {};
  let fieldErrors = error.fieldErrors;
  for (const key of Object.keys(fieldErrors)) {
    const code = Object.hasOwn(codes, key) ? codes[key] : undefined;
    const messages = fieldErrors[key] ?? [];
    if (messages.length && !code) continue;
    const text = catalog.fields[code ?? 'invalid'];
    if (messages.length === 1 && messages[0] === text) continue;
    if (fieldErrors === error.fieldErrors) fieldErrors = plainRecord(error.fieldErrors);
    Object.defineProperty(fieldErrors, key, { value: [text], enumerable: true, writable: true });
  }
  return fieldErrors;
}

/** The error as the catalog speaks it; text from the server is left as it is. */
export function localize(error: ClassifiedError, catalog: ErrorKitMessages): ClassifiedError {
  const own = catalog.kinds[error.kind];
  const title = (error.defaults?.title && own?.title) || error.title;
  const message = (error.defaults?.message && own?.message) || error.message;
  const fieldErrors = localFields(error, catalog);
  return title === error.title && message === error.message && fieldErrors === error.fieldErrors
    ? error
    : { ...error, title, message, fieldErrors };
}
