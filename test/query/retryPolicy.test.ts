// @vitest-environment node
// retryPolicy with a real QueryClient against a real HTTP server on 127.0.0.1: how many requests
// the server sees, and when.
import { QueryClient } from '@tanstack/react-query';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { fetchJson } from '../../src/core';
import { retryPolicy } from '../../src/query';
import { type ScriptedServer, startScriptedServer } from '../support/scriptedServer';

let server: ScriptedServer;

beforeAll(async () => {
  server = await startScriptedServer();
});

afterAll(() => server.close());

beforeEach(() => {
  server.reset();
});

function client(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: retryPolicy(),
      mutations: retryPolicy(undefined, { mutation: true }),
    },
  });
}

async function query(path: string): Promise<{ ok: boolean; requests: number; elapsed: number }> {
  const started = performance.now();
  const ok = await client()
    .fetchQuery({ queryKey: [path], queryFn: () => fetchJson(server.url(path)) })
    .then(
      () => true,
      () => false,
    );
  return { ok, requests: server.hits(path).length, elapsed: performance.now() - started };
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
    server.script('/once', [{ status, body }]);
    const result = await query('/once');
    expect(result).toMatchObject({ ok: false, requests: 1 });
    expect(result.elapsed).toBeLessThan(1000);
  });

  it("waits exactly the server's Retry-After before asking again", async () => {
    server.script('/limited', [
      { status: 429, headers: { 'retry-after': '1' } },
      { status: 200, body: { id: 1 } },
    ]);
    const result = await query('/limited');
    expect(result).toMatchObject({ ok: true, requests: 2 });
    const [first = 0, second = 0] = server.hits('/limited').map((hit) => hit.at);
    expect(second - first).toBeGreaterThanOrEqual(990);
    // Generous: only a retry at some other time (backoff, or none) should fail this.
    expect(second - first).toBeLessThan(2500);
  });

  it('leaves a wait longer than a minute to the UI instead of retrying', async () => {
    server.script('/maintenance', [{ status: 503, headers: { 'retry-after': '120' } }]);
    expect(await query('/maintenance')).toMatchObject({ ok: false, requests: 1 });
  });

  it('never repeats a POST answered 502', async () => {
    server.script('/invoices', [{ status: 502 }]);
    const queryClient = client();
    const mutation = queryClient.getMutationCache().build(queryClient, {
      mutationFn: () => fetchJson(server.url('/invoices'), { method: 'POST', body: '{}' }),
      ...retryPolicy(undefined, { mutation: true }),
    });
    await expect(mutation.execute(undefined)).rejects.toBeDefined();
    expect(server.hits('/invoices')).toHaveLength(1);
  });

  it('repeats a POST that carries an Idempotency-Key', async () => {
    server.script('/payments', [
      { status: 503, headers: { 'retry-after': '0' } },
      { status: 201, body: { id: 9 } },
    ]);
    const queryClient = client();
    const mutation = queryClient.getMutationCache().build(queryClient, {
      mutationFn: () =>
        fetchJson(server.url('/payments'), {
          method: 'POST',
          body: '{}',
          headers: { 'Idempotency-Key': 'pay-1' },
        }),
      ...retryPolicy(undefined, { mutation: true }),
    });
    await expect(mutation.execute(undefined)).resolves.toEqual({ id: 9 });
    expect(server.hits('/payments')).toHaveLength(2);
  });
});
