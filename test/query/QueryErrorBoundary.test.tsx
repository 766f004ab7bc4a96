// QueryErrorBoundary with throwOnError, a real QueryClient and a real HTTP server on 127.0.0.1.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import {
  QueryClient,
  QueryClientProvider,
  QueryErrorResetBoundary,
  useQuery,
} from '@tanstack/react-query';
import { render, screen } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { errorKit, fetchJson } from '../../src';
import { QueryErrorBoundary, retryPolicy } from '../../src/query';

let server: Server;
let base: string;
let reply: { status: number; body?: unknown } = { status: 404 };
let requests = 0;

beforeAll(async () => {
  server = createServer((_req, res) => {
    requests += 1;
    res.writeHead(reply.status, { 'content-type': 'application/json' });
    res.end(reply.body === undefined ? '' : JSON.stringify(reply.body));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

afterEach(() => {
  vi.restoreAllMocks();
});

function Invoice() {
  const { data } = useQuery({
    queryKey: ['invoice'],
    queryFn: () => fetchJson<{ number: string }>(`${base}/invoices/7`),
    throwOnError: true,
  });
  return <p>{data ? `Invoice ${data.number}` : 'Loading'}</p>;
}

describe('QueryErrorBoundary', () => {
  it('shows ErrorDisplay for a thrown 404; "Try again" refetches and renders the data', async () => {
    // React reports every caught error on the console.
    vi.spyOn(console, 'error').mockImplementation(() => {});
    reply = { status: 404, body: { message: 'No such invoice.' } };
    requests = 0;
    const client = new QueryClient({ defaultOptions: { queries: retryPolicy() } });
    render(
      <QueryClientProvider client={client}>
        <QueryErrorResetBoundary>
          <QueryErrorBoundary>
            <Invoice />
          </QueryErrorBoundary>
        </QueryErrorResetBoundary>
      </QueryClientProvider>,
    );
    expect(await screen.findByText('No such invoice.')).toBeVisible();
    expect(document.querySelector('[data-ek="query-error-boundary"]')).not.toBeNull();
    expect(requests).toBe(1);

    reply = { status: 200, body: { number: 'INV-7' } };
    await userEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByText('Invoice INV-7')).toBeVisible();
    expect(requests).toBe(2);
  });

  it('offers "Try again" through the retry banner for a retryable error, and a custom fallback', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    reply = { status: 500 };
    const client = new QueryClient({
      defaultOptions: { queries: { ...retryPolicy(errorKit({ retry: { maxRetries: 0 } })) } },
    });
    const { unmount } = render(
      <QueryClientProvider client={client}>
        <QueryErrorBoundary>
          <Invoice />
        </QueryErrorBoundary>
      </QueryClientProvider>,
    );
    const banner = await screen.findByRole('region');
    expect(banner).toHaveAttribute('data-ek', 'retry-banner');
    expect(screen.getAllByRole('button', { name: 'Try again' })).toHaveLength(1);
    reply = { status: 200, body: { number: 'INV-8' } };
    await userEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByText('Invoice INV-8')).toBeVisible();
    unmount();

    reply = { status: 404 };
    const other = new QueryClient({ defaultOptions: { queries: retryPolicy() } });
    render(
      <QueryClientProvider client={other}>
        <QueryErrorBoundary
          fallback={({ resetErrorBoundary }) => (
            <button type="button" onClick={resetErrorBoundary}>
              Reload invoice
            </button>
          )}
        >
          <Invoice />
        </QueryErrorBoundary>
      </QueryClientProvider>,
    );
    const reload = await screen.findByRole('button', { name: 'Reload invoice' });
    reply = { status: 200, body: { number: 'INV-9' } };
    await userEvent.click(reload);
    expect(await screen.findByText('Invoice INV-9')).toBeVisible();
  });
});
