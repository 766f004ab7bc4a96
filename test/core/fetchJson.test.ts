// @vitest-environment node

import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { classifyError, fetchJson, HttpError, readHttpError } from '../../src/core';
import { MAX_ERROR_BODY_BYTES } from '../../src/core/readHttpError';

interface Seen {
  method: string;
  url: string;
  accept: string | undefined;
  idempotencyKey: string | undefined;
}

let server: Server;
let base: string;
const seen: Seen[] = [];

beforeAll(async () => {
  server = createServer((req, res) => {
    seen.push({
      method: req.method ?? '',
      url: req.url ?? '',
      accept: req.headers.accept,
      idempotencyKey: req.headers['idempotency-key'] as string | undefined,
    });
    const send = (status: number, body: string, headers: Record<string, string> = {}) => {
      res.writeHead(status, headers);
      res.end(body);
    };
    switch (req.url) {
      case '/ok':
        return send(200, JSON.stringify({ id: 7 }), { 'content-type': 'application/json' });
      case '/empty':
        return send(204, '');
      case '/expired':
        return send(
          401,
          JSON.stringify({
            version: 'v2_0_0',
            status: 401,
            exception: { message: 'Token could not be located.', code: 1002 },
          }),
          { 'content-type': 'application/json', 'x-request-id': 'req-401' },
        );
      case '/invalid':
        return send(
          422,
          JSON.stringify({
            message: 'The given data was invalid.',
            errors: { email: ['The email field is required.'] },
          }),
          { 'content-type': 'application/json' },
        );
      case '/busy':
        return send(
          503,
          '<html><head><title>503 Service Temporarily Unavailable</title></head><body><h1>nginx</h1></body></html>',
          {
            'content-type': 'text/html',
            'retry-after': '5',
          },
        );
      case '/huge':
        res.writeHead(500, { 'content-type': 'text/plain' });
        // 3 MiB in 64 KiB chunks: more than the reader keeps.
        for (let i = 0; i < 48; i++) res.write('x'.repeat(64 * 1024));
        return res.end();
      default:
        return send(404, 'Not Found', { 'content-type': 'text/plain' });
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

describe('fetchJson', () => {
  it('returns parsed JSON for a 2xx and asks for JSON or problem details', async () => {
    await expect(fetchJson(`${base}/ok`)).resolves.toEqual({ id: 7 });
    expect(seen.at(-1)?.accept).toBe('application/json, application/problem+json');
  });

  it('returns undefined for an empty 2xx', async () => {
    await expect(fetchJson(`${base}/empty`)).resolves.toBeUndefined();
  });

  it('keeps an Accept header the caller set', async () => {
    await fetchJson(`${base}/ok`, { headers: { Accept: 'application/vnd.api+json' } });
    expect(seen.at(-1)?.accept).toBe('application/vnd.api+json');
  });

  it('throws an HttpError with status, headers, parsed body, method and URL', async () => {
    const error = await fetchJson(`${base}/expired`, { method: 'post', body: '{}' }).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(HttpError);
    const http = error as HttpError;
    expect(http.status).toBe(401);
    expect(http.method).toBe('POST');
    expect(http.url).toBe(`${base}/expired`);
    expect(http.headers.get('x-request-id')).toBe('req-401');
    expect(http.body).toEqual({
      version: 'v2_0_0',
      status: 401,
      exception: { message: 'Token could not be located.', code: 1002 },
    });

    const classified = classifyError(error);
    expect(classified).toMatchObject({
      kind: 'unauthenticated',
      code: '1002',
      message: 'Token could not be located.',
      requestId: 'req-401',
      method: 'POST',
    });
  });

  it('carries the Idempotency-Key so the request may be retried', async () => {
    const error = await fetchJson(`${base}/busy`, {
      method: 'POST',
      headers: { 'Idempotency-Key': 'k-1' },
    }).catch((e: unknown) => e);
    expect(seen.at(-1)?.idempotencyKey).toBe('k-1');
    expect(classifyError(error)).toMatchObject({
      kind: 'unavailable',
      retryAfterMs: 5000,
      idempotencyKey: 'k-1',
    });
  });

  it('classifies a proxy HTML page without ever showing the HTML', async () => {
    const error = await fetchJson(`${base}/busy`).catch((e: unknown) => e);
    const classified = classifyError(error);
    expect(classified.kind).toBe('unavailable');
    expect(classified.message).not.toMatch(/</);
    expect(classified.detail).toBe('503 Service Temporarily Unavailable');
  });

  it('reads validation errors from the body', async () => {
    const classified = classifyError(
      await fetchJson(`${base}/invalid`, { method: 'PUT' }).catch((e: unknown) => e),
    );
    expect(classified.kind).toBe('validation');
    expect(classified.fieldErrors.email).toEqual(['The email field is required.']);
  });

  it('rejects with a TypeError that classifies as network when nothing answers', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise<void>((resolve) => closed.close(() => resolve()));
    const error = await fetchJson(`http://127.0.0.1:${port}/`).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TypeError);
    expect(classifyError(error).kind).toBe('network');
  });
});

describe('readHttpError', () => {
  it('reads at most 1 MiB of a body', async () => {
    const response = await fetch(`${base}/huge`);
    const error = await readHttpError(response, { method: 'GET' });
    expect(typeof error.body).toBe('string');
    expect((error.body as string).length).toBe(MAX_ERROR_BODY_BYTES);
    const classified = classifyError(error);
    expect(classified.kind).toBe('server');
    expect(classified.detail?.length).toBeLessThanOrEqual(500);
  });

  it('keeps a text body as text', async () => {
    const error = await readHttpError(
      await fetch(`${base}/nowhere`),
      new Request(`${base}/nowhere`, { method: 'DELETE' }),
    );
    expect(error.body).toBe('Not Found');
    expect(error.method).toBe('DELETE');
    expect(classifyError(error)).toMatchObject({
      kind: 'not-found',
      message: classifyError({ status: 404 }).message,
    });
  });
});
