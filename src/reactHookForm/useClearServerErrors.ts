'use client';

import { useEffect } from 'react';
import type { FieldPath, FieldValues, UseFormReturn } from 'react-hook-form';
import { SERVER_ERROR_TYPE } from './applyServerErrors';

/**
 * Clears a field's server error (set by `applyServerErrors`) as soon as the user changes that
 * field; client-side validation errors are left to react-hook-form.
 */
export function useClearServerErrors<TFieldValues extends FieldValues>(
  form: UseFormReturn<TFieldValues>,
): void {
  const { watch, getFieldState, clearErrors } = form;
  useEffect(() => {
    const subscription = watch((_values, { name }) => {
      if (!name) return;
      const field = name as FieldPath<TFieldValues>;
      if (getFieldState(field).error?.type === SERVER_ERROR_TYPE) clearErrors(field);
    });
    return () => subscription.unsubscribe();
  }, [watch, getFieldState, clearErrors]);
}
