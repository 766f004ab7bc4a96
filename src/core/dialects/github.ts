import { FieldCollector } from '../collect';
import { get, getString, isArray } from '../safe';
import type { Dialect } from '../types';

// GitHub sends codes, not sentences, for its standard field errors.
const CODE_TEXT: Record<string, string> = {
  missing: 'This is missing.',
  missing_field: 'This field is required.',
  invalid: 'This value is not accepted.',
  already_exists: 'This value is already taken.',
  unprocessable: 'This value could not be processed.',
};

/** GitHub: `{ message, errors: [{ resource, field, code, message? }], documentation_url }`. */
export const github: Dialect = (body) => {
  const message = getString(body, 'message');
  const errors = get(body, 'errors');
  if (message === undefined || !isArray(errors)) return undefined;
  const looksRight = errors.some(
    (e) =>
      typeof e === 'string' ||
      getString(e, 'resource') !== undefined ||
      getString(e, 'field') !== undefined,
  );
  if (!looksRight) return undefined;
  const fields = new FieldCollector();
  const formErrors: string[] = [];
  for (const item of errors.slice(0, 1000)) {
    if (typeof item === 'string') {
      formErrors.push(item);
      continue;
    }
    const code = getString(item, 'code') ?? '';
    const text =
      getString(item, 'message') ??
      (Object.hasOwn(CODE_TEXT, code) ? CODE_TEXT[code] : undefined) ??
      (code ? `${code.replace(/_/g, ' ')}.` : undefined);
    if (!text) continue;
    const field = getString(item, 'field');
    if (field) fields.add(field, [text]);
    else formErrors.push(text);
  }
  return { message, fieldErrors: fields.map, formErrors };
};
