// One polite announcement per new error, read from the live region in real Chromium.
import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { classifyError, HttpError } from '../../src/core';
import { ErrorKitProvider, en, RetryBanner } from '../../src/react';

function liveRegion(): HTMLElement {
  const region = document.querySelector<HTMLElement>('[data-ek-live-region]');
  if (!region) throw new Error('no live region');
  return region;
}

describe('announcements in Chromium', () => {
  it('announces a new error once, politely, and not on countdown ticks', async () => {
    const first = new HttpError({ status: 429, headers: { 'Retry-After': '3' } });
    const { rerender } = render(
      <ErrorKitProvider>
        <RetryBanner error={first} retry={{ onRetry: () => {} }} />
      </ErrorKitProvider>,
    );
    const region = liveRegion();
    expect(region.getAttribute('aria-live')).toBe('polite');
    // While it counts down to its own retry the banner says so instead of the kind's default.
    const expected = `${classifyError(first).title}. ${en.willRetry}`;
    await expect.poll(() => region.textContent).toBe(expected);

    // Let the countdown tick: the timer text changes, the region does not.
    const timer = screen.getByRole('timer');
    const before = timer.textContent;
    const changes: string[] = [];
    const observer = new MutationObserver(() => changes.push(region.textContent ?? ''));
    observer.observe(region, { childList: true, characterData: true, subtree: true });
    // Polled rather than slept: on a loaded machine a tick may land a little after its second.
    await expect.poll(() => timer.textContent, { timeout: 2900 }).not.toBe(before);
    expect(changes).toEqual([]);

    // A new error is announced again.
    const second = new HttpError({ status: 503, headers: { 'x-request-id': 'r-2' } });
    rerender(
      <ErrorKitProvider>
        <RetryBanner error={second} retry={{ onRetry: () => {} }} />
      </ErrorKitProvider>,
    );
    await expect
      .poll(() => region.textContent)
      .toBe(`${classifyError(second).title}. ${en.willRetry}`);
    observer.disconnect();
  });
});
