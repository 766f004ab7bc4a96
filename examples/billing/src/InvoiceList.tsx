import { useQuery } from '@tanstack/react-query';
import { useRetryState } from 'errorkit/query';
import { ErrorDisplay } from 'errorkit/react';
import { formatAmount, listInvoices } from './api';
import { PageHeading } from './PageHeading';
import { href } from './route';

/** All invoices; a failure shows through `ErrorDisplay` with the live retry state. */
export function InvoiceList() {
  const invoices = useQuery({ queryKey: ['invoices'], queryFn: listInvoices });
  // TanStack keeps `error` empty while it retries; this is the latest failure, classified.
  const { error, retry } = useRetryState(invoices);
  return (
    <section className="billing-panel" aria-labelledby="invoices-title">
      <PageHeading id="invoices-title">Invoices</PageHeading>
      {invoices.data ? (
        // On a phone the table scrolls inside this box (a scroller the keyboard can reach).
        <div className="billing-table-region">
          <table className="billing-table">
            <thead>
              <tr>
                <th scope="col">Number</th>
                <th scope="col">Customer</th>
                <th scope="col" className="billing-table__amount">
                  Amount
                </th>
                <th scope="col">Status</th>
              </tr>
            </thead>
            <tbody>
              {invoices.data.map((invoice) => (
                <tr key={invoice.id}>
                  <td>
                    <a href={href.detail(invoice.id)}>{invoice.number}</a>
                  </td>
                  <td>{invoice.customer_email}</td>
                  <td className="billing-table__amount">{formatAmount(invoice.amount)}</td>
                  <td>
                    <span className="billing-status" data-status={invoice.status}>
                      {invoice.status}
                    </span>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : error ? (
        <ErrorDisplay error={error} retry={retry} />
      ) : (
        <p className="billing-note">Loading invoices…</p>
      )}
    </section>
  );
}
