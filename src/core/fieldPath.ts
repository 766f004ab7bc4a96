import type { FieldErrors } from './types';

function unescapePointer(segment: string): string {
  return segment.replace(/~1/g, '/').replace(/~0/g, '~');
}

const PLAIN_KEY = /^[A-Za-z_][\w-]*(\.[\w-]+)*$/;

/**
 * Normalises a server's field key to a dotted path:
 * JSON Pointer `/data/attributes/address/city` -> `address.city`,
 * `items[0].qty` and `$.items[0].qty` -> `items.0.qty`, `user['email']` -> `user.email`.
 * Returns `''` for keys that name the whole form (`/data`, `$`, blank).
 */
export function normalizeFieldPath(key: string): string {
  if (PLAIN_KEY.test(key)) return key;
  // Real field paths are short; a cap keeps the patterns below linear on hostile keys.
  let path = key.slice(0, 256).trim();
  if (path.startsWith('/') || path.startsWith('#/')) {
    const segments = path.replace(/^#/, '').split('/').slice(1).map(unescapePointer);
    if (segments[0] === 'data') {
      segments.shift();
      const section: string | undefined = segments[0];
      if (section === 'attributes' || section === 'relationships') segments.shift();
    }
    return segments.filter((s) => s !== '').join('.');
  }
  path = path
    .replace(/^\$(?=[.[]|$)/, '')
    .replace(/\[\s*['"]?([^\]'"]*)['"]?\s*\]/g, '.$1')
    .replace(/\.{2,}/g, '.')
    .replace(/^\.|\.$/g, '');
  return path;
}

/** Case- and style-blind form of a field path: `first_name`, `firstName`, `First-Name` agree. */
function fieldKey(name: string): string {
  return normalizeFieldPath(name)
    .toLowerCase()
    .replace(/[_\-\s]/g, '');
}

/**
 * True when a form field name and a server key name the same field, regardless of case and of
 * camel/snake/Pascal/kebab style: `firstName` matches `first_name` and `FirstName`.
 */
export function fieldNameMatches(fieldName: string, serverKey: string): boolean {
  return fieldName === serverKey || fieldKey(fieldName) === fieldKey(serverKey);
}

/** All messages the server sent for a form field, matched with {@link fieldNameMatches}. */
export function findFieldErrors(fieldErrors: FieldErrors, fieldName: string): string[] {
  const exact = Object.hasOwn(fieldErrors, fieldName) ? fieldErrors[fieldName] : undefined;
  const wanted = fieldKey(fieldName);
  const found = exact ? [...new Set(exact)] : [];
  for (const key of Object.keys(fieldErrors)) {
    if (key === fieldName || fieldKey(key) !== wanted) continue;
    for (const message of fieldErrors[key] ?? []) {
      if (!found.includes(message)) found.push(message);
    }
  }
  return found;
}
