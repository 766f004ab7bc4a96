import { useQuery } from '@tanstack/react-query';
import { useRetryState } from 'errorkit/query';
import { ErrorDisplay } from 'errorkit/react';
import { formatAmount, getInvoice } from './api';
import { PageHeading } from './PageHeading';
import { href } from './route';

/** One invoice. */
export function InvoiceDetail({ id }: { id: number }) {
  const invoice = useQuery({ queryKey: ['invoice', id], queryFn: () => getInvoice(id) });
  const { error, retry } = useRetryState(invoice);
  return (
    <section className="billing-panel" aria-labelledby="invoice-title">
      <PageHeading id="invoice-title" back={{ href: href.list, label: 'All invoices' }}>
        {invoice.data ? `Invoice ${invoice.data.number}` : 'Invoice'}
      </PageHeading>
      {invoice.data ? (
        <>
          <dl className="billing-details">
            <dt>Customer email</dt>
            <dd>{invoice.data.customer_email}</dd>
            <dt>Amount</dt>
            <dd>{formatAmount(invoice.data.amount)}</dd>
            <dt>Status</dt>
            <dd>
              <span className="billing-status" data-status={invoice.data.status}>
                {invoice.data.status}
              </span>
            </dd>
          </dl>
          <p>
            <a className="billing-button" href={href.edit(id)}>
              Edit invoice
            </a>
          </p>
        </>
      ) : error ? (
        <ErrorDisplay error={error} retry={retry} />
      ) : (
        <p className="billing-note">Loading the invoice…</p>
      )}
    </section>
  );
}
