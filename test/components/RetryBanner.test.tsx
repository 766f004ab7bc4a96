import { act, fireEvent, render, screen } from '@testing-library/react';
import { Profiler, type ReactNode } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { classifyError, HttpError } from '../../src/core';
import { ErrorKitProvider, RetryBanner, type RetryBannerProps, useErrorKit } from '../../src/react';
import { FIXED_NOW, responseFixture } from '../fixtures';
import { sentence } from './helpers';

const fromFixture = (id: string) => {
  const fixture = responseFixture(id);
  return new HttpError({ ...fixture.response, method: fixture.method });
};

let clock = FIXED_NOW;
const now = () => clock;

/** Moves the injected clock and the fake timers together, flushing React updates. */
function advance(ms: number) {
  act(() => {
    clock += ms;
    vi.advanceTimersByTime(ms);
  });
}

function Kit({ children }: { children: ReactNode }) {
  return <ErrorKitProvider now={now}>{children}</ErrorKitProvider>;
}

function renderBanner(props: RetryBannerProps) {
  return render(<RetryBanner {...props} />, { wrapper: Kit });
}

const banner = (container: HTMLElement) =>
  container.querySelector('[data-ek="retry-banner"]') as HTMLElement | null;

let online = true;

beforeEach(() => {
  clock = FIXED_NOW;
  vi.useFakeTimers({ now: FIXED_NOW });
  online = true;
  vi.spyOn(navigator, 'onLine', 'get').mockImplementation(() => online);
});

afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

function goOffline() {
  act(() => {
    online = false;
    window.dispatchEvent(new Event('offline'));
  });
}

function goOnline() {
  act(() => {
    online = true;
    window.dispatchEvent(new Event('online'));
  });
}

describe('RetryBanner', () => {
  it('counts down a 429 Retry-After, plural-aware, and retries once at zero', () => {
    const onRetry = vi.fn();
    const { container } = renderBanner({
      error: fromFixture('seed-001-429-retry-after-seconds'),
      retry: { onRetry },
    });
    const root = banner(container);
    expect(root).toHaveAttribute('data-kind', 'rate-limited');
    expect(root).toHaveAttribute('data-state', 'counting');
    const timer = screen.getByRole('timer');
    expect(timer).toHaveTextContent('Trying again in 3 seconds');
    expect(timer).not.toHaveAttribute('aria-live');
    expect(screen.getByRole('button', { name: 'Retry now' })).toHaveAttribute('type', 'button');
    expect(screen.getByRole('button', { name: 'Stop' })).toHaveAttribute('type', 'button');

    advance(1000);
    expect(timer).toHaveTextContent('Trying again in 2 seconds');
    advance(1000);
    expect(timer).toHaveTextContent('Trying again in 1 second');
    expect(onRetry).not.toHaveBeenCalled();
    advance(1000);
    expect(onRetry).toHaveBeenCalledTimes(1);
    expect(root).toHaveAttribute('data-state', 'idle');
    expect(screen.queryByRole('timer')).toBeNull();
    advance(5000);
    expect(onRetry).toHaveBeenCalledTimes(1);
    // The app has not given a new error: the user can still retry by hand.
    fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(onRetry).toHaveBeenCalledTimes(2);
  });

  it('shows the title and message, and announces them once per new error', () => {
    const error = fromFixture('seed-001-429-retry-after-seconds');
    const { rerender } = render(
      <ErrorKitProvider now={now}>
        <RetryBanner error={error} retry={{ onRetry: () => {} }} />
      </ErrorKitProvider>,
    );
    expect(screen.getByText('Too many requests')).toBeInTheDocument();
    const region = document.querySelector('[data-ek-live-region]') as HTMLElement;
    advance(1000);
    const announced = region.textContent;
    expect(announced).toContain('Too many requests');
    region.textContent = '';
    rerender(
      <ErrorKitProvider now={now}>
        <RetryBanner error={error} retry={{ onRetry: () => {} }} />
      </ErrorKitProvider>,
    );
    advance(1000);
    expect(region.textContent).toBe('');
    rerender(
      <ErrorKitProvider now={now}>
        <RetryBanner
          error={fromFixture('seed-002-503-maintenance')}
          retry={{ onRetry: () => {} }}
        />
      </ErrorKitProvider>,
    );
    advance(1000);
    expect(region.textContent).not.toBe('');
  });

  it('"Retry now" retries at once and ends the countdown', () => {
    const onRetry = vi.fn();
    renderBanner({ error: fromFixture('seed-001-429-retry-after-seconds'), retry: { onRetry } });
    fireEvent.click(screen.getByRole('button', { name: 'Retry now' }));
    expect(onRetry).toHaveBeenCalledTimes(1);
    advance(5000);
    expect(onRetry).toHaveBeenCalledTimes(1);
  });

  it('is right after the tab sleeps: the first tick after 10 minutes retries at once', () => {
    const onRetry = vi.fn();
    const error = new HttpError({ status: 503, headers: { 'retry-after': '30' }, method: 'GET' });
    renderBanner({ error, retry: { onRetry } });
    expect(screen.getByRole('timer')).toHaveTextContent('Trying again in 30 seconds');
    // The clock jumps 10 minutes; no timer ran meanwhile.
    clock += 600_000;
    expect(onRetry).not.toHaveBeenCalled();
    advance(1000);
    expect(onRetry).toHaveBeenCalledTimes(1);
  });

  it('pauses while offline, keeps the deadline, and resumes online', () => {
    const onRetry = vi.fn();
    const { container } = renderBanner({
      error: new HttpError({ status: 503, headers: { 'retry-after': '5' }, method: 'GET' }),
      retry: { onRetry },
    });
    advance(1000);
    expect(screen.getByRole('timer')).toHaveTextContent('Trying again in 4 seconds');
    goOffline();
    expect(banner(container)).toHaveAttribute('data-state', 'paused');
    expect(screen.queryByRole('timer')).toBeNull();
    expect(screen.getByText(/Paused while you are offline/)).toBeInTheDocument();
    advance(1000);
    goOnline();
    expect(banner(container)).toHaveAttribute('data-state', 'counting');
    expect(screen.getByRole('timer')).toHaveTextContent('Trying again in 3 seconds');

    // The deadline passes while offline: the retry goes out as soon as the browser is back.
    goOffline();
    advance(10_000);
    expect(onRetry).not.toHaveBeenCalled();
    goOnline();
    expect(onRetry).toHaveBeenCalledTimes(1);
  });

  it('starts paused when the page is already offline', () => {
    online = false;
    const { container } = renderBanner({
      error: fromFixture('seed-001-429-retry-after-seconds'),
      retry: { onRetry: () => {} },
    });
    expect(banner(container)).toHaveAttribute('data-state', 'paused');
  });

  it('never retries a POST answered 502 on its own: not-allowed, "Try again"', () => {
    const onRetry = vi.fn();
    const { container } = renderBanner({
      error: new HttpError({ status: 502, method: 'POST' }),
      retry: { onRetry },
    });
    expect(banner(container)).toHaveAttribute('data-state', 'not-allowed');
    expect(screen.queryByRole('timer')).toBeNull();
    expect(screen.queryByRole('button', { name: 'Retry now' })).toBeNull();
    expect(screen.getByText(/nothing is sent twice/)).toBeInTheDocument();
    advance(60_000);
    expect(onRetry).not.toHaveBeenCalled();
    fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(onRetry).toHaveBeenCalledTimes(1);
  });

  it('a POST with an Idempotency-Key counts down', () => {
    const { container } = renderBanner({
      error: new HttpError({ status: 502, method: 'POST', idempotencyKey: 'k-1' }),
      retry: { onRetry: () => {} },
    });
    expect(banner(container)).toHaveAttribute('data-state', 'counting');
  });

  it('offers "Try again" once retries are exhausted (prop or attempt beyond maxRetries)', () => {
    const onRetry = vi.fn();
    const error = fromFixture('seed-002-502-bad-gateway');
    const { container, rerender } = renderBanner({ error, retry: { onRetry }, exhausted: true });
    expect(banner(container)).toHaveAttribute('data-state', 'exhausted');
    expect(screen.getByText('We tried several times without success.')).toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(onRetry).toHaveBeenCalledTimes(1);

    rerender(<RetryBanner error={error} retry={{ onRetry, attempt: 4, maxRetries: 3 }} />);
    expect(banner(container)).toHaveAttribute('data-state', 'exhausted');
    rerender(<RetryBanner error={error} retry={{ onRetry, attempt: 2, maxRetries: 3 }} />);
    expect(banner(container)).toHaveAttribute('data-state', 'counting');
    expect(screen.getByText('Attempt 2 of 3')).toBeInTheDocument();
    // No server hint: the backoff's ceiling for the second attempt, 2 s.
    expect(screen.getByRole('timer')).toHaveTextContent('Trying again in 2 seconds');
  });

  it('counts to an app-given schedule (retryAt)', () => {
    const onRetry = vi.fn();
    renderBanner({
      error: fromFixture('seed-000-500-internal'),
      retry: { onRetry, retryAt: FIXED_NOW + 4500, attempt: 1, maxRetries: 5 },
    });
    expect(screen.getByRole('timer')).toHaveTextContent('Trying again in 5 seconds');
    expect(screen.getByText('Attempt 1 of 5')).toBeInTheDocument();
    advance(4000);
    expect(onRetry).not.toHaveBeenCalled();
    advance(1000);
    expect(onRetry).toHaveBeenCalledTimes(1);
  });

  it('"Stop" stops the countdown and offers "Try again"', () => {
    const onRetry = vi.fn();
    const onStop = vi.fn();
    const { container } = renderBanner({
      error: fromFixture('seed-001-429-retry-after-seconds'),
      retry: { onRetry, onStop },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Stop' }));
    expect(onStop).toHaveBeenCalledTimes(1);
    expect(banner(container)).toHaveAttribute('data-state', 'stopped');
    expect(screen.queryByRole('timer')).toBeNull();
    expect(screen.getByText('Automatic retries are stopped.')).toBeInTheDocument();
    advance(10_000);
    expect(onRetry).not.toHaveBeenCalled();
    fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(onRetry).toHaveBeenCalledTimes(1);
  });

  it('a new error starts a new countdown after "Stop"', () => {
    const { container, rerender } = renderBanner({
      error: fromFixture('seed-001-429-retry-after-seconds'),
      retry: { onRetry: () => {} },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Stop' }));
    rerender(
      <RetryBanner error={fromFixture('seed-002-503-maintenance')} retry={{ onRetry: () => {} }} />,
    );
    expect(banner(container)).toHaveAttribute('data-state', 'counting');
    expect(screen.getByRole('timer')).toHaveTextContent('Trying again in 30 seconds');
  });

  it('says it will retry by itself while counting, and the wait-only copy once stopped', () => {
    const { container } = renderBanner({
      error: new HttpError({ status: 503, method: 'GET', headers: { 'retry-after': '20' } }),
      retry: { onRetry: () => {} },
    });
    const message = container.querySelector('.ek-retry-banner__message');
    expect(message).toHaveTextContent('We will try again automatically.');
    expect(banner(container)).not.toHaveTextContent('Try again in a few minutes');
    fireEvent.click(screen.getByRole('button', { name: 'Stop' }));
    expect(message).toHaveTextContent('Try again in a few minutes.');
    expect(banner(container)).not.toHaveTextContent('automatically');
  });

  it("keeps the server's own message while counting", () => {
    const { container } = renderBanner({
      error: {
        ...classifyError(
          new HttpError({ status: 503, method: 'GET', headers: { 'retry-after': '20' } }),
        ),
        message: 'Down for maintenance until noon.',
        defaults: { title: true },
      },
      retry: { onRetry: () => {} },
    });
    expect(container.querySelector('.ek-retry-banner__message')).toHaveTextContent(
      'Down for maintenance until noon.',
    );
  });

  it('counts a wait over 90 seconds in minutes, then in seconds', () => {
    const { container } = renderBanner({
      error: fromFixture('seed-001-429-retry-after-seconds'),
      retry: { onRetry: () => {}, retryAt: FIXED_NOW + 600_000 },
    });
    const timer = screen.getByRole('timer');
    expect(timer).toHaveTextContent('Trying again in 10 minutes');
    expect(banner(container)).not.toHaveTextContent('600');
    advance(600_000 - 91_000);
    expect(timer).toHaveTextContent('Trying again in 2 minutes');
    advance(1000);
    expect(timer).toHaveTextContent('Trying again in 90 seconds');
  });

  it('shows the request reference for a 500 with x-request-id', () => {
    renderBanner({ error: fromFixture('seed-002-500-server-error'), retry: { onRetry: () => {} } });
    expect(
      screen.getByText(sentence('Reference: 7f3c2a9e-4b1d-4c8e-9a6f-2d5e8b1c0a73')),
    ).toBeInTheDocument();
  });

  it('without onRetry: message and reference only, no countdown, no buttons', () => {
    const { container } = renderBanner({ error: fromFixture('seed-002-500-server-error') });
    expect(banner(container)).toHaveAttribute('data-state', 'idle');
    expect(screen.queryByRole('timer')).toBeNull();
    expect(screen.queryByRole('button')).toBeNull();
    expect(screen.getByText(sentence(/^Reference: /))).toBeInTheDocument();
  });

  it('never shows an HTML proxy page', () => {
    const { container } = renderBanner({
      error: fromFixture('nginx-502-html'),
      retry: { onRetry: () => {} },
    });
    expect(banner(container)).toHaveAttribute('data-kind', 'unavailable');
    expect(container.innerHTML).not.toMatch(/&lt;html|<html|nginx/i);
  });

  it.each([
    ['422', new HttpError({ status: 422, body: { errors: { email: ['Enter an email'] } } })],
    ['401', new HttpError({ status: 401 })],
    ['403', new HttpError({ status: 403 })],
    ['null', null],
  ])('renders nothing for %s', (_, error) => {
    const { container } = renderBanner({ error, retry: { onRetry: () => {} } });
    expect(banner(container)).toBeNull();
    expect(container.querySelector('[data-ek="retry-banner"], button, [role="timer"]')).toBeNull();
  });

  it('takes class names per part, a style, and elements to render the actions as', () => {
    const onRetry = vi.fn();
    const own = vi.fn();
    const { container } = renderBanner({
      error: new HttpError({ status: 500, method: 'GET' }),
      retry: { onRetry },
      className: 'mine',
      style: { marginTop: 4 },
      classNames: { root: 'r', title: 't', countdown: 'c', actions: 'a', retryNow: 'rn' },
      actions: { retryNow: <button type="button" className="fancy" onClick={own} /> },
    });
    const root = banner(container);
    expect(root).toHaveClass('ek-retry-banner', 'r', 'mine');
    expect(root?.getAttribute('style')).toContain('margin-top');
    expect(screen.getByRole('timer')).toHaveClass('ek-retry-banner__countdown', 'c');
    const retryNow = screen.getByRole('button', { name: 'Retry now' });
    expect(retryNow).toHaveClass('fancy', 'ek-retry-banner__action', 'rn');
    fireEvent.click(retryNow);
    expect(own).toHaveBeenCalledTimes(1);
    expect(onRetry).toHaveBeenCalledTimes(1);
  });
});

const renders = { app: 0, sibling: 0, consumer: 0, root: 0, countdown: 0, profiled: 0 };

function Sibling() {
  renders.sibling += 1;
  return <p>Sibling</p>;
}

function Consumer() {
  useErrorKit();
  renders.consumer += 1;
  return <p>Consumer</p>;
}

// Only the banner root reads `classNames`; only the countdown part reads the plural text.
const countedClassNames = {
  get root() {
    renders.root += 1;
    return 'counted';
  },
};
const countedRetryingIn = {
  get other() {
    renders.countdown += 1;
    return 'Trying again in {count} seconds';
  },
};
const isolationError = new HttpError({
  status: 503,
  headers: { 'retry-after': '60' },
  method: 'GET',
});
const noop = () => {};
const countProfiled = () => {
  renders.profiled += 1;
};

function IsolationApp() {
  renders.app += 1;
  return (
    <ErrorKitProvider now={now}>
      <Sibling />
      <Consumer />
      <Profiler id="banner" onRender={countProfiled}>
        <RetryBanner
          error={isolationError}
          retry={{ onRetry: noop }}
          classNames={countedClassNames}
          messages={{ retryingIn: countedRetryingIn }}
        />
      </Profiler>
    </ErrorKitProvider>
  );
}

describe('RetryBanner render isolation', () => {
  it('a tick re-renders only the countdown, never the banner root, its parent, siblings or consumers', () => {
    render(<IsolationApp />);
    advance(1000); // mount-time effects settle (the announcement)
    const before = { ...renders };
    const timer = screen.getByRole('timer');
    const texts: string[] = [];
    for (let tick = 0; tick < 10; tick += 1) {
      advance(1000);
      texts.push(timer.textContent ?? '');
    }
    expect(texts[0]).toBe('Trying again in 58 seconds');
    expect(texts[9]).toBe('Trying again in 49 seconds');
    const extra = Object.fromEntries(
      Object.entries(renders).map(([key, value]) => [
        key,
        value - before[key as keyof typeof before],
      ]),
    );
    // Figures for the report.
    console.info('render isolation over 10 ticks:', JSON.stringify(extra));
    expect(extra).toEqual({
      app: 0,
      sibling: 0,
      consumer: 0,
      root: 0,
      countdown: 10,
      profiled: 10,
    });
  });
});
