'use client';

import { useRef } from 'react';

type Bag = Record<string, unknown>;

/** Plain objects and arrays are compared by content; anything else (a Map, a class) by identity. */
function isPlain(value: unknown): value is Bag {
  const proto = value !== null && typeof value === 'object' && Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null || Array.isArray(value);
}

/** A plain function, not a class component (which cannot be called through a forwarder). */
const isCallable = (value: unknown): value is (...args: unknown[]) => unknown =>
  typeof value === 'function' &&
  !(value.prototype as { isReactComponent?: unknown } | undefined)?.isReactComponent;

// Content is compared and forwarded 8 levels deep; deeper values count by identity.

/** Functions at the same place count as the same: they are called through forwarders. */
export function sameContent(a: unknown, b: unknown, depth = 0): boolean {
  if (Object.is(a, b) || (isCallable(a) && isCallable(b))) return true;
  if (depth > 8 || !isPlain(a) || !isPlain(b) || Array.isArray(a) !== Array.isArray(b)) {
    return false;
  }
  const keys = Object.keys(a);
  return (
    keys.length === Object.keys(b).length &&
    keys.every((key) => Object.hasOwn(b, key) && sameContent(a[key], b[key], depth + 1))
  );
}

function forwarding(value: unknown, read: () => unknown, depth = 0): unknown {
  if (isCallable(value)) {
    return (...args: unknown[]) => {
      const latest = read();
      return (isCallable(latest) ? latest : value)(...args);
    };
  }
  if (depth > 8 || !isPlain(value)) return value;
  const copy: Bag = Array.isArray(value) ? ([] as unknown as Bag) : {};
  for (const key of Object.keys(value)) {
    copy[key] = forwarding(value[key], () => (read() as Bag | undefined)?.[key], depth + 1);
  }
  return copy;
}

/**
 * `value`, stable by content, so inline objects and functions written anew on every render do not
 * re-run what is keyed on its identity. Functions inside it always call the latest version.
 */
export function useStableValue<T>(value: T): T {
  const latest = useRef(value);
  latest.current = value;
  const stable = useRef<{ source: T; value: T }>(undefined);
  if (!stable.current || !sameContent(stable.current.source, value)) {
    stable.current = { source: value, value: forwarding(value, () => latest.current) as T };
  }
  return stable.current.value;
}
