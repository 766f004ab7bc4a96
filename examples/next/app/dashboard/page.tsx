import { fetchJson, serializeError } from 'errorkit';
import { backendUrl, type Invoice, type SearchParams } from '../../lib/backend';
import { InvoiceTable } from '../invoices/InvoiceTable';
import { RefreshingError } from './RefreshingError';

export default async function DashboardPage({ searchParams }: { searchParams: SearchParams }) {
  const { fail } = await searchParams;
  let invoices: Invoice[];
  try {
    invoices = await fetchJson<Invoice[]>(backendUrl('/invoices', fail), { cache: 'no-store' });
  } catch (error) {
    return (
      <>
        <h1>Dashboard</h1>
        {/* A function cannot cross from the server to the browser, so the retry lives in a
            client component; the failure crosses as plain data. */}
        <RefreshingError error={serializeError(error)} />
      </>
    );
  }
  return (
    <>
      <h1>Dashboard</h1>
      <p>{invoices.filter((invoice) => invoice.status !== 'paid').length} invoices are open.</p>
      <InvoiceTable invoices={invoices} />
    </>
  );
}
