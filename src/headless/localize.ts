import {
  type ClassifiedError,
  englishFieldMessage,
  englishMessages,
  type FieldErrors,
} from '../core';
import type { ErrorKitMessages } from './messages/types';

/**
 * The error as the catalog speaks it: the catalog's title and message wherever the error carries
 * the built-in English defaults, so an error classified anywhere (app code, `retryPolicy`, a
 * test) reads in the provider's language; text from the server is left as it is. A field whose
 * every message was withheld (the core's English field message, or an empty list) gets the catalog's `fieldInvalid`, so it is still
 * marked and listed. Returns the same object when nothing changes.
 */
export function localize(error: ClassifiedError, catalog: ErrorKitMessages): ClassifiedError {
  const english = englishMessages[error.kind];
  const own = catalog.kinds[error.kind];
  const title = (error.title === english?.title && own?.title) || error.title;
  const message = (error.message === english?.message && own?.message) || error.message;
  let fieldErrors = error.fieldErrors;
  for (const key of Object.keys(fieldErrors)) {
    const messages = fieldErrors[key] ?? [];
    const withheld =
      !messages.length || (messages.length === 1 && messages[0] === englishFieldMessage);
    if (!withheld || catalog.fieldInvalid === messages[0]) continue;
    if (fieldErrors === error.fieldErrors) {
      fieldErrors = Object.assign(Object.create(null) as FieldErrors, error.fieldErrors);
    }
    fieldErrors[key] = [catalog.fieldInvalid];
  }
  return title === error.title && message === error.message && fieldErrors === error.fieldErrors
    ? error
    : { ...error, title, message, fieldErrors };
}
