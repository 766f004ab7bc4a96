import { type AnyFieldApi, useForm } from '@tanstack/react-form';
import { type FormEvent, useState } from 'react';
import { fetchJson } from '../../src/core';
import { ErrorDisplay, useErrorKit } from '../../src/react';
import { useServerErrors } from '../../src/tanstackForm';

/** One labelled input of a TanStack Form field, in GOV.UK's order: label, message, input. */
function TextField({ field, label }: { field: AnyFieldApi; label: string }) {
  const { messages } = useErrorKit();
  const errors = field.state.meta.errors.map(String);
  const errorId = `${field.name}-error`;
  return (
    <div className="example-form__field">
      <label htmlFor={field.name}>{label}</label>
      {errors.length > 0 ? (
        <p id={errorId} className="ek-field-error" data-ek="field-error" dir="auto">
          <span className="ek-field-error__prefix ek-visually-hidden">{messages.errorPrefix}</span>{' '}
          <bdi>{errors.join(' ')}</bdi>
        </p>
      ) : null}
      <input
        id={field.name}
        name={field.name}
        value={String(field.state.value)}
        onBlur={field.handleBlur}
        onChange={(event) => field.handleChange(event.target.value)}
        aria-invalid={errors.length > 0}
        aria-describedby={errors.length > 0 ? errorId : undefined}
      />
    </div>
  );
}

/**
 * A delivery-address form on TanStack Form, sent with `fetchJson`. `useServerErrors` puts a
 * failed submit's messages on the fields and the form; a failure that is not about the values
 * (a 503, a dropped connection) is left to `ErrorDisplay`.
 */
export function TanStackDeliveryForm({ url }: { url: string }) {
  const [failure, setFailure] = useState<unknown>();
  const form = useForm({
    defaultValues: { firstName: '', address: { city: '' } },
    onSubmit: async ({ value }) => {
      setFailure(undefined);
      await fetchJson(url, {
        method: 'PATCH',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(value),
      });
    },
  });
  const applyErrors = useServerErrors(form);
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    form.handleSubmit().catch((error: unknown) => {
      const applied = applyErrors(error);
      if (applied.fields.length === 0 && applied.formMessages.length === 0) setFailure(error);
    });
  };
  return (
    <form
      id={form.formId}
      className="example-form"
      aria-label="Delivery"
      onSubmit={submit}
      noValidate
    >
      <ErrorDisplay error={failure} />
      <form.Subscribe selector={(state) => state.errors}>
        {(errors) =>
          errors.length > 0 ? (
            <p role="alert" className="ek-field-error" dir="auto">
              <bdi>{errors.map(String).join(' ')}</bdi>
            </p>
          ) : null
        }
      </form.Subscribe>
      <form.Field name="firstName">
        {(field) => <TextField field={field} label="First name" />}
      </form.Field>
      <form.Field name="address.city">
        {(field) => <TextField field={field} label="City" />}
      </form.Field>
      <form.Subscribe selector={(state) => state.isSubmitting}>
        {(isSubmitting) => (
          <button type="submit" data-ek-action="save" disabled={isSubmitting}>
            Save address
          </button>
        )}
      </form.Subscribe>
    </form>
  );
}
