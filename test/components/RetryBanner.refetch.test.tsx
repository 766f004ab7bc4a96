import { act, fireEvent, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { HttpError, serializeError } from '../../src';
import { ErrorDisplay, ErrorKitProvider } from '../../src/react';
import { FIXED_NOW } from '../fixtures';

let clock = FIXED_NOW;
const now = () => clock;

function advance(ms: number) {
  act(() => {
    clock += ms;
    vi.advanceTimersByTime(ms);
  });
}

/** A failure as a page that refetches gets it: a new error object every time. */
const unavailable = (requestId: string) =>
  new HttpError({
    status: 503,
    headers: { 'Retry-After': '2', 'X-Request-Id': requestId },
    body: 'Service Unavailable',
  });

/**
 * A page whose `onRetry` fetches again, as `router.refresh()` or a route's revalidation does: the
 * server answers with `answers` in turn, each a new error object (or `null` for success).
 */
function Page({ answers, carry }: { answers: Array<unknown>; carry?: boolean }) {
  const [sent, setSent] = useState(0);
  const answer = answers[Math.min(sent, answers.length - 1)];
  const error = carry && answer ? JSON.parse(JSON.stringify(serializeError(answer))) : answer;
  return (
    <ErrorKitProvider now={now}>
      <output data-testid="requests">{sent + 1}</output>
      {error ? (
        <ErrorDisplay error={error} retry={{ onRetry: () => setSent((n) => n + 1) }} />
      ) : (
        <p>Invoices</p>
      )}
    </ErrorKitProvider>
  );
}

const requests = () => Number(screen.getByTestId('requests').textContent);

beforeEach(() => {
  clock = FIXED_NOW;
  vi.useFakeTimers({ now: FIXED_NOW });
});
afterEach(() => vi.useRealTimers());

describe('a standalone banner whose retry fetches again', () => {
  it.each([false, true])(
    'counts new error objects of the same failure as attempts and stops after maxRetries (serialised: %s)',
    (carry) => {
      const answers = Array.from({ length: 20 }, (_, i) => unavailable(`req-${i}`));
      render(<Page answers={answers} carry={carry} />);
      // Each wait is the server's 2 seconds, then the next request.
      for (let retry = 1; retry <= 3; retry++) {
        advance(1900);
        expect(requests()).toBe(retry);
        advance(100);
        expect(requests()).toBe(retry + 1);
      }
      // Three retries made: nothing more is sent, however long the page stays open.
      advance(60_000);
      expect(requests()).toBe(4);
      const tryAgain = screen.getByRole('button', { name: 'Try again' });
      // "Try again" is the user's: one request per press.
      fireEvent.click(tryAgain);
      expect(requests()).toBe(5);
      advance(60_000);
      expect(requests()).toBe(5);
    },
  );

  it('starts over for a different failure, and stops showing on success', () => {
    const rateLimited = new HttpError({ status: 429, headers: { 'Retry-After': '1' } });
    render(<Page answers={[unavailable('a'), unavailable('b'), rateLimited, null]} />);
    advance(2000);
    expect(requests()).toBe(2);
    advance(2000);
    expect(requests()).toBe(3);
    // The 429 is a new failure: its own wait, attempt one.
    expect(screen.queryByText(/Attempt/)).toBeNull();
    advance(1000);
    expect(requests()).toBe(4);
    expect(screen.getByText('Invoices')).toBeInTheDocument();
  });
});
