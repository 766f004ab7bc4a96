import { useEffect, useMemo } from 'react';
import { type ClassifiedError, classifyError } from '../core';
import { localize } from '../headless/localize';
import { useErrorKit } from './ErrorKitProvider';

/**
 * Classifies `error` (raw or already classified) with the provider's options; default titles
 * and messages come from the provider's catalog. Reports the failure to the provider's
 * `onError` once. Returns `undefined` when there is no error (`null` / `undefined`).
 */
export function useClassifiedError(error: unknown): ClassifiedError | undefined {
  const { classifyOptions, messages, report } = useErrorKit();
  const classified = useMemo(
    () => (error == null ? undefined : localize(classifyError(error, classifyOptions), messages)),
    [error, classifyOptions, messages],
  );
  useEffect(() => {
    if (classified) report(classified);
  }, [classified, report]);
  return classified;
}
