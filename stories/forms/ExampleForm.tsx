import { useMemo } from 'react';
import { HttpError } from '../../src/core';
import { ErrorSummary, FieldError, useFieldErrors } from '../../src/react';
import { responseFixture } from '../../test/fixtures';
import './forms.css';

/** One labelled text input of {@link ExampleForm}. */
export interface ExampleField {
  /** The form's field name (camelCase, as a React form would call it). */
  name: string;
  label: string;
}

export interface ExampleFormProps {
  /** A shared response fixture id (`test/fixtures`), thrown as the kit's `HttpError`. */
  fixture?: string;
  /** A response of the story's own, when no fixture shows what the story needs. */
  response?: { status: number; body: unknown };
  fields: ExampleField[];
  /** Show the error summary above the form. */
  summary?: boolean;
  /** Summary heading override. */
  title?: string;
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
 * A small real form after a failed submit: an error summary on top, labelled inputs with their
 * messages below them, tied together with `useFieldErrors`.
 */
export function ExampleForm({
  fixture,
  response,
  fields,
  summary = true,
  title,
}: ExampleFormProps) {
  const error = useStoryError(fixture, response);
  const { fieldProps } = useFieldErrors(error);
  return (
    <form className="example-form" noValidate onSubmit={(event) => event.preventDefault()}>
      {summary ? (
        <ErrorSummary error={error} fields={fields.map((field) => field.name)} title={title} />
      ) : null}
      {fields.map((field) => (
        <div className="example-form__field" key={field.name}>
          <label htmlFor={field.name}>{field.label}</label>
          <FieldError error={error} name={field.name} />
          <input id={field.name} name={field.name} type="text" {...fieldProps(field.name)} />
        </div>
      ))}
      <button type="submit">Continue</button>
    </form>
  );
}
