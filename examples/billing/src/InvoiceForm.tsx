import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useRetryState } from 'errorkit/query';
import { ErrorDisplay, ErrorSummary, FieldError, useFieldErrors } from 'errorkit/react';
import type { FormEvent } from 'react';
import { getInvoice, type Invoice, type InvoiceInput, updateInvoice } from './api';
import { PageHeading } from './PageHeading';
import { href } from './route';

/** The form's fields in form order. The API names the email `customer_email`; errorkit matches it. */
const FIELDS = ['number', 'customerEmail', 'amount'];
const ID_PREFIX = 'invoice-';
const fieldId = (name: string): string => `${ID_PREFIX}${name}`;

/** A hint's id followed by the field's error id, when it has one. */
const describedBy = (hintId: string, props: { 'aria-describedby'?: string }): string =>
  [hintId, props['aria-describedby']].filter(Boolean).join(' ');

/** The edit page: loads the invoice, then shows its form. */
export function InvoiceForm({ id }: { id: number }) {
  const invoice = useQuery({ queryKey: ['invoice', id], queryFn: () => getInvoice(id) });
  const { error, retry } = useRetryState(invoice);
  return (
    <section className="billing-panel" aria-labelledby="edit-title">
      <PageHeading id="edit-title" back={{ href: href.detail(id), label: 'Back to the invoice' }}>
        Edit invoice
      </PageHeading>
      {invoice.data ? (
        <EditForm invoice={invoice.data} />
      ) : error ? (
        <ErrorDisplay error={error} retry={retry} />
      ) : (
        <p className="billing-note">Loading the invoice…</p>
      )}
    </section>
  );
}

/**
 * The form itself. Inputs are uncontrolled and never reset, so whatever goes wrong on save —
 * a 422, an expired session, a 429 — what the user typed stays in the fields.
 */
function EditForm({ invoice }: { invoice: Invoice }) {
  const queryClient = useQueryClient();
  const save = useMutation({
    mutationFn: (input: InvoiceInput) => updateInvoice(invoice.id, input),
    onSuccess: (saved) => {
      queryClient.setQueryData(['invoice', saved.id], saved);
      void queryClient.invalidateQueries({ queryKey: ['invoices'] });
    },
  });
  const { error, retry } = useRetryState(save);
  const { classified, fieldErrors, fieldProps } = useFieldErrors(error, { idPrefix: ID_PREFIX });
  const hasFieldErrors = Object.keys(fieldErrors).length > 0;

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    save.mutate({
      number: String(data.get('number') ?? ''),
      customer_email: String(data.get('customerEmail') ?? ''),
      amount: String(data.get('amount') ?? ''),
    });
  };

  return (
    <form className="billing-form" aria-labelledby="edit-title" noValidate onSubmit={submit}>
      {classified?.kind === 'validation' || hasFieldErrors ? (
        // "There is a problem": takes focus, each link moves focus to its field.
        <ErrorSummary error={error} fields={FIELDS} fieldId={fieldId} />
      ) : (
        <ErrorDisplay error={error} retry={retry} />
      )}

      <div className="billing-field">
        <label htmlFor={fieldId('number')}>Invoice number</label>
        <span className="billing-hint" id="invoice-number-hint">
          For example, INV-1234
        </span>
        <FieldError error={error} name="number" idPrefix={ID_PREFIX} />
        <input
          id={fieldId('number')}
          name="number"
          defaultValue={invoice.number}
          autoComplete="off"
          {...fieldProps('number')}
          aria-describedby={describedBy('invoice-number-hint', fieldProps('number'))}
        />
      </div>
      <div className="billing-field">
        <label htmlFor={fieldId('customerEmail')}>Customer email</label>
        <FieldError error={error} name="customerEmail" idPrefix={ID_PREFIX} />
        <input
          id={fieldId('customerEmail')}
          name="customerEmail"
          type="email"
          defaultValue={invoice.customer_email}
          autoComplete="off"
          {...fieldProps('customerEmail')}
        />
      </div>
      <div className="billing-field">
        <label htmlFor={fieldId('amount')}>Amount (EUR)</label>
        <FieldError error={error} name="amount" idPrefix={ID_PREFIX} />
        <input
          id={fieldId('amount')}
          name="amount"
          inputMode="decimal"
          defaultValue={String(invoice.amount)}
          autoComplete="off"
          {...fieldProps('amount')}
        />
      </div>

      <div className="billing-actions">
        <button type="submit" className="billing-button" disabled={save.isPending}>
          {save.isPending ? 'Saving…' : 'Save changes'}
        </button>
        {save.isSuccess ? (
          <p role="status" className="billing-success">
            Invoice saved.
          </p>
        ) : null}
      </div>
    </form>
  );
}
