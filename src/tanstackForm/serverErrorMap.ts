import type { AnyFormApi } from '@tanstack/react-form';

// errorkit writes to `errorMap.onServer`, the key TanStack Form keeps for server errors. Its
// source is marked 'field' so that a form-level validation pass (which drops every error it
// thinks the form's validators set) leaves the other fields' server errors alone.

/** The server error shown on a field, if any. */
export function fieldServerError(form: AnyFormApi, name: string): unknown {
  return form.getFieldMeta(name)?.errorMap?.onServer;
}

/** Sets (or with `undefined`, removes) a field's server error. */
export function setFieldServerError(
  form: AnyFormApi,
  name: string,
  message: string | undefined,
): void {
  form.setFieldMeta(name, (prev) => ({
    ...prev,
    errorMap: { ...prev.errorMap, onServer: message },
    errorSourceMap: {
      ...prev.errorSourceMap,
      onServer: message === undefined ? undefined : 'field',
    },
  }));
}

/** The form-level server error, if any. */
export function formServerError(form: AnyFormApi): unknown {
  return form.state.errorMap.onServer;
}

/** Sets (or with `undefined`, removes) the form-level server error. */
export function setFormServerError(form: AnyFormApi, message: string | undefined): void {
  form.setErrorMap({ onServer: message });
}
