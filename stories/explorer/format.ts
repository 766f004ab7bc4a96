/**
 * Turns any value (payloads, thrown errors, hostile objects) into text for a `<pre>`. Never
 * throws: cycles, getters that throw, revoked proxies and huge strings are all shown as text.
 */

/** Longest text shown for one value; the rest is summarised. */
export const MAX_SHOWN_CHARS = 20_000;
const MAX_STRING = 2_000;
const MAX_ITEMS = 50;
const MAX_DEPTH = 6;

/** Cuts long text and says how much was left out. */
export function truncate(text: string, max = MAX_SHOWN_CHARS): string {
  if (text.length <= max) return text;
  return `${text.slice(0, max)}\n… (${(text.length - max).toLocaleString('en')} more characters)`;
}

/** Stands for a property whose getter threw. */
class ThrewMarker {
  constructor(readonly error: unknown) {}
}

function safeKeys(value: object): string[] {
  try {
    return Object.keys(value);
  } catch {
    return [];
  }
}

function safeRead(value: object, key: string): unknown {
  try {
    return (value as Record<string, unknown>)[key];
  } catch (error) {
    return new ThrewMarker(error);
  }
}

function constructorName(value: object): string | undefined {
  try {
    const proto = Object.getPrototypeOf(value);
    if (proto === null) return undefined;
    const name = proto.constructor?.name;
    return typeof name === 'string' && name !== 'Object' ? name : undefined;
  } catch {
    return undefined;
  }
}

function quote(text: string): string {
  const cut = text.length > MAX_STRING ? `${text.slice(0, MAX_STRING)}…` : text;
  const quoted = JSON.stringify(cut);
  return text.length > MAX_STRING
    ? `${quoted} (${text.length.toLocaleString('en')} characters)`
    : quoted;
}

function inspectInner(value: unknown, indent: string, ancestors: object[]): string {
  switch (typeof value) {
    case 'string':
      return quote(value);
    case 'number':
    case 'boolean':
      return String(value);
    case 'bigint':
      return `${value}n`;
    case 'undefined':
      return 'undefined';
    case 'symbol':
      return value.toString();
    case 'function':
      return `[Function${value.name ? ` ${value.name}` : ''}]`;
  }
  if (value === null) return 'null';
  if (value instanceof ThrewMarker) return `[getter threw: ${describeThrown(value.error)}]`;
  const object = value as object;
  if (ancestors.includes(object)) return '[Circular]';
  if (ancestors.length >= MAX_DEPTH) return '[…]';
  const inner = `${indent}  `;
  const next = [...ancestors, object];

  if (Array.isArray(object)) {
    if (object.length === 0) return '[]';
    const items = object
      .slice(0, MAX_ITEMS)
      .map((item) => `${inner}${inspectInner(item, inner, next)}`);
    if (object.length > MAX_ITEMS) items.push(`${inner}… ${object.length - MAX_ITEMS} more`);
    return `[\n${items.join(',\n')}\n${indent}]`;
  }

  const name = constructorName(object);
  const lines: string[] = [];
  const add = (key: string, item: unknown) => {
    lines.push(`${inner}${JSON.stringify(key)}: ${inspectInner(item, inner, next)}`);
  };

  if (typeof Headers !== 'undefined' && object instanceof Headers) {
    for (const [key, item] of object.entries()) add(key, item);
  } else if (typeof Response !== 'undefined' && object instanceof Response) {
    add('status', object.status);
    add('statusText', object.statusText);
    add('headers', object.headers);
  } else {
    if (object instanceof Error) {
      // `name`, `message` and `cause` are usually not enumerable.
      add('name', safeRead(object, 'name'));
      add('message', safeRead(object, 'message'));
    }
    const keys = safeKeys(object);
    for (const key of keys.slice(0, MAX_ITEMS)) {
      if (object instanceof Error && (key === 'name' || key === 'message')) continue;
      add(key, safeRead(object, key));
    }
    if (keys.length > MAX_ITEMS) lines.push(`${inner}… ${keys.length - MAX_ITEMS} more keys`);
    if (object instanceof Error && !keys.includes('cause')) {
      const cause = safeRead(object, 'cause');
      if (cause !== undefined) add('cause', cause);
    }
  }
  const prefix = name ? `${name} ` : '';
  if (lines.length === 0) return `${prefix}{}`;
  return `${prefix}{\n${lines.join(',\n')}\n${indent}}`;
}

function describeThrown(error: unknown): string {
  try {
    if (error instanceof Error) return `${error.name}: ${error.message}`;
    return String(error);
  } catch {
    return 'an unprintable value';
  }
}

/** A readable, JSON-like rendering of any value. */
export function inspect(value: unknown): string {
  try {
    return truncate(inspectInner(value, '', []));
  } catch (error) {
    return `[could not show this value: ${describeThrown(error)}]`;
  }
}

/** What a response body looks like on the wire, as far as a fixture tells. */
export type BodyFormat = 'none' | 'json' | 'text' | 'html' | 'value';

/** How a body is presented: its text and what sort of text it is. */
export interface BodyText {
  format: BodyFormat;
  text: string;
}

const HTML_START =
  /^\s*(<!doctype\s+html|<html[\s>]|<head[\s>]|<body[\s>]|<\?xml|<[a-z][\w-]*[\s>])/i;

/**
 * A response body as text for a `<pre>`: JSON pretty-printed, strings (plain text, HTML pages)
 * exactly as sent. Markup is only ever text here, never HTML.
 */
export function bodyText(body: unknown): BodyText {
  if (body === undefined) return { format: 'none', text: '(no body)' };
  if (typeof body === 'string') {
    return { format: HTML_START.test(body.slice(0, 256)) ? 'html' : 'text', text: truncate(body) };
  }
  try {
    const json = JSON.stringify(body, null, 2);
    if (typeof json === 'string') return { format: 'json', text: truncate(json) };
  } catch {
    // Cycles, BigInts or throwing getters: fall back to the inspector.
  }
  return { format: 'value', text: inspect(body) };
}

/** A short, single-line rendering of a value, for table cells. */
export function short(value: unknown): string {
  if (value === undefined) return '(not set)';
  if (typeof value === 'string') return value;
  try {
    const json = JSON.stringify(value);
    if (typeof json === 'string') return truncate(json, 500);
  } catch {
    // fall through
  }
  return truncate(inspect(value).replace(/\s*\n\s*/g, ' '), 500);
}
