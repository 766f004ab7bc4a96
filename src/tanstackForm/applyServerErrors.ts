import type { AnyFormApi, DeepKeys } from '@tanstack/react-form';
import { routeServerErrors } from '../forms/routeServerErrors';
import { defaultKit } from '../kit/errorKit';
import type { ErrorKit } from '../kit/types';
import { focusField } from './focusField';
import { mountedFields } from './mountedFields';
import { clearServerErrors } from './reconcileServerErrors';
import { keepLedger, type ServerErrorLedger } from './serverErrorLedger';
import { setFieldServerError, setFormServerError } from './serverErrorMap';

/** The values type of a TanStack Form `form`. */
export type FormValuesOf<TForm extends AnyFormApi> = TForm['state']['values'];

/** Options for {@link applyServerErrors}. */
export interface ApplyServerErrorsOptions<TFormData> {
  /**
   * The form's field names, to match server keys (`first_name`) and flat messages that start
   * with a field name (`email must be an email`).
   * @default the form's mounted fields, in the order they mounted
   */
  fields?: readonly DeepKeys<TFormData>[];
  /**
   * Move focus to the first field with an error (its control is found by `name`, else `id`).
   * @default true
   */
  focus?: boolean;
  /**
   * The kit that classifies the error and words it; {@link useServerErrors} passes the provider's.
   * @default the default kit
   */
  kit?: ErrorKit | undefined;
}

/** What {@link applyServerErrors} did. */
export interface AppliedServerErrors<TFormData> {
  /** Fields that received a server message, in form order. */
  fields: DeepKeys<TFormData>[];
  /** Messages no field matched, plus form-level errors, set as the form's `errorMap.onServer`. */
  formMessages: string[];
}

/**
 * Applies a failed submit's errors to a TanStack Form form: each field's messages become its
 * `errorMap.onServer`, messages no field matches the form's `errorMap.onServer`. Errors applied
 * before are replaced. Pair it with {@link useClearServerErrors}.
 */
export function applyServerErrors<TForm extends AnyFormApi>(
  form: TForm,
  error: unknown,
  options: ApplyServerErrorsOptions<FormValuesOf<TForm>> = {},
): AppliedServerErrors<FormValuesOf<TForm>> {
  const classified = (options.kit ?? defaultKit()).classify(error);
  // Only a field with meta can carry an error; any other name's messages go to the form.
  const names = ((options.fields as readonly string[] | undefined) ?? mountedFields(form)).filter(
    (name) => form.getFieldMeta(name) !== undefined,
  );
  const routed = routeServerErrors(classified, names);
  clearServerErrors(form);
  const ledger: ServerErrorLedger = {
    fields: new Map(),
    form: undefined,
    submissionAttempts: form.state.submissionAttempts,
  };
  for (const [name, messages] of routed.fields) {
    const message = messages.join(' ');
    ledger.fields.set(name, { message, value: form.getFieldValue(name) });
    setFieldServerError(form, name, message);
  }
  if (routed.formMessages.length > 0) {
    const message = routed.formMessages.join(' ');
    ledger.form = { message, value: form.state.values };
    setFormServerError(form, message);
  }
  keepLedger(form, ledger);
  const fields = [...routed.fields.keys()];
  const first = fields[0];
  if (first !== undefined && options.focus !== false) focusField(form, first);
  return { fields: fields as DeepKeys<FormValuesOf<TForm>>[], formMessages: routed.formMessages };
}
