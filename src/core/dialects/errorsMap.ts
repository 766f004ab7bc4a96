import { FieldCollector, flattenFieldDict, messagesOf } from '../collect';
import { get, getString, isRecord } from '../safe';
import type { Dialect } from '../types';

const FORM_KEYS = new Set(['non_field_errors', '__all__', 'base', '']);

/** `{ message?, errors: { field: [...] } }`: Laravel, Rails `errors`, and the plain field map. */
export const errorsMap: Dialect = (body) => {
  const errors = get(body, 'errors');
  if (!isRecord(errors)) return undefined;
  const fields = flattenFieldDict(errors, new FieldCollector(), {
    skip: (key) => FORM_KEYS.has(key),
  });
  const formErrors: string[] = [];
  for (const key of FORM_KEYS) formErrors.push(...(messagesOf(get(errors, key)) ?? []));
  return { message: getString(body, 'message'), fieldErrors: fields.map, formErrors };
};
