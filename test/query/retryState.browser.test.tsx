// In Chromium: RetryBanner on useRetryState's real schedule. Mock Service Worker answers at the
// network layer (the page's real fetch goes through its service worker), so TanStack Query, the
// retry policy and the banner run unchanged.
import { QueryClient, QueryClientProvider, useQuery } from '@tanstack/react-query';
import { render, screen, waitFor } from '@testing-library/react';
import { HttpResponse, http } from 'msw';
import { setupWorker } from 'msw/browser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fetchJson } from '../../src/core';
import { retryPolicy, useRetryState } from '../../src/query';
import { RetryBanner } from '../../src/react';

const arrivals: number[] = [];
const worker = setupWorker(
  http.get('/api/limited', () => {
    arrivals.push(Date.now());
    return arrivals.length === 1
      ? new HttpResponse(null, { status: 429, headers: { 'retry-after': '2' } })
      : HttpResponse.json({ id: 1 });
  }),
);

beforeAll(async () => {
  await worker.start({ quiet: true, onUnhandledRequest: 'bypass' });
});
afterAll(() => worker.stop());

const nextAttempts: number[] = [];

function Limited() {
  const query = useQuery({ queryKey: ['limited'], queryFn: () => fetchJson('/api/limited') });
  const { error, retry } = useRetryState(query);
  if (retry?.nextAttemptAt !== undefined && !nextAttempts.includes(retry.nextAttemptAt)) {
    nextAttempts.push(retry.nextAttemptAt);
  }
  if (query.data) return <p>Loaded</p>;
  return <RetryBanner error={error} retry={retry} />;
}

describe('RetryBanner on the real retry schedule', () => {
  it('counts a 429 Retry-After: 2 down 2 → 1 and the request leaves when it ends', async () => {
    const client = new QueryClient({ defaultOptions: { queries: retryPolicy() } });
    render(
      <QueryClientProvider client={client}>
        <Limited />
      </QueryClientProvider>,
    );
    const timer = await screen.findByRole('timer');
    expect(timer).toHaveTextContent('Trying again in 2 seconds');
    expect(screen.getByText('Attempt 1 of 3')).toBeVisible();
    // "1 second" lasts the whole last second of the wait, however the wait falls on the clock.
    await waitFor(
      () => expect(screen.getByRole('timer')).toHaveTextContent('Trying again in 1 second'),
      { timeout: 2000 },
    );
    expect(arrivals).toHaveLength(1);
    await screen.findByText('Loaded', undefined, { timeout: 3000 });
    expect(arrivals).toHaveLength(2);
    expect(nextAttempts).toHaveLength(1);
    const delta = (arrivals[1] ?? 0) - (nextAttempts[0] ?? 0);
    console.info(`browser: 429 Retry-After 2: 2nd request - nextAttemptAt = ${delta} ms`);
    expect(delta).toBeGreaterThanOrEqual(-5);
    expect(delta).toBeLessThan(250);
    expect((nextAttempts[0] ?? 0) - (arrivals[0] ?? 0)).toBeGreaterThanOrEqual(2000);
  });
});
