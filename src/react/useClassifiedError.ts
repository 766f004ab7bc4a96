import { useMemo } from 'react';
import { type ClassifiedError, classifyError } from '../core';
import { useErrorKit } from './ErrorKitProvider';

/**
 * Classifies `error` (raw or already classified) with the provider's options and catalog.
 * Returns `undefined` when there is no error (`null` / `undefined`).
 */
export function useClassifiedError(error: unknown): ClassifiedError | undefined {
  const { classifyOptions } = useErrorKit();
  return useMemo(
    () => (error == null ? undefined : classifyError(error, classifyOptions)),
    [error, classifyOptions],
  );
}
