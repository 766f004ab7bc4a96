import { useMemo } from 'react';
import { HttpError } from '../../src/core';
import {
  ErrorSummary,
  type ErrorSummaryProps,
  FieldError,
  type FieldErrorProps,
  useFieldErrors,
} from '../../src/react';
import { responseFixture } from '../../test/fixtures';
import './forms.css';

/** One labelled text input of {@link ExampleForm}. */
export interface ExampleField {
  /** The form's field name (camelCase, as a React form would call it). */
  name: string;
  label: string;
  /** Help text shown between the label and the error message. */
  hint?: string;
}

/** Story controls that stand for the failed submit's error (an error object is not an arg). */
export interface ExampleErrorArgs {
  /** A shared response fixture id (`test/fixtures`), thrown as the kit's `HttpError`. */
  fixture?: string;
  /** A response of the story's own, when no fixture shows what the story needs. */
  response?: { status: number; body: unknown };
}

export interface ExampleFormProps extends ExampleErrorArgs {
  fields: ExampleField[];
  /** Show the error summary at the top of the form. */
  summary?: boolean;
  /** Props for the `ErrorSummary` (the form gives `error` and `fields`). */
  summaryProps?: Omit<ErrorSummaryProps, 'error' | 'fields'>;
  /** Props for every `FieldError` (the form gives `error` and `name`). */
  fieldErrorProps?: Omit<FieldErrorProps, 'error' | 'name'>;
}

/** The error a failed submit would have thrown, built from a fixture or the story's response. */
function useStoryError(fixture: string | undefined, response: ExampleFormProps['response']) {
  return useMemo(() => {
    if (fixture) {
      const found = responseFixture(fixture);
      return new HttpError({ ...found.response, method: found.method });
    }
    if (response) {
      return new HttpError({
        ...response,
        method: 'POST',
        headers: { 'content-type': 'application/json' },
      });
    }
    return undefined;
  }, [fixture, response]);
}

/**
 * A small real form after a failed submit, in GOV.UK's order: the error summary at the top,
 * then per field its label, hint, error message and input, tied together with `useFieldErrors`.
 */
export function ExampleForm({
  fixture,
  response,
  fields,
  summary = true,
  summaryProps,
  fieldErrorProps,
}: ExampleFormProps) {
  const error = useStoryError(fixture, response);
  const { fieldProps } = useFieldErrors(error);
  return (
    <form className="example-form" noValidate onSubmit={(event) => event.preventDefault()}>
      {summary ? (
        <ErrorSummary {...summaryProps} error={error} fields={fields.map((field) => field.name)} />
      ) : null}
      {fields.map((field) => {
        const input = fieldProps(field.name);
        const hintId = `${field.name}-hint`;
        const describedBy = field.hint
          ? [hintId, input['aria-describedby']].filter(Boolean).join(' ')
          : input['aria-describedby'];
        return (
          <div className="example-form__field" key={field.name}>
            <label htmlFor={field.name}>{field.label}</label>
            {field.hint ? (
              <p className="example-form__hint" id={hintId}>
                <bdi>{field.hint}</bdi>
              </p>
            ) : null}
            <FieldError {...fieldErrorProps} error={error} name={field.name} />
            <input
              id={field.name}
              name={field.name}
              type="text"
              {...input}
              aria-describedby={describedBy}
            />
          </div>
        );
      })}
      <button type="submit" data-ek-action="continue">
        Continue
      </button>
    </form>
  );
}
