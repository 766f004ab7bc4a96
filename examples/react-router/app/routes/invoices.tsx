import { fetchJson, routeError } from 'errorkit';
import { ErrorDisplay } from 'errorkit/react';
import {
  data,
  type HeadersArgs,
  type LoaderFunctionArgs,
  useLoaderData,
  useRevalidator,
  useRouteError,
} from 'react-router';
import { backendUrl, type Invoice } from '../backend.server';

export async function loader({ request }: LoaderFunctionArgs) {
  const fail = new URL(request.url).searchParams.get('fail');
  try {
    return await fetchJson<Invoice[]>(backendUrl('/invoices', fail));
  } catch (error) {
    // The failure as plain data, with its status and headers (Retry-After, X-Request-Id) kept.
    throw data(...routeError(error));
  }
}

// The page's response keeps the failure's status and headers: a 503 with Retry-After.
export function headers({ errorHeaders, loaderHeaders }: HeadersArgs) {
  return errorHeaders ?? loaderHeaders;
}

export default function Invoices() {
  const invoices = useLoaderData<typeof loader>();
  return (
    <>
      <h1>Invoices</h1>
      <table>
        <thead>
          <tr>
            <th>Number</th>
            <th>Customer</th>
            <th>Amount</th>
            <th>Status</th>
          </tr>
        </thead>
        <tbody>
          {invoices.map((invoice) => (
            <tr key={invoice.id}>
              <td>{invoice.number}</td>
              <td>{invoice.customer}</td>
              <td>{invoice.amount.toFixed(2)}</td>
              <td>{invoice.status}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}

// Retrying runs the loader again. Each answer is a new route error for the same failure; errorkit
// counts them as attempts, waits the server's Retry-After between them and stops after
// `maxRetries` (3), offering "Try again".
export function ErrorBoundary() {
  const error = useRouteError();
  const revalidator = useRevalidator();
  return (
    <>
      <h1>Invoices</h1>
      <ErrorDisplay error={error} retry={{ onRetry: () => revalidator.revalidate() }} />
    </>
  );
}
