// useRetryState with a real QueryClient (retryPolicy) against a real HTTP server on 127.0.0.1:
// what the hook reports, and when the server sees the requests.
import {
  onlineManager,
  QueryClient,
  QueryClientProvider,
  useMutation,
  useQuery,
} from '@tanstack/react-query';
import { act, render, renderHook, screen, waitFor } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import type { ReactNode } from 'react';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { fetchJson } from '../../src/core';
import { retryPolicy, useRetryState } from '../../src/query';
import { ErrorDisplay } from '../../src/react';
import { type ScriptedServer, startScriptedServer } from '../support/scriptedServer';

let server: ScriptedServer;
const arrivals = (path: string) => server.hits(path).map((hit) => hit.at);

beforeAll(async () => {
  server = await startScriptedServer();
});

afterAll(() => server.close());

let client: QueryClient;
beforeEach(() => {
  server.reset();
  client = new QueryClient({
    defaultOptions: {
      queries: retryPolicy(),
      mutations: retryPolicy(undefined, { mutation: true }),
    },
  });
});

afterEach(() => {
  onlineManager.setOnline(true);
  client.clear();
});

const wrapper = ({ children }: { children: ReactNode }) => (
  <QueryClientProvider client={client}>{children}</QueryClientProvider>
);

/** When each failed request rejected in the client (`Date.now()`), newest last. */
let rejections: number[] = [];
beforeEach(() => {
  rejections = [];
});
const fetchRecorded = (path: string) =>
  fetchJson(server.url(path)).catch((error: unknown) => {
    rejections.push(Date.now());
    throw error;
  });

/** Renders `useQuery` on `path` with `useRetryState` over it, counting renders. */
function renderQuery(path: string) {
  let renders = 0;
  const view = renderHook(
    () => {
      renders += 1;
      const query = useQuery({ queryKey: [path], queryFn: () => fetchRecorded(path) });
      return { query, state: useRetryState(query) };
    },
    { wrapper },
  );
  return { ...view, renders: () => renders };
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Measured deltas, printed once at the end for the record. */
const measured: string[] = [];
afterAll(() => {
  if (measured.length) console.info(`useRetryState timings:\n  ${measured.join('\n  ')}`);
});

describe('useRetryState over a query', () => {
  it('reports attempt 1 of 3 and the real time of the next request for a 429 Retry-After: 1', async () => {
    server.script('/limited', [
      { status: 429, headers: { 'retry-after': '1' } },
      { status: 200, body: { id: 1 } },
    ]);
    const { result } = renderQuery('/limited');
    await waitFor(() => expect(result.current.state.retry?.willRetry).toBe(true));
    const { error, retry } = result.current.state;
    expect(error?.kind).toBe('rate-limited');
    expect(retry).toMatchObject({ attempt: 1, maxRetries: 3, paused: false, reason: 'retry' });
    const [failedAt = 0] = arrivals('/limited');
    const next = retry?.nextAttemptAt ?? 0;
    // The wait counts from when the failure reached the client, a moment after the server
    // answered it (that moment is the machine's, not the kit's: it grows on a busy machine).
    expect(next - failedAt).toBeGreaterThanOrEqual(1000);
    const [rejectedAt = 0] = rejections;
    expect(next - rejectedAt).toBeGreaterThanOrEqual(1000);
    expect(next - rejectedAt).toBeLessThan(1100);

    await waitFor(() => expect(result.current.query.data).toEqual({ id: 1 }), { timeout: 3000 });
    const [, second = 0] = arrivals('/limited');
    measured.push(`429 Retry-After 1: 2nd request - nextAttemptAt = ${second - next} ms`);
    expect(second - next).toBeGreaterThanOrEqual(-5);
    expect(second - next).toBeLessThan(250);
    expect(result.current.state).toEqual({ error: undefined, retry: undefined });
  });

  it('retryNow() ends a 5 s wait and sends the request at once; no re-render while waiting', async () => {
    server.script('/busy', [
      { status: 503, headers: { 'retry-after': '5' } },
      { status: 200, body: { ok: true } },
    ]);
    const { result, renders } = renderQuery('/busy');
    await waitFor(() => expect(result.current.state.retry?.willRetry).toBe(true));
    const rendersBefore = renders();
    await sleep(1200);
    // Nothing ticks in the hook: the countdown part re-renders, not the component using it.
    expect(renders()).toBe(rendersBefore);
    expect(arrivals('/busy')).toHaveLength(1);

    const pressedAt = Date.now();
    act(() => result.current.state.retry?.retryNow());
    await waitFor(() => expect(arrivals('/busy')).toHaveLength(2));
    const delta = (arrivals('/busy')[1] ?? 0) - pressedAt;
    measured.push(`503 Retry-After 5, retryNow(): request after ${delta} ms`);
    expect(delta).toBeLessThan(250);
    await waitFor(() => expect(result.current.query.data).toEqual({ ok: true }));
  });

  it('stop() cancels the pending retry: nothing more is sent and the error stays', async () => {
    server.script('/stop', [{ status: 503, headers: { 'retry-after': '1' } }]);
    const { result } = renderQuery('/stop');
    await waitFor(() => expect(result.current.state.retry?.willRetry).toBe(true));
    act(() => result.current.state.retry?.stop());
    await sleep(1500);
    expect(arrivals('/stop')).toHaveLength(1);
    expect(result.current.query.status).toBe('error');
    expect(result.current.query.fetchStatus).toBe('idle');
    expect(result.current.state.error?.kind).toBe('unavailable');
    expect(result.current.state.retry).toMatchObject({
      willRetry: false,
      stopped: true,
      nextAttemptAt: undefined,
    });
  });

  it('a 404 is not retried: willRetry false, 0 retries, one request', async () => {
    const { result } = renderQuery('/missing');
    await waitFor(() => expect(result.current.query.isError).toBe(true));
    expect(result.current.state.error?.kind).toBe('not-found');
    expect(result.current.state.retry).toMatchObject({
      willRetry: false,
      attempt: 0,
      reason: 'not-retryable',
      nextAttemptAt: undefined,
      paused: false,
    });
    await sleep(300);
    expect(arrivals('/missing')).toHaveLength(1);
  });

  it("offline: paused 'offline', nothing sent until the network is back", async () => {
    server.script('/offline', [
      { status: 503, headers: { 'retry-after': '1' } },
      { status: 200, body: { back: true } },
    ]);
    const { result } = renderQuery('/offline');
    await waitFor(() => expect(result.current.state.retry?.willRetry).toBe(true));
    act(() => onlineManager.setOnline(false));
    expect(result.current.state.retry?.paused).toBe('offline');
    // TanStack's wait ends and it pauses instead of sending.
    await waitFor(() => expect(result.current.query.fetchStatus).toBe('paused'), {
      timeout: 2000,
    });
    expect(result.current.state.retry).toMatchObject({ paused: 'offline', willRetry: true });
    expect(arrivals('/offline')).toHaveLength(1);
    act(() => onlineManager.setOnline(true));
    await waitFor(() => expect(result.current.query.data).toEqual({ back: true }));
    expect(arrivals('/offline')).toHaveLength(2);
  });
});

function CreateInvoice() {
  const mutation = useMutation({
    mutationFn: (invoice: { amount: number }) =>
      fetchJson(server.url('/invoices'), { method: 'POST', body: JSON.stringify(invoice) }),
  });
  const { error, retry } = useRetryState(mutation);
  return (
    <>
      <button type="button" onClick={() => mutation.mutate({ amount: 42 })}>
        Create
      </button>
      <output data-testid="reason">{retry?.reason ?? ''}</output>
      <ErrorDisplay error={error} retry={retry} />
    </>
  );
}

describe('useRetryState over a mutation', () => {
  it('a POST answered 502 is \'not-idempotent\'; "Try again" sends the same variables', async () => {
    server.script('/invoices', [{ status: 502 }, { status: 201, body: { id: 7 } }]);
    render(
      <QueryClientProvider client={client}>
        <CreateInvoice />
      </QueryClientProvider>,
    );
    await userEvent.click(screen.getByRole('button', { name: 'Create' }));
    await waitFor(() => expect(screen.getByTestId('reason')).toHaveTextContent('not-idempotent'));
    await sleep(300);
    expect(server.hits('/invoices')).toHaveLength(1);
    const banner = document.querySelector('[data-ek="retry-banner"]');
    expect(banner).toHaveAttribute('data-state', 'not-allowed');
    await userEvent.click(screen.getByRole('button', { name: 'Try again' }));
    await waitFor(() => expect(server.hits('/invoices')).toHaveLength(2));
    const [first, second] = server.hits('/invoices');
    expect(JSON.parse(second?.body ?? '')).toEqual({ amount: 42 });
    expect(second?.body).toBe(first?.body);
    await waitFor(() => expect(document.querySelector('[data-ek="retry-banner"]')).toBeNull());
  });
});
