'use client';

import { useMemo } from 'react';
import { type ClassifiedError, type FieldErrors, findFieldErrors } from '../core';
import { useClassifiedError } from './useClassifiedError';

/** Options of {@link useFieldErrors}. */
export interface UseFieldErrorsOptions {
  /**
   * Put before every error id, so two forms on one page do not share ids. Give `FieldError` the
   * same prefix.
   * @default ''
   */
  idPrefix?: string;
}

/** The field-level view of an error, returned by {@link useFieldErrors}. */
export interface UseFieldErrorsResult {
  classified: ClassifiedError | undefined;
  /** Messages per server key (empty when there is no error). */
  fieldErrors: FieldErrors;
  /** Errors not tied to one field (empty when there is no error). */
  formErrors: string[];
  /** A field's messages; keys match regardless of case and style (`firstName`, `first_name`). */
  messagesFor: (name: string) => string[];
  /** The id `FieldError` gives a field's messages: `${idPrefix}${name}-error`. */
  errorId: (name: string) => string;
  /** `aria-invalid` and `aria-describedby` for the field's input, set only when it has messages. */
  fieldProps: (name: string) => { 'aria-invalid'?: true; 'aria-describedby'?: string };
  /**
   * What the user typed in a field, when the error carries it back (`serializeError(error,
   * { values })` in a server action): give it to the input as `defaultValue`, since React resets
   * a form after its action.
   */
  submittedValue: (name: string) => string | undefined;
}

const NO_FIELD_ERRORS: FieldErrors = /* @__PURE__ */ Object.freeze({});
const NO_FORM_ERRORS: string[] = [];

/**
 * Gives each form field its messages plus the ARIA props that tie the input to them.
 * ```tsx
 * const { fieldProps } = useFieldErrors(error);
 * <input id="email" name="email" {...fieldProps('email')} />
 * <FieldError error={error} name="email" />
 * ```
 * After a server action, put back what was typed:
 * `<input name="email" defaultValue={submittedValue('email')} {...fieldProps('email')} />`.
 */
export function useFieldErrors(
  error: unknown,
  options: UseFieldErrorsOptions = {},
): UseFieldErrorsResult {
  const { idPrefix = '' } = options;
  const classified = useClassifiedError(error);
  return useMemo(() => {
    const fieldErrors = classified?.fieldErrors ?? NO_FIELD_ERRORS;
    const formErrors = classified?.formErrors ?? NO_FORM_ERRORS;
    const messagesFor = (name: string): string[] => findFieldErrors(fieldErrors, name);
    const errorId = (name: string): string => `${idPrefix}${name}-error`;
    const fieldProps = (name: string) =>
      messagesFor(name).length > 0
        ? { 'aria-invalid': true as const, 'aria-describedby': errorId(name) }
        : {};
    const values = classified?.values;
    const submittedValue = (name: string): string | undefined => {
      const value = values && Object.hasOwn(values, name) ? values[name] : undefined;
      const text = Array.isArray(value) ? value[0] : value;
      return typeof text === 'string' ? text : undefined;
    };
    return {
      classified,
      fieldErrors,
      formErrors,
      messagesFor,
      errorId,
      fieldProps,
      submittedValue,
    };
  }, [classified, idPrefix]);
}
