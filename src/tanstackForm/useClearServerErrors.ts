'use client';
import type { AnyFormApi } from '@tanstack/react-form';
import { useEffect } from 'react';
import { reconcileServerErrors } from './reconcileServerErrors';

/**
 * Clears a field's server error (set by `applyServerErrors`) as soon as the user changes that
 * field, and keeps it until then (TanStack Form alone also drops it on blur, or never, depending
 * on the field's validators). The form-level server error goes when any field changes; all of
 * them go when the form is submitted again. Errors from validators are left to TanStack Form.
 */
export function useClearServerErrors(form: AnyFormApi): void {
  useEffect(() => {
    // Current TanStack Store returns `{ unsubscribe }` from `subscribe`; older versions a function.
    const subscription: unknown = form.store.subscribe(() => reconcileServerErrors(form));
    reconcileServerErrors(form);
    return () => {
      if (typeof subscription === 'function') subscription();
      else (subscription as { unsubscribe(): void }).unsubscribe();
    };
  }, [form]);
}
