// The app re-renders every 100 ms with inline provider props (as everybody writes them) while the
// user types in a field below an ErrorSummary and a RetryBanner counts down.
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useEffect, useState } from 'react';
import { afterEach, expect, it, vi } from 'vitest';
import { builtInDialects, HttpError } from '../../src/core';
import { ErrorKitProvider, ErrorSummary, FieldError, RetryBanner } from '../../src/react';
import '../../src/styles/index.css';

afterEach(() => cleanup());

const validation = new HttpError({
  status: 422,
  method: 'POST',
  body: { message: 'The given data was invalid.', errors: { email: ['Enter an email.'] } },
});
const rateLimited = new HttpError({
  status: 429,
  method: 'GET',
  headers: { 'retry-after': '30' },
  body: { message: 'Too many requests.' },
});

let renders = 0;

function App({ onError }: { onError: (error: unknown) => void }) {
  const [tick, setTick] = useState(0);
  useEffect(() => {
    const timer = setInterval(() => setTick((n) => n + 1), 100);
    return () => clearInterval(timer);
  }, []);
  renders += 1;
  return (
    <ErrorKitProvider
      classify={{
        codes: { E_LIMIT: 'rate-limited' },
        dialects: [() => undefined, ...builtInDialects],
      }}
      overrides={{ summaryTitle: 'Fix these answers', kinds: { validation: { title: 'Check' } } }}
      now={() => Date.now()}
      reauthenticate={async () => {}}
      onError={(error) => onError(error)}
    >
      <p data-tick={tick}>Render {tick}</p>
      <RetryBanner error={rateLimited} retry={{ onRetry: () => {} }} />
      <ErrorSummary error={validation} fields={['email', 'name']} />
      <label htmlFor="name">Name</label>
      <input id="name" name="name" />
      <label htmlFor="email">Email</label>
      <FieldError error={validation} name="email" />
      <input id="email" name="email" />
    </ErrorKitProvider>
  );
}

it('keeps focus, every typed character and the countdown while the app re-renders', async () => {
  const onError = vi.fn();
  const user = userEvent.setup({ delay: 60 });
  render(<App onError={onError} />);
  const summary = document.querySelector('[data-ek="error-summary"]');
  expect(document.activeElement).toBe(summary);
  expect(screen.getByRole('heading', { name: 'Fix these answers' })).toBeInTheDocument();

  const seconds: number[] = [];
  const sample = setInterval(() => {
    const timer = document.querySelector('[role="timer"]');
    seconds.push(Number(timer?.getAttribute('data-seconds')));
  }, 50);
  const input = screen.getByLabelText('Name') as HTMLInputElement;
  const rendersBefore = renders;
  await user.click(input);
  const text = 'Ada Lovelace, Countess of Lovelace';
  await user.type(input, text);
  clearInterval(sample);

  // Dozens of app renders happened while typing (60 ms a key, a render every 100 ms).
  expect(renders - rendersBefore).toBeGreaterThan(15);
  expect(document.activeElement).toBe(input);
  expect(input.value).toBe(text);
  // The countdown went down from the server's 30 s and never jumped back.
  expect(seconds[0]).toBeLessThanOrEqual(30);
  expect(seconds.at(-1)).toBeLessThan(seconds[0] ?? 0);
  for (let index = 1; index < seconds.length; index += 1) {
    expect(seconds[index]).toBeLessThanOrEqual(seconds[index - 1] ?? Number.POSITIVE_INFINITY);
  }
  // One report per failure, not per render.
  expect(onError).toHaveBeenCalledTimes(2);
});
