// RetryBanner driven by useRetryState (real QueryClient + retryPolicy, real HTTP server on
// 127.0.0.1): its buttons act on TanStack's own retry, and its countdown never sends a request.
import { QueryClient, QueryClientProvider, useQuery } from '@tanstack/react-query';
import { render, screen, waitFor } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { fetchJson } from '../../src/core';
import { retryPolicy, useRetryState } from '../../src/query';
import { ErrorDisplay } from '../../src/react';
import { type ScriptedServer, startScriptedServer } from '../support/scriptedServer';

let server: ScriptedServer;
const arrivals = () => server.hits('/report').map((hit) => hit.at);

beforeAll(async () => {
  server = await startScriptedServer();
});

afterAll(() => server.close());

beforeEach(() => {
  server.reset();
});

function Report() {
  const query = useQuery({ queryKey: ['report'], queryFn: () => fetchJson(server.url('/report')) });
  const { error, retry } = useRetryState(query);
  if (query.data) return <p>Report ready</p>;
  return <ErrorDisplay error={error} retry={retry} />;
}

function renderReport() {
  const client = new QueryClient({ defaultOptions: { queries: retryPolicy() } });
  render(
    <QueryClientProvider client={client}>
      <Report />
    </QueryClientProvider>,
  );
}

const banner = () => document.querySelector('[data-ek="retry-banner"]');
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('RetryBanner with a live retry state', () => {
  it('counts down the real wait; "Retry now" sends at once', async () => {
    server.script('/report', [
      { status: 503, headers: { 'retry-after': '5' } },
      { status: 200, body: {} },
    ]);
    renderReport();
    const timer = await screen.findByRole('timer');
    expect(timer).toHaveTextContent(/Trying again in [45] seconds/);
    expect(screen.getByText('Attempt 1 of 3')).toBeVisible();
    expect(banner()).toHaveAttribute('data-state', 'counting');
    const pressedAt = Date.now();
    await userEvent.click(screen.getByRole('button', { name: 'Retry now' }));
    await screen.findByText('Report ready');
    expect(arrivals()).toHaveLength(2);
    // Sent on the press, not when the server's 5 seconds are up (measured from the first request,
    // so a slow machine's render time does not count).
    const [first = 0, second = 0] = arrivals();
    expect(second).toBeGreaterThanOrEqual(pressedAt);
    expect(second - first).toBeLessThan(4000);
  });

  it('"Stop" cancels the retry; "Try again" sends it by hand', async () => {
    server.script('/report', [
      { status: 429, headers: { 'retry-after': '1' } },
      { status: 200, body: {} },
    ]);
    renderReport();
    await userEvent.click(await screen.findByRole('button', { name: 'Stop' }));
    expect(banner()).toHaveAttribute('data-state', 'stopped');
    await sleep(1400);
    expect(arrivals()).toHaveLength(1);
    expect(screen.getByText('Automatic retries are stopped.')).toBeVisible();
    await userEvent.click(screen.getByRole('button', { name: 'Try again' }));
    await screen.findByText('Report ready');
    expect(arrivals()).toHaveLength(2);
  });

  it('the countdown reaching zero sends nothing itself: one request per scheduled retry', async () => {
    server.script('/report', [
      { status: 503, headers: { 'retry-after': '1' } },
      { status: 503, headers: { 'retry-after': '1' } },
      { status: 200, body: {} },
    ]);
    renderReport();
    await waitFor(() => expect(screen.getByText('Attempt 2 of 3')).toBeVisible(), {
      timeout: 2500,
    });
    await screen.findByText('Report ready', undefined, { timeout: 2500 });
    await sleep(300);
    expect(arrivals()).toHaveLength(3);
  });
});
