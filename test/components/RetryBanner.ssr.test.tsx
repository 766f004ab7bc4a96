// @vitest-environment node
import { renderToString } from 'react-dom/server';
import { describe, expect, it, vi } from 'vitest';
import { HttpError } from '../../src/core';
import { ticker } from '../../src/headless/ticker';
import { ErrorKitProvider, RetryBanner } from '../../src/react';

describe('RetryBanner on the server', () => {
  it('renders without window and starts no timer', () => {
    expect(typeof window).toBe('undefined');
    const setTimeoutSpy = vi.spyOn(globalThis, 'setTimeout');
    const error = new HttpError({
      status: 500,
      method: 'GET',
      headers: { 'retry-after': '3', 'x-request-id': 'req-9' },
    });
    const html = renderToString(
      <ErrorKitProvider now={() => 1_700_000_000_000}>
        <RetryBanner error={error} retry={{ onRetry: () => {} }} />
      </ErrorKitProvider>,
    );
    expect(html).toContain('data-ek="retry-banner"');
    expect(html).toContain('data-state="counting"');
    expect(html).toContain('role="timer"');
    expect(html).toContain('Trying again in 3 seconds');
    expect(html).toContain('Reference: <bdi dir="ltr">req-9</bdi>');
    expect(setTimeoutSpy).not.toHaveBeenCalled();
    expect(ticker.size).toBe(0);
    setTimeoutSpy.mockRestore();
  });
});
