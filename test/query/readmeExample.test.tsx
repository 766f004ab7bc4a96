// The README's errorkit/query example against a real server on 127.0.0.1.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { QueryClient, QueryClientProvider, useQuery } from '@tanstack/react-query';
import { render, screen } from '@testing-library/react';
import { expect, it } from 'vitest';
import { fetchJson } from '../../src/core';
import { retryPolicy, useRetryState } from '../../src/query';
import { ErrorDisplay } from '../../src/react';

function Invoices({ url }: { url: string }) {
  const invoices = useQuery({
    queryKey: ['invoices'],
    queryFn: () => fetchJson<{ id: number; number: string }[]>(url),
  });
  // During retries TanStack keeps `error` empty; the hook's `error` is the latest failure.
  const { error, retry } = useRetryState(invoices);
  if (invoices.data) return <p>{invoices.data.map((invoice) => invoice.number).join(', ')}</p>;
  return <ErrorDisplay error={error} retry={retry} />;
}

it('counts down to the real retry and then shows the data', async () => {
  let requests = 0;
  const server = createServer((_req, res) => {
    requests += 1;
    if (requests === 1) {
      res.writeHead(429, { 'retry-after': '1', 'content-type': 'application/json' });
      res.end('{"message":"Too Many Requests"}');
      return;
    }
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end('[{"id":1,"number":"INV-1"}]');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/invoices`;
  const queryClient = new QueryClient({
    defaultOptions: {
      queries: retryPolicy(),
      mutations: retryPolicy(undefined, { mutation: true }),
    },
  });

  try {
    render(
      <QueryClientProvider client={queryClient}>
        <Invoices url={url} />
      </QueryClientProvider>,
    );
    expect(await screen.findByRole('timer')).toHaveTextContent(/second/);
    expect(await screen.findByText('INV-1', {}, { timeout: 3000 })).toBeInTheDocument();
    expect(requests).toBe(2);
  } finally {
    queryClient.clear();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }
});
