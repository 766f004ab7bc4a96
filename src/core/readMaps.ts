import { collected, FieldCollector, flattenFieldDict, messagesOf } from './collect';
import { levels } from './levels';
import { get, getString, isArray, isBag, isRecord, ownKeys } from './safe';
import type { DialectResult } from './types';

const FORM_KEYS = ['non_field_errors', '__all__', 'base', ''];
// Members that give a body a shape of its own, so it is not a bare field dictionary.
const STRUCTURE = ['fieldErrors', 'formErrors', '_errors', 'properties', 'issues', 'inner'];
const META_KEYS = new Set([
  ...FORM_KEYS,
  ...STRUCTURE,
  'detail',
  'code',
  'status',
  'message',
  'error',
  'type',
]);
const isFormKey = (key: string) => FORM_KEYS.includes(key);
const isMetaKey = (key: string) => META_KEYS.has(key);
const hasStructure = (node: unknown) => STRUCTURE.some((key) => get(node, key) !== undefined);

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
export function readFieldMaps(body: unknown): DialectResult | undefined {
  const fields = new FieldCollector();
  const form: string[] = [];
  for (const { node, found } of levels(body)) if (found.H) readMap(node, fields, form, 0);
  return collected(fields, form);
}

/**
 * The `joi` dialect: hapi / Boom `validation: { source, keys }` with the Joi message, and
 * celebrate's `validation: { body: { source, keys, message } }`.
 */
export function readJoi(body: unknown): DialectResult | undefined {
  const validation = get(body, 'validation');
  if (!isRecord(validation)) return undefined;
  const fields = new FieldCollector();
  const sources = isArray(get(validation, 'keys'))
    ? [validation]
    : ownKeys(validation).map((key) => get(validation, key));
  for (const source of sources) {
    const keys = get(source, 'keys');
    const text = getString(source, 'message') ?? getString(body, 'message') ?? '';
    // Joi joins its messages with '. ', each naming its field in quotes: `"email" must be ...`.
    const parts = text.split(/\.\s+(?=")/);
    if (!isArray(keys)) continue;
    for (const key of keys.slice(0, 1000)) {
      if (typeof key !== 'string') continue;
      const leaf = key.split('.').pop();
      fields.add(key, [
        parts.find((part) => part.includes(`"${key}"`) || part.includes(`"${leaf}"`)) ??
          (keys.length === 1 && text ? text : 'This value is not accepted.'),
      ]);
    }
  }
  return collected(fields, []);
}

// Django REST Framework and Rails send a bare field dictionary; every other member of an
// envelope is a string or number, which keeps envelopes from being mistaken for one. A body of
// meta members alone has nothing to read.
function isFieldDict(body: unknown): boolean {
  let fieldOrForm = false;
  for (const key of ownKeys(body)) {
    if (!isMetaKey(key)) {
      if (!isBag(get(body, key))) return false;
      fieldOrForm = true;
    } else fieldOrForm ||= isFormKey(key);
  }
  return fieldOrForm;
}

/**
 * The `field-dict` dialect: a bare dictionary of field lists (Django REST Framework, Rails), or a
 * list of them (DRF list serializers).
 */
export function readFieldDict(body: unknown): DialectResult | undefined {
  const all = levels(body);
  if (
    all.length > 1 ||
    all[0]?.node !== body ||
    // A list serializer's errors are a list of dictionaries, one per item.
    !(isRecord(body) || isArray(body)) ||
    // Cheapest first: one look at each member turns most envelopes away.
    !isFieldDict(body) ||
    isBag(get(body, 'errors')) ||
    isBag(get(body, 'validation')) ||
    hasStructure(body)
  ) {
    return undefined;
  }
  const fields = new FieldCollector();
  const form: string[] = [];
  flattenFieldDict(body, fields, { skip: isMetaKey, formKey: isFormKey, form, listsOnly: true });
  return collected(fields, form);
}
