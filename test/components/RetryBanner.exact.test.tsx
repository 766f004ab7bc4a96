// The standalone banner (no live retry state) waits exactly what the server asked: `Retry-After: 6`
// shows 6, then 5, ..., and the request leaves 6 s after the response, not at the next whole
// second. First with a fake clock, then against a real HTTP server on 127.0.0.1.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { act, render, screen } from '@testing-library/react';
import { useCallback, useEffect, useState } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fetchJson, HttpError } from '../../src/core';
import { ErrorKitProvider, RetryBanner } from '../../src/react';

afterEach(() => {
  vi.useRealTimers();
});

describe('with a fake clock', () => {
  // A clock 0.3 s into a second, like a response that arrives at any moment.
  const START = Date.UTC(2026, 10, 21, 12, 0, 0) + 300;

  it('shows 6, counts each second down and retries exactly 6 s later', () => {
    vi.useFakeTimers({ now: START });
    const onRetry = vi.fn();
    const error = new HttpError({ status: 429, method: 'GET', headers: { 'retry-after': '6' } });
    render(
      <ErrorKitProvider now={() => Date.now()}>
        <RetryBanner error={error} retry={{ onRetry }} />
      </ErrorKitProvider>,
    );
    const timer = screen.getByRole('timer');
    expect(timer).toHaveTextContent('Trying again in 6 seconds');
    const shown = [Number(timer.getAttribute('data-seconds'))];
    for (let step = 0; step < 59; step += 1) {
      act(() => {
        vi.advanceTimersByTime(100);
      });
      if (onRetry.mock.calls.length > 0) break;
      shown.push(Number(screen.getByRole('timer').getAttribute('data-seconds')));
    }
    // Never more than the wait, never back up, every second from 6 to 1 seen.
    expect(Math.max(...shown)).toBe(6);
    expect(new Set(shown)).toEqual(new Set([6, 5, 4, 3, 2, 1]));
    expect(onRetry).not.toHaveBeenCalled();
    act(() => {
      vi.advanceTimersByTime(99);
    });
    expect(onRetry).not.toHaveBeenCalled();
    act(() => {
      vi.advanceTimersByTime(1);
    });
    expect(onRetry).toHaveBeenCalledTimes(1);
    expect(Date.now() - START).toBe(6000);
  });
});

function Profile({ url, onFailure }: { url: string; onFailure: () => void }) {
  const [state, setState] = useState<{ error?: unknown; name?: string }>({});
  const load = useCallback(() => {
    fetchJson<{ name: string }>(url).then(
      (data) => setState({ name: data.name }),
      (error: unknown) => {
        onFailure();
        setState({ error });
      },
    );
  }, [url, onFailure]);
  useEffect(() => load(), [load]);
  if (state.name) return <p>Hello {state.name}</p>;
  return <RetryBanner error={state.error} retry={{ onRetry: load }} />;
}

describe('against a real server', () => {
  it('sends the retry 6.0 s after the 429 arrived (within 250 ms)', {
    timeout: 20_000,
  }, async () => {
    const arrivals: number[] = [];
    const server = createServer((_req, res) => {
      arrivals.push(Date.now());
      if (arrivals.length === 1) {
        res.writeHead(429, { 'retry-after': '6', 'content-type': 'application/json' });
        res.end('{"message":"Slow down."}');
        return;
      }
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end('{"name":"Ada"}');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/profile`;
    let failedAt = 0;
    let firstSeconds: string | null = null;

    try {
      render(
        <ErrorKitProvider>
          <Profile
            url={url}
            onFailure={() => {
              failedAt = Date.now();
            }}
          />
        </ErrorKitProvider>,
      );
      const timer = await screen.findByRole('timer');
      firstSeconds = timer.getAttribute('data-seconds');
      expect(timer).toHaveTextContent('Trying again in 6 seconds');
      expect(await screen.findByText('Hello Ada', {}, { timeout: 9000 })).toBeInTheDocument();
      expect(arrivals).toHaveLength(2);
      const waited = (arrivals[1] ?? 0) - failedAt;
      console.info(`errorkit: Retry-After 6 -> the retry left after ${waited} ms`);
      expect(firstSeconds).toBe('6');
      expect(Math.abs(waited - 6000)).toBeLessThanOrEqual(250);
    } finally {
      await new Promise<void>((resolve) => server.close(() => resolve()));
    }
  });
});
