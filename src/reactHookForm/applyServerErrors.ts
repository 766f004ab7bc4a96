import type { FieldPath, FieldValues, UseFormReturn } from 'react-hook-form';
import { type ClassifyOptions, classifyError, fieldNameMatches } from '../core';

/** Options for {@link applyServerErrors}. */
export interface ApplyServerErrorsOptions<TFieldValues extends FieldValues> {
  /**
   * The form's field names, so server keys (`first_name`, `Address.City`) can be matched to
   * them. Without it, the names react-hook-form has registered are used.
   * @default the registered fields
   */
  fields?: readonly FieldPath<TFieldValues>[];
  /**
   * Move focus to the first field with an error.
   * @default true
   */
  focus?: boolean;
  /** Options for `classifyError`. */
  classify?: ClassifyOptions;
}

/** What {@link applyServerErrors} did. */
export interface AppliedServerErrors<TFieldValues extends FieldValues> {
  /** Fields that received a server message, in form order. */
  fields: FieldPath<TFieldValues>[];
  /** Messages no field matched, plus form-level errors, set as `errors.root.server`. */
  rootMessages: string[];
}

/** The `type` errorkit gives the errors it sets, so it can clear exactly those. */
export const SERVER_ERROR_TYPE = 'server';

function registeredFields<T extends FieldValues>(form: UseFormReturn<T>): FieldPath<T>[] {
  // `control._names.mount` is react-hook-form's set of mounted field names.
  const names = (form.control as unknown as { _names?: { mount?: Set<string> } })._names?.mount;
  return names ? ([...names] as FieldPath<T>[]) : [];
}

/**
 * Applies a failed submit's field errors to a react-hook-form form: each server message goes to
 * the matching field with `setError` (type `'server'`), the first such field gets focus, and
 * messages no field matches, together with form-level errors, go to `errors.root.server`.
 * Returns what was applied. Pair it with {@link useClearServerErrors} so a server message
 * disappears as soon as its field changes.
 */
export function applyServerErrors<TFieldValues extends FieldValues>(
  form: UseFormReturn<TFieldValues>,
  error: unknown,
  options: ApplyServerErrorsOptions<TFieldValues> = {},
): AppliedServerErrors<TFieldValues> {
  const classified = classifyError(error, options.classify);
  const fields = options.fields ? [...options.fields] : registeredFields(form);
  const applied: FieldPath<TFieldValues>[] = [];
  const rootMessages = [...classified.formErrors];
  for (const [key, messages] of Object.entries(classified.fieldErrors)) {
    const field = fields.find((name) => fieldNameMatches(name, key));
    if (!field) {
      rootMessages.push(...messages);
      continue;
    }
    if (!applied.includes(field)) applied.push(field);
    form.setError(field, { type: SERVER_ERROR_TYPE, message: messages.join(' ') });
  }
  const ordered = fields.filter((name) => applied.includes(name));
  if (rootMessages.length === 0 && ordered.length === 0 && classified.kind === 'validation') {
    rootMessages.push(classified.message);
  }
  if (rootMessages.length > 0) {
    form.setError('root.server' as FieldPath<TFieldValues>, {
      type: SERVER_ERROR_TYPE,
      message: rootMessages.join(' '),
    });
  }
  const first = ordered[0];
  if (first !== undefined && options.focus !== false) form.setFocus(first);
  return { fields: ordered, rootMessages };
}
