const stable = (value: unknown): string =>
  JSON.stringify(value, (_key, inner: unknown) =>
    inner && typeof inner === 'object' && !Array.isArray(inner)
      ? Object.fromEntries(Object.entries(inner).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : inner,
  ) ?? '';

/** One key for an operation and its variables, whatever the order of their members. */
export function operationKey(name: string | undefined, variables: unknown): string {
  return `${name ?? ''}:${stable(variables ?? {})}`;
}
