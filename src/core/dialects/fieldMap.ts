import { collected, FieldCollector, flattenFieldDict } from '../fieldCollector';
import { get, isArray, isRecord, ownKeys } from '../safe';
import type { DialectResult } from '../types';
import {
  hasStructure,
  isFormKey,
  isMetaKey,
  type Level,
  levelsOf,
  messagesOf,
} from '../vocabulary';

// Zod 4 `treeifyError()`: `{ errors, properties: { name: {...} }, items: [{...}] }`.
function readTree(node: unknown, path: string, into: FieldCollector, depth: number): void {
  if (depth > 16 || !isRecord(node)) return;
  into.add(path, messagesOf(get(node, 'errors')) ?? []);
  const prefix = path ? `${path}.` : '';
  const properties = get(node, 'properties');
  for (const key of ownKeys(properties)) {
    readTree(get(properties, key), prefix + key, into, depth + 1);
  }
  const items = get(node, 'items');
  if (isArray(items)) {
    for (let i = 0; i < items.length && i < 1000; i++) {
      readTree(items[i], prefix + i, into, depth + 1);
    }
  }
}

function readMap(node: unknown, fields: FieldCollector, form: string[], depth: number): void {
  // Zod `flatten()` / `flattenError()`.
  form.push(...(messagesOf(get(node, 'formErrors')) ?? []));
  const fieldErrors = get(node, 'fieldErrors');
  if (isRecord(fieldErrors)) flattenFieldDict(fieldErrors, fields);
  const errors = get(node, 'errors');
  if (isArray(errors) && (isRecord(get(node, 'properties')) || isArray(get(node, 'items')))) {
    readTree(node, '', fields, 0);
  } else if (isArray(get(node, '_errors'))) {
    // Zod `format()`: `{ _errors, name: { _errors } }`; `_errors` names the object itself.
    flattenFieldDict(node, fields, { skip: (key) => key !== '_errors' && isMetaKey(key) });
  }
  if (!isRecord(errors) || depth > 2) return;
  if (hasStructure(errors)) readMap(errors, fields, form, depth + 1);
  else {
    // Laravel, RFC 9457 `errors`, ASP.NET, webargs' location-keyed `{ json: { name: [...] } }`,
    // express-validator's `.mapped()`.
    flattenFieldDict(errors, fields, { skip: isFormKey, formKey: isFormKey, form });
  }
}

/** The `field-map` dialect: maps of messages keyed by field, wherever the body nests them. */
export function readFieldMap(
  body: unknown,
  all: Level[] = levelsOf(body),
): DialectResult | undefined {
  const fields = new FieldCollector();
  const form: string[] = [];
  for (const { node, found } of all) if (found.H) readMap(node, fields, form, 0);
  return collected(fields, form);
}
