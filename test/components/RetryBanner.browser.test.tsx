import { cleanup, render, screen, waitFor } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { HttpError } from '../../src/core';
import { RetryBanner } from '../../src/react';

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

const rateLimited = (seconds: number) =>
  new HttpError({ status: 429, method: 'GET', headers: { 'retry-after': String(seconds) } });

describe('RetryBanner in Chromium', () => {
  it('counts down a 2 s Retry-After with real timers and retries once, on time', async () => {
    const started = Date.now();
    const retriedAt: number[] = [];
    render(
      <RetryBanner error={rateLimited(2)} retry={{ onRetry: () => retriedAt.push(Date.now()) }} />,
    );
    const timer = screen.getByRole('timer');
    expect(timer.textContent).toMatch(/^Trying again in [23] seconds$/);
    await waitFor(() => expect(timer).toHaveTextContent('Trying again in 1 second'), {
      timeout: 3000,
    });
    await waitFor(() => expect(retriedAt).toHaveLength(1), { timeout: 4000 });
    const elapsed = (retriedAt[0] ?? 0) - started;
    // Never earlier than the server asked; at most the rounding to the shared whole-second tick.
    expect(elapsed).toBeGreaterThanOrEqual(2000);
    expect(elapsed).toBeLessThan(3200);
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(retriedAt).toHaveLength(1);
  });

  it('"Retry now" retries at once', async () => {
    const onRetry = vi.fn();
    render(<RetryBanner error={rateLimited(30)} retry={{ onRetry }} />);
    await userEvent.click(screen.getByRole('button', { name: 'Retry now' }));
    expect(onRetry).toHaveBeenCalledTimes(1);
  });

  it('pauses offline and resumes online, retrying at once when the deadline passed', async () => {
    let online = true;
    vi.spyOn(navigator, 'onLine', 'get').mockImplementation(() => online);
    const onRetry = vi.fn();
    const { container } = render(<RetryBanner error={rateLimited(1)} retry={{ onRetry }} />);
    const root = container.querySelector('[data-ek="retry-banner"]');
    online = false;
    window.dispatchEvent(new Event('offline'));
    await waitFor(() => expect(root).toHaveAttribute('data-state', 'paused'));
    expect(screen.getByText(/Paused while you are offline/)).toBeVisible();
    await new Promise((resolve) => setTimeout(resolve, 2200));
    expect(onRetry).not.toHaveBeenCalled();
    online = true;
    window.dispatchEvent(new Event('online'));
    await waitFor(() => expect(onRetry).toHaveBeenCalledTimes(1));
  });
});
