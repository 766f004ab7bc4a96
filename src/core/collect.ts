import { get, isArray, isBag, isRecord, ownKeys } from './safe';
import type { DialectResult } from './types';

/** Most field keys read from one payload; the rest of a hostile or runaway body is ignored. */
export const MAX_FIELDS = 10_000;
const MAX_DEPTH = 16;
const MAX_MESSAGES_PER_FIELD = 50;

/** Collects field messages under raw payload keys, on a map without a prototype. */
export class FieldCollector {
  // Made on first use: most dialects of a classification collect nothing.
  private own: Record<string, string[]> | undefined;
  size = 0;

  get map(): Record<string, string[]> {
    this.own ??= Object.create(null) as Record<string, string[]>;
    return this.own;
  }

  /** Adds messages under `key`; empty lists and keys past {@link MAX_FIELDS} add nothing. */
  add(key: string, messages: string[]): void {
    if (!messages.length) return;
    const map = this.map;
    const existing = map[key];
    if (existing) {
      for (const m of messages) if (!existing.includes(m)) existing.push(m);
    } else if (this.size < MAX_FIELDS) {
      map[key] = messages;
      this.size++;
    }
  }
}

// Objects some frameworks use for one message: `{ message }`, `{ detail }`, `{ defaultMessage }`,
// express-validator's `{ msg }`.
function messageOf(item: unknown): string | undefined {
  const text = isRecord(item)
    ? (get(item, 'message') ??
      get(item, 'msg') ??
      get(item, 'detail') ??
      get(item, 'defaultMessage'))
    : item;
  return typeof text === 'string' ? text : undefined;
}

/**
 * The messages in a field value: a string, or a list of strings / message objects (other
 * scalars in the list are skipped). Returns `undefined` when the value is not a message list,
 * because it holds nested objects or lists that may be fields of their own.
 */
export function messagesOf(value: unknown, listsOnly = false): string[] | undefined {
  if (typeof value === 'string') return listsOnly ? undefined : value.trim() ? [value] : [];
  if (!isArray(value)) {
    // express-validator's `.mapped()`: one `{ msg, path, location }` object per field.
    const text = listsOnly ? undefined : messageOf(value);
    return text === undefined ? undefined : [text];
  }
  const out: string[] = [];
  const length = Math.min(value.length, MAX_MESSAGES_PER_FIELD);
  for (let i = 0; i < length; i++) {
    const item = get(value, String(i));
    const text = messageOf(item);
    if (text === undefined) {
      if (isBag(item)) return undefined;
      continue;
    }
    if (text.trim()) out.push(text);
  }
  return out;
}

function keysOf(value: object, limit: number): string[] {
  if (!isArray(value)) return ownKeys(value);
  const length = Math.min(value.length, limit);
  const keys: string[] = [];
  for (let i = 0; i < length; i++) keys.push(String(i));
  return keys;
}

export interface FlattenOptions {
  /** Top-level keys to leave out. */
  skip?: (key: string) => boolean;
  /** Top-level keys whose messages are about the whole form, collected into `form`. */
  formKey?: (key: string) => boolean;
  form?: string[];
  /** Accept messages only inside lists (`['...']`), as DRF and Rails send them. */
  listsOnly?: boolean;
}

/**
 * Flattens a field dictionary (`{ email: [...], address: { city: [...] } }`, lists of nested
 * objects included) into dotted keys. The last four parameters carry the walk's own state.
 */
export function flattenFieldDict(
  value: unknown,
  into: FieldCollector,
  options: FlattenOptions = {},
  prefix = '',
  depth = 0,
  onPath: unknown[] = [],
  left = { budget: MAX_FIELDS * 4 },
): void {
  if (depth > MAX_DEPTH || !isBag(value) || onPath.includes(value)) return;
  const { skip, formKey, form } = options;
  onPath.push(value);
  for (const key of keysOf(value, left.budget)) {
    if (--left.budget < 0) break;
    const child = get(value, key);
    if (!depth && form && formKey?.(key)) form.push(...(messagesOf(child) ?? []));
    if (!depth && skip?.(key)) continue;
    const path = prefix ? `${prefix}.${key}` : key;
    const messages = messagesOf(child, options.listsOnly);
    if (messages) into.add(path, messages);
    else flattenFieldDict(child, into, options, path, depth + 1, onPath, left);
  }
  onPath.pop();
}

/** A dialect's answer from what it collected, or `undefined` when it found nothing. */
export function collected(
  fields: FieldCollector,
  form: string[],
  out: DialectResult = {},
): DialectResult | undefined {
  if (fields.size || form.length) {
    out.fieldErrors = fields.map;
    out.formErrors = form;
  }
  return anyPart(out);
}

/** `out` when it holds any part, else `undefined`. */
export function anyPart(out: DialectResult): DialectResult | undefined {
  for (const key in out) if (out[key as keyof DialectResult] !== undefined) return out;
  return undefined;
}
