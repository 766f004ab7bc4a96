// @vitest-environment node
// retryPolicy with a real QueryClient against a real HTTP server on 127.0.0.1: how many requests
// the server sees, and when.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { QueryClient } from '@tanstack/react-query';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { fetchJson } from '../../src/core';
import { retryPolicy } from '../../src/query';

interface Scenario {
  /** Responses in order; the last one repeats. */
  replies: { status: number; headers?: Record<string, string>; body?: unknown }[];
}

let server: Server;
let base: string;
const scenarios = new Map<string, Scenario>();
const hits = new Map<string, number[]>();

beforeAll(async () => {
  server = createServer((req, res) => {
    const path = req.url ?? '';
    const seen = hits.get(path) ?? [];
    seen.push(performance.now());
    hits.set(path, seen);
    const replies = scenarios.get(path)?.replies ?? [{ status: 404 }];
    const reply = replies[Math.min(seen.length - 1, replies.length - 1)] ?? { status: 500 };
    res.writeHead(reply.status, { 'content-type': 'application/json', ...reply.headers });
    res.end(reply.body === undefined ? '' : JSON.stringify(reply.body));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

beforeEach(() => {
  scenarios.clear();
  hits.clear();
});

function client(): QueryClient {
  return new QueryClient({
    defaultOptions: { queries: retryPolicy(), mutations: retryPolicy({ mutation: true }) },
  });
}

async function query(path: string): Promise<{ ok: boolean; requests: number; elapsed: number }> {
  const started = performance.now();
  const ok = await client()
    .fetchQuery({ queryKey: [path], queryFn: () => fetchJson(`${base}${path}`) })
    .then(
      () => true,
      () => false,
    );
  return { ok, requests: hits.get(path)?.length ?? 0, elapsed: performance.now() - started };
}

describe('retryPolicy with a real QueryClient', () => {
  it.each([
    [404, { message: 'No such invoice.' }],
    [
      422,
      {
        message: 'The given data was invalid.',
        errors: { email: ['The email field is required.'] },
      },
    ],
    [403, { message: 'Forbidden' }],
    [401, { status: 401, exception: { message: 'Token could not be located.', code: 1002 } }],
  ])('asks once for a %i and gives up at once', async (status, body) => {
    scenarios.set('/once', { replies: [{ status, body }] });
    const result = await query('/once');
    expect(result).toMatchObject({ ok: false, requests: 1 });
    expect(result.elapsed).toBeLessThan(1000);
  });

  it("waits exactly the server's Retry-After before asking again", async () => {
    scenarios.set('/limited', {
      replies: [
        { status: 429, headers: { 'retry-after': '1' } },
        { status: 200, body: { id: 1 } },
      ],
    });
    const result = await query('/limited');
    expect(result).toMatchObject({ ok: true, requests: 2 });
    const [first = 0, second = 0] = hits.get('/limited') ?? [];
    expect(second - first).toBeGreaterThanOrEqual(990);
    // Generous: only a retry at some other time (backoff, or none) should fail this.
    expect(second - first).toBeLessThan(2500);
  });

  it('leaves a wait longer than a minute to the UI instead of retrying', async () => {
    scenarios.set('/maintenance', {
      replies: [{ status: 503, headers: { 'retry-after': '120' } }],
    });
    expect(await query('/maintenance')).toMatchObject({ ok: false, requests: 1 });
  });

  it('never repeats a POST answered 502', async () => {
    scenarios.set('/invoices', { replies: [{ status: 502 }] });
    const queryClient = client();
    const mutation = queryClient.getMutationCache().build(queryClient, {
      mutationFn: () => fetchJson(`${base}/invoices`, { method: 'POST', body: '{}' }),
      ...retryPolicy({ mutation: true }),
    });
    await expect(mutation.execute(undefined)).rejects.toBeDefined();
    expect(hits.get('/invoices')).toHaveLength(1);
  });

  it('repeats a POST that carries an Idempotency-Key', async () => {
    scenarios.set('/payments', {
      replies: [
        { status: 503, headers: { 'retry-after': '0' } },
        { status: 201, body: { id: 9 } },
      ],
    });
    const queryClient = client();
    const mutation = queryClient.getMutationCache().build(queryClient, {
      mutationFn: () =>
        fetchJson(`${base}/payments`, {
          method: 'POST',
          body: '{}',
          headers: { 'Idempotency-Key': 'pay-1' },
        }),
      ...retryPolicy({ mutation: true }),
    });
    await expect(mutation.execute(undefined)).resolves.toEqual({ id: 9 });
    expect(hits.get('/payments')).toHaveLength(2);
  });
});
