// @vitest-environment node
// The README's usage example, run against a real server on 127.0.0.1.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { expect, it } from 'vitest';
import { classifyError, fetchJson, retryDecision } from '../../src/core';

it('works as the README shows', async () => {
  const server = createServer((req, res) => {
    if (req.url === '/api/invoices' && req.method === 'POST') {
      res.writeHead(502, { 'content-type': 'text/html' });
      res.end('<html><head><title>502 Bad Gateway</title></head><body>nginx</body></html>');
      return;
    }
    res.writeHead(422, { 'content-type': 'application/json' });
    res.end(
      JSON.stringify({
        message: 'The given data was invalid.',
        errors: { email: ['The email field is required.'] },
      }),
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  try {
    const posted = await fetchJson(`${base}/api/invoices`, { method: 'POST', body: '{}' }).catch(
      (e: unknown) => e,
    );
    const failure = classifyError(posted, { codes: { '1006': 'forbidden' } });
    expect(failure.kind).toBe('unavailable');
    expect(failure.message).not.toContain('<');
    expect(retryDecision(failure, 0)).toEqual({
      retry: false,
      delayMs: 0,
      reason: 'not-idempotent',
    });

    const invalid = classifyError(
      await fetchJson(`${base}/api/customers`).catch((e: unknown) => e),
    );
    expect(invalid.kind).toBe('validation');
    expect(invalid.fieldErrors).toEqual({ email: ['The email field is required.'] });
  } finally {
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }
});
