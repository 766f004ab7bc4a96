import type { AnyFormApi } from '@tanstack/react-form';

/**
 * Focuses a field's control. TanStack Form keeps no element refs, so the control is found by
 * its `name` (inside the form whose `id` is `form.formId`, when there is one), else by `id`.
 */
export function focusField(form: AnyFormApi, name: string): void {
  if (typeof document === 'undefined') return;
  const root = document.getElementById(form.formId) ?? document;
  const quoted = name.replace(/["\\]/g, '\\$&');
  const control =
    root.querySelector<HTMLElement>(`[name="${quoted}"]`) ?? document.getElementById(name);
  control?.focus();
}
