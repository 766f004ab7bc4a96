'use client';

import { useEffect, useMemo } from 'react';
import type { ClassifiedError } from '../core';
import { useErrorKit } from './kitContext';

/** `error` as the provider's kit classifies and words it, reported to its `onError` once. */
export function useClassifiedError(error: unknown): ClassifiedError | undefined {
  const kit = useErrorKit();
  const classified = useMemo(() => (error == null ? undefined : kit.classify(error)), [error, kit]);
  useEffect(() => {
    if (classified) kit.report(classified);
  }, [classified, kit]);
  return classified;
}
