import { useEffect, useMemo } from 'react';
import type { ClassifiedError } from '../core';
import { useErrorKit } from './ErrorKitProvider';

/**
 * `error` (raw or already classified) as the provider's kit classifies and words it, reported to
 * the kit's `onError` once. `undefined` when there is no error (`null` / `undefined`).
 */
export function useClassifiedError(error: unknown): ClassifiedError | undefined {
  const kit = useErrorKit();
  const classified = useMemo(() => (error == null ? undefined : kit.classify(error)), [error, kit]);
  useEffect(() => {
    if (classified) kit.report(classified);
  }, [classified, kit]);
  return classified;
}
