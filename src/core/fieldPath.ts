import { get, isArray, isBag } from './safe';
import type { FieldErrors } from './types';

const PLAIN_KEY = /^[A-Za-z_][\w-]*(\.[\w-]+)*$/;
// Where a value came from in the request, which some frameworks put in front of the field name.
const LOCATION = /^(body|query|path|header|cookie|json|form|files|querystring|params)$/;
// Names some frameworks use for errors about the whole object rather than one of its fields.
const WHOLE = /^(__root__|_schema|non_field_errors|__all__|_errors)$/;

// A path array (`['body', 'items', 1, 'qty']`) or Standard Schema segments (`[{ key: 'qty' }]`).
function joinSegments(path: readonly unknown[]): string | undefined {
  let joined = '';
  for (let i = 0; i < path.length && i < 64; i++) {
    const segment = path[i];
    const key = isBag(segment) ? get(segment, 'key') : segment;
    if (typeof key !== 'string' && typeof key !== 'number') return undefined;
    if (i || !LOCATION.test(String(key))) joined += (joined ? '.' : '') + key;
  }
  return joined;
}

/**
 * Normalises a server's field key to a dotted path:
 * JSON Pointer `/data/attributes/address/city` -> `address.city`,
 * `items[0].qty` and `$.items[0].qty` -> `items.0.qty`, `user['email']` -> `user.email`,
 * path arrays `['body', 'items', 1, 'qty']` and Standard Schema segments `[{ key: 'qty' }]`
 * -> `items.1.qty`. A request-location prefix (`body`, `query`, `json`, ...) is dropped.
 * Returns `''` for keys that name the whole form (`/data`, `$`, blank, `__root__`, `_schema`,
 * `non_field_errors`, `__all__`, `_errors`, an empty path).
 */
export function normalizeFieldPath(key: string | readonly unknown[]): string {
  if (typeof key !== 'string') {
    const joined = isArray(key) ? joinSegments(key) : undefined;
    return joined === undefined ? '' : normalizeFieldPath(joined);
  }
  let path = key;
  if (!PLAIN_KEY.test(key)) {
    // Real field paths are short; a cap keeps the patterns below linear on hostile keys.
    path = key.slice(0, 256).trim();
    if (/^#?\//.test(path)) {
      const segments = path
        .replace(/^#/, '')
        .split('/')
        .slice(1)
        .map((segment) => segment.replace(/~1/g, '/').replace(/~0/g, '~'));
      if (segments[0] === 'data') {
        segments.shift();
        if (/^(attributes|relationships)$/.test(segments[0] ?? '')) segments.shift();
      }
      path = segments.filter(Boolean).join('.');
    } else {
      path = path
        .replace(/^\$(?=[.[]|$)/, '')
        .replace(/\[\s*['"]?([^\]'"]*)['"]?\s*\]/g, '.$1')
        .replace(/\.{2,}/g, '.')
        .replace(/^\.|\.$/g, '');
    }
  }
  if (!path.includes('_')) {
    // Only a location prefix can go: every whole-object marker has an underscore.
    const dot = path.indexOf('.');
    return dot > 0 && LOCATION.test(path.slice(0, dot)) ? path.slice(dot + 1) : path;
  }
  const parts = path.split('.');
  if (parts.length > 1 && LOCATION.test(parts[0] ?? '')) parts.shift();
  return parts.filter((part) => !WHOLE.test(part)).join('.');
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
  const wanted = fieldKey(fieldName);
  const keys = Object.keys(fieldErrors).filter(
    (key) => key !== fieldName && fieldKey(key) === wanted,
  );
  if (Object.hasOwn(fieldErrors, fieldName)) keys.unshift(fieldName);
  const found: string[] = [];
  for (const key of keys) {
    for (const message of fieldErrors[key] ?? []) if (!found.includes(message)) found.push(message);
  }
  return found;
}
