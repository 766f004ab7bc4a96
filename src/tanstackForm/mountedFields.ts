import type { AnyFormApi } from '@tanstack/react-form';

/** The names of the form's mounted fields, in the order they mounted (the form's order). */
export function mountedFields(form: AnyFormApi): string[] {
  return Object.keys(form.fieldInfo).filter((name) => form.fieldInfo[name]?.instance);
}
