import { fetchJson, serializeError } from 'errorkit';
import { ErrorDisplay } from 'errorkit/react';
import { backendUrl, type Invoice, type SearchParams } from '../../lib/backend';
import { InvoiceTable } from './InvoiceTable';

// A server component: it asks the backend while rendering, and renders errorkit's UI for a
// failure right here, on the server. `serializeError` turns whatever was thrown (here an
// `HttpError` from `fetchJson`) into plain data that React can send to the browser.
export default async function InvoicesPage({ searchParams }: { searchParams: SearchParams }) {
  const { fail } = await searchParams;
  let invoices: Invoice[];
  try {
    invoices = await fetchJson<Invoice[]>(backendUrl('/invoices', fail), { cache: 'no-store' });
  } catch (error) {
    return (
      <>
        <h1>Invoices</h1>
        <ErrorDisplay error={serializeError(error)} />
      </>
    );
  }
  return (
    <>
      <h1>Invoices</h1>
      <InvoiceTable invoices={invoices} />
    </>
  );
}
