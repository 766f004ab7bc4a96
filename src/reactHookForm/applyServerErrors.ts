import type { FieldPath, FieldValues, UseFormReturn } from 'react-hook-form';
import { routeServerErrors } from '../forms/routeServerErrors';
import { defaultKit } from '../kit/errorKit';
import type { ErrorKit } from '../kit/types';

/** Options for {@link applyServerErrors}. */
export interface ApplyServerErrorsOptions<TFieldValues extends FieldValues> {
  /**
   * The form's field names, to match server keys (`first_name`) and flat messages that start
   * with a field name (`email must be an email`).
   * @default the form's value names
   */
  fields?: readonly FieldPath<TFieldValues>[];
  /**
   * Move focus to the first field with an error.
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
export interface AppliedServerErrors<TFieldValues extends FieldValues> {
  /** Fields that received a server message, in form order. */
  fields: FieldPath<TFieldValues>[];
  /** Messages no field matched, plus form-level errors, set as `errors.root.server`. */
  rootMessages: string[];
}

/** The `type` errorkit gives the errors it sets, so it can clear exactly those. */
export const SERVER_ERROR_TYPE = 'server';

function registeredFields<T extends FieldValues>(form: UseFormReturn<T>): FieldPath<T>[] {
  const names: string[] = [];
  const walk = (value: unknown, prefix: string, depth: number) => {
    // Plain objects and arrays hold fields; a Date, a File or a FileList is one value.
    const plain =
      depth < 8 &&
      (Array.isArray(value) || Object.prototype.toString.call(value) === '[object Object]');
    if (!plain || (prefix && Object.keys(value as object).length === 0)) {
      if (prefix) names.push(prefix);
      return;
    }
    for (const [key, inner] of Object.entries(value as object)) {
      walk(inner, prefix ? `${prefix}.${key}` : key, depth + 1);
    }
  };
  walk(form.getValues(), '', 0);
  return names as FieldPath<T>[];
}

/**
 * Applies a failed submit's field errors to a react-hook-form form with `setError`; messages no
 * field matches go to `errors.root.server`. Pair it with {@link useClearServerErrors}.
 */
export function applyServerErrors<TFieldValues extends FieldValues>(
  form: UseFormReturn<TFieldValues>,
  error: unknown,
  options: ApplyServerErrorsOptions<TFieldValues> = {},
): AppliedServerErrors<TFieldValues> {
  const classified = (options.kit ?? defaultKit()).classify(error);
  const fields = options.fields ? [...options.fields] : registeredFields(form);
  const routed = routeServerErrors(classified, fields);
  for (const [field, messages] of routed.fields) {
    form.setError(field, { type: SERVER_ERROR_TYPE, message: messages.join(' ') });
  }
  const rootMessages = routed.formMessages;
  if (rootMessages.length > 0) {
    form.setError('root.server' as FieldPath<TFieldValues>, {
      type: SERVER_ERROR_TYPE,
      message: rootMessages.join(' '),
    });
  }
  const ordered = [...routed.fields.keys()];
  const first = ordered[0];
  if (first !== undefined && options.focus !== false) form.setFocus(first);
  return { fields: ordered, rootMessages };
}
