import { get, isArray, isBag, ownKeys } from './safe';

/** Response headers by lower-case name. */
export type HeaderValues = Record<string, string>;

function keep(out: HeaderValues, name: unknown, value: unknown): void {
  if (typeof name !== 'string') return;
  const text = isArray(value) ? value.slice(0, 20).join(', ') : value;
  if (typeof text === 'string' || typeof text === 'number') {
    out[name.toLowerCase()] ??= String(text);
  }
}

/**
 * Reads anything header-shaped into a plain map keyed by lower-case name: a fetch `Headers`,
 * a `Map`, entry pairs, axios' `AxiosHeaders` or a plain object in any case.
 */
export function readHeaders(headers: unknown): HeaderValues {
  // A plain object is safe here: only fixed, well-known names are ever read back.
  const out: HeaderValues = {};
  if (!isBag(headers)) return out;
  try {
    if (typeof Headers !== 'undefined' && headers instanceof Headers) {
      // Names are lower case already and values strings.
      for (const [name, value] of headers) out[name] ??= value;
    } else if (isArray(headers)) {
      for (const entry of headers.slice(0, 200)) if (isArray(entry)) keep(out, entry[0], entry[1]);
    } else if (typeof headers.forEach === 'function') {
      // `Map` and Headers-like objects call back with (value, name).
      headers.forEach((value: unknown, name: unknown) => {
        keep(out, name, value);
      });
    } else {
      for (const name of ownKeys(headers).slice(0, 200)) keep(out, name, get(headers, name));
    }
  } catch {
    // Whatever was read before the failure is kept.
  }
  return out;
}
