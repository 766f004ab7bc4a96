/** A non-null object or function whose properties may be read. */
export type Bag = Record<string, unknown>;

export function isBag(value: unknown): value is Bag {
  return (typeof value === 'object' && value !== null) || typeof value === 'function';
}

/** Reads a property without ever throwing: hostile getters and proxies give `undefined`. */
export function get(value: unknown, key: string): unknown {
  if (!isBag(value)) return undefined;
  try {
    return value[key];
  } catch {
    return undefined;
  }
}

export function getString(value: unknown, key: string): string | undefined {
  const found = get(value, key);
  return typeof found === 'string' ? found : undefined;
}

/** A string with more than white space in it, as it is; anything else gives `undefined`. */
export function nonBlank(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() ? value : undefined;
}

export function getNumber(value: unknown, key: string): number | undefined {
  const found = get(value, key);
  return Number.isFinite(found) ? (found as number) : undefined;
}

/** A code as a string: strings as they are, finite numbers in decimal, anything else `undefined`. */
export function asCode(value: unknown): string | undefined {
  if (typeof value === 'string') return value.trim() || undefined;
  if (Number.isFinite(value)) return String(value);
  return undefined;
}

/** `Array.isArray` that survives revoked proxies. */
export function isArray(value: unknown): value is unknown[] {
  try {
    return Array.isArray(value);
  } catch {
    return false;
  }
}

/** Own enumerable string keys, or none when the object refuses to list them. */
export function ownKeys(value: unknown): string[] {
  if (!isBag(value)) return [];
  try {
    return Object.keys(value);
  } catch {
    return [];
  }
}

/** A plain JSON-like object (not an array, not a class instance such as Date or Map). */
export function isRecord(value: unknown): value is Bag {
  if (typeof value !== 'object' || value === null || isArray(value)) return false;
  try {
    const proto = Object.getPrototypeOf(value);
    return proto === Object.prototype || proto === null;
  } catch {
    return false;
  }
}

/** An HTTP status from `min` up: 100 for any status, 400 for the error range. */
export function isStatus(value: unknown, min = 100): value is number {
  return Number.isInteger(value) && (value as number) >= min && (value as number) < 600;
}

export function toStatus(value: unknown): number | undefined {
  const n = typeof value === 'string' ? Number(value) : value;
  return isStatus(n, 400) ? n : undefined;
}

/**
 * A plain object (`Object.prototype`, as React and JSON expect) with the same own entries.
 * `fromEntries` defines its keys, so `__proto__` becomes an own data property, not a prototype.
 */
export const plainRecord = <T>(source: Record<string, T>): Record<string, T> =>
  Object.fromEntries(Object.entries(source));
