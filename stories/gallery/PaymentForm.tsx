import { useMutation } from '@tanstack/react-query';
import { type FormEvent, useId } from 'react';
import { fetchJson } from '../../src/core';
import { useRetryState } from '../../src/query';
import { ErrorDisplay, FieldError, useFieldErrors } from '../../src/react';

export interface PaymentFormProps {
  /** The POST endpoint. */
  url: string;
}

const FIELDS = ['email', 'amount'] as const;

/**
 * A labelled payment form sent with `useMutation` over `fetchJson`. A validation failure shows
 * as `ErrorDisplay`'s summary at the top of the form (linking to each field) and as
 * `FieldError` between each label and its input (GOV.UK order),
 * which `useFieldErrors`'s `fieldProps` marks `aria-invalid` and describes.
 */
export function PaymentForm({ url }: PaymentFormProps) {
  const prefix = `${useId()}-`;
  const mutation = useMutation({
    mutationFn: (values: Record<string, string>) =>
      fetchJson(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(values),
      }),
  });
  const { error, retry } = useRetryState(mutation);
  const { fieldProps } = useFieldErrors(error, { idPrefix: prefix });
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    mutation.mutate(Object.fromEntries(FIELDS.map((name) => [name, String(data.get(name))])));
  };
  return (
    <form className="query-flows__form" aria-label="Payment" onSubmit={submit} noValidate>
      <ErrorDisplay
        error={error}
        retry={retry}
        summary={{ fields: [...FIELDS], fieldId: (name) => `${prefix}${name}` }}
      />
      <div className="query-flows__field">
        <label htmlFor={`${prefix}email`}>Email address</label>
        <FieldError error={error} name="email" idPrefix={prefix} />
        <input id={`${prefix}email`} name="email" type="email" {...fieldProps('email')} />
      </div>
      <div className="query-flows__field">
        <label htmlFor={`${prefix}amount`}>Amount</label>
        <FieldError error={error} name="amount" idPrefix={prefix} />
        <input id={`${prefix}amount`} name="amount" inputMode="decimal" {...fieldProps('amount')} />
      </div>
      <button type="submit" className="query-flows__submit" data-ek-action="pay">
        Pay
      </button>
    </form>
  );
}
