import { FieldCollector, flattenFieldDict, messagesOf } from '../collect';
import { get, getString, isBag, isRecord, ownKeys } from '../safe';
import type { Dialect } from '../types';

const FORM_KEYS = ['non_field_errors', '__all__'];
const META_KEYS = new Set([...FORM_KEYS, 'detail', 'code', 'status', 'message', 'error', 'type']);

/**
 * A bare field dictionary, as Django REST Framework and Rails send it:
 * `{ email: ['...'], address: { city: ['...'] }, non_field_errors: ['...'] }`, or `{ detail }`.
 * Every other top-level member must be a list or an object, so envelopes are not mistaken for it.
 */
export const fieldDict: Dialect = (body) => {
  if (!isRecord(body)) return undefined;
  const skip = (key: string) => META_KEYS.has(key);
  for (const key of ownKeys(body)) if (!skip(key) && !isBag(get(body, key))) return undefined;
  const fields = flattenFieldDict(body, new FieldCollector(), { skip, listsOnly: true });
  const formErrors: string[] = [];
  for (const key of FORM_KEYS) formErrors.push(...(messagesOf(get(body, key)) ?? []));
  const detail = getString(body, 'detail');
  if (fields.size === 0 && formErrors.length === 0 && detail === undefined) return undefined;
  return { message: detail, fieldErrors: fields.map, formErrors };
};
