import { act, render } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { classifyError } from '../../src/core';
import { announce } from '../../src/headless/announcer';
import { ErrorKitProvider } from '../../src/react';
import { useAnnouncement } from '../../src/react/useAnnouncement';

function region(): HTMLElement | null {
  return document.querySelector('[data-ek-live-region]');
}

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
  // Regions added to the body by `announce`; the provider's own go with its tree.
  for (const node of document.querySelectorAll('[data-ek-live-region]')) {
    if (node.parentElement === document.body) node.remove();
  }
});

describe('announce', () => {
  it('creates one polite region and writes to it only after it is in the page', () => {
    announce('Trying again soon.');
    const live = region();
    expect(live).not.toBeNull();
    expect(live?.getAttribute('aria-live')).toBe('polite');
    expect(live?.textContent).toBe('');
    vi.advanceTimersByTime(200);
    expect(live?.textContent).toBe('Trying again soon.');
    announce('Again.');
    expect(document.querySelectorAll('[data-ek-live-region]')).toHaveLength(1);
  });

  it('does nothing without a document', () => {
    expect(() => announce('x', undefined)).not.toThrow();
  });
});

function Announcing({ error }: { error: unknown }) {
  const [classified] = useState(() => classifyError(error));
  const [, setCount] = useState(0);
  useAnnouncement(classified, classified.message);
  return (
    <button type="button" onClick={() => setCount((n) => n + 1)}>
      re-render
    </button>
  );
}

describe('useAnnouncement', () => {
  it('uses the region the provider rendered up front and announces once per error', () => {
    const { getByRole } = render(
      <ErrorKitProvider>
        <Announcing error={{ status: 409, data: { message: 'That name is taken.' } }} />
      </ErrorKitProvider>,
    );
    const live = region();
    expect(live?.parentElement).not.toBe(document.body);
    act(() => {
      vi.advanceTimersByTime(100);
    });
    expect(live?.textContent).toBe('That name is taken.');
    if (live) live.textContent = '';
    // Re-rendering with the same error announces nothing more.
    act(() => getByRole('button').click());
    act(() => {
      vi.advanceTimersByTime(500);
    });
    expect(live?.textContent).toBe('');
    expect(document.querySelectorAll('[data-ek-live-region]')).toHaveLength(1);
  });
});
