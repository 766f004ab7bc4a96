import { get, isArray, isBag, ownKeys } from './safe';
import type { DialectResult, FieldMessageCode } from './types';
import { messagesOf } from './vocabulary';

/** Most field keys read from one payload; the rest of a hostile or runaway body is ignored. */
export const MAX_FIELDS = 10_000;
export const MAX_DEPTH = 16;

/**
 * Field messages and codes under raw payload keys, on maps without a prototype so that payload
 * keys cannot reach `Object.prototype`.
 */
export class FieldCollector {
  readonly map: Record<string, string[]> = Object.create(null);
  codes: Record<string, FieldMessageCode> | undefined;
  size = 0;

  add(key: string, messages: string[]): void {
    if (!messages.length) return;
    const existing = this.map[key];
    if (existing) {
      for (const m of messages) if (!existing.includes(m)) existing.push(m);
    } else if (this.size < MAX_FIELDS) {
      this.map[key] = messages;
      this.size++;
    }
  }

  /** A field the server named by a code alone; the classifier words it from the catalog. */
  addCode(key: string, code: FieldMessageCode): void {
    if (this.size < MAX_FIELDS) {
      this.codes ??= Object.create(null) as Record<string, FieldMessageCode>;
      this.codes[key] ??= code;
      this.size++;
    }
  }
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
    if (fields.codes) out.fieldCodes = fields.codes;
  }
  return anyPart(out);
}

export function anyPart(out: DialectResult): DialectResult | undefined {
  for (const key in out) if (out[key as keyof DialectResult] !== undefined) return out;
  return undefined;
}
