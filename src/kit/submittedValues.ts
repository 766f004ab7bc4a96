import type { SubmittedValues } from '../core';
import { get, isBag } from '../core/safe';

/** Most field names carried back; a form with more is not one a person filled in. */
const MAX_NAMES = 500;

/** Framework fields (`$ACTION_ID_…` in Next.js) and secrets are never sent back to the page. */
const LEFT_OUT = /^\$|pass(word|code|phrase)|secret|token|cvc|cvv|card.?number/i;

type Source = FormData | URLSearchParams | Record<string, unknown>;

function entriesOf(source: Source): Iterable<[string, unknown]> {
  const entries = get(source, 'entries');
  if (typeof entries === 'function' && !Array.isArray(source)) {
    try {
      return [...(entries.call(source) as Iterable<[string, unknown]>)];
    } catch {
      return [];
    }
  }
  return Object.entries(source);
}

const asText = (value: unknown): string | undefined =>
  typeof value === 'string'
    ? value
    : typeof value === 'number' || typeof value === 'boolean'
      ? String(value)
      : undefined;

/**
 * What the user typed, as plain data to send back with the error: text values only (files are
 * left out), a list where a name repeats, and never a password or other secret (`omit` names
 * more).
 */
export function submittedValues(
  source: unknown,
  omit: readonly string[] = [],
): SubmittedValues | undefined {
  if (!isBag(source)) return undefined;
  const out: SubmittedValues = {};
  let names = 0;
  for (const [name, raw] of entriesOf(source as Source)) {
    if (LEFT_OUT.test(name) || omit.includes(name)) continue;
    const texts = (Array.isArray(raw) ? raw : [raw]).map(asText).filter((t) => t !== undefined);
    if (!texts.length) continue;
    const known = Object.hasOwn(out, name) ? out[name] : undefined;
    if (known === undefined && ++names > MAX_NAMES) break;
    const value = known === undefined ? texts : [...[known].flat(), ...texts];
    // Defined rather than assigned, so that a field named `__proto__` stays a field.
    Object.defineProperty(out, name, {
      value: value.length === 1 ? value[0] : value,
      enumerable: true,
      writable: true,
      configurable: true,
    });
  }
  return names ? out : undefined;
}
