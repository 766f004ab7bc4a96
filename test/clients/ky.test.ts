// @vitest-environment node
import ky, { HTTPError } from 'ky';
import { expect, it } from 'vitest';
import { classifyError, readHttpError } from '../../src/core/index.ts';
import { describeClient, httpScenarios, rejectionOf } from './harness.ts';
import { pendingOnClassifier } from './pending.ts';
import { startClientServer } from './server.ts';

const options = (timeoutMs: number | undefined, signal: AbortSignal | undefined) => ({
  retry: 0,
  timeout: timeoutMs ?? 10_000,
  signal,
});

// ky v1 leaves the body in the unread `error.response`: errorkit's documented path reads it
// with `readHttpError` before classifying.
describeClient(
  'ky',
  httpScenarios,
  async (url, scenario, signal) => {
    const error = await rejectionOf(ky.get(url, options(scenario.timeoutMs, signal)));
    return error instanceof HTTPError ? readHttpError(error.response, error.request) : error;
  },
  pendingOnClassifier,
);

// ky v2 (which declares Node 22 or later) runs in Chromium: kyV2.browser.test.ts.

it('ky v1 HTTPError as thrown still gives status and the Retry-After wait', async () => {
  const server = await startClientServer();
  try {
    const error = await rejectionOf(ky.get(server.url('/rate-limited'), { retry: 0 }));
    expect(error).toBeInstanceOf(HTTPError);
    const classified = classifyError(error);
    expect(classified.kind).toBe('rate-limited');
    expect(classified.status).toBe(429);
    expect(classified.retryAfterMs).toBe(60_000);
  } finally {
    await server.close();
  }
});
