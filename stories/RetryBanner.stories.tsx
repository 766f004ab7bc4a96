import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import { HttpError } from '../src/core';
import { ErrorKitProvider, RetryBanner, type RetryBannerProps } from '../src/react';
import { ar } from '../src/react/locales/ar';
import { responseFixture } from '../test/fixtures';

/** A shared fixture as the error `fetchJson` would throw. */
const fromFixture = (id: string) => {
  const fixture = responseFixture(id);
  return new HttpError({ ...fixture.response, method: fixture.method });
};

const LONG_MESSAGE =
  'You have sent a great many requests to the reporting service in a short time, so it is holding back new ones for a little while to keep the service fast for everyone who shares it. Your report is safe, and nothing you entered has been lost. The banner will send the request again by itself when the wait is over, or you can send it now.';

/**
 * The errors the stories show, by name. Kept out of `args`: Storybook walks and serialises
 * args, and an error carries a `Headers` object.
 */
const errors = {
  'rate-limited 429 (Retry-After: 30)': () =>
    new HttpError({ status: 429, method: 'GET', headers: { 'retry-after': '30' } }),
  'seed 001 429 (Retry-After: 3)': () => fromFixture('seed-001-429-retry-after-seconds'),
  'POST answered 502': () => new HttpError({ status: 502, method: 'POST' }),
  '503 HTML page (nginx)': () => fromFixture('nginx-502-html'),
  '500 with x-request-id': () => fromFixture('seed-002-500-server-error'),
  '503 maintenance (Retry-After: 30)': () => fromFixture('seed-002-503-maintenance'),
  'long message (429)': () =>
    new HttpError({
      status: 429,
      method: 'GET',
      headers: { 'retry-after': '45' },
      body: { message: LONG_MESSAGE },
    }),
} as const;

type ErrorName = keyof typeof errors;

interface DemoProps extends Omit<RetryBannerProps, 'error'> {
  /** Which error the banner shows. */
  errorName: ErrorName;
}

// One error object per name, so re-renders (e.g. a control change) keep the same error.
const built = new Map<ErrorName, unknown>();
const errorFor = (name: ErrorName) => {
  if (!built.has(name)) built.set(name, errors[name]());
  return built.get(name);
};

/** `RetryBanner` over one of the stories' errors. */
function RetryBannerDemo({ errorName, ...props }: DemoProps) {
  return <RetryBanner error={errorFor(errorName)} {...props} />;
}

const meta = {
  title: 'Components/RetryBanner',
  tags: ['autodocs'],
  component: RetryBannerDemo,
  parameters: {
    docs: {
      description: {
        component:
          'A retryable error (rate-limited, unavailable, server, timeout, network) with a live countdown to the next attempt. Root attributes: `data-ek="retry-banner"`, `data-kind`, and `data-state`: `counting | paused | stopped | exhausted | not-allowed | idle`.',
      },
    },
  },
  argTypes: {
    errorName: { control: 'select', options: Object.keys(errors) },
  },
  args: {
    errorName: 'rate-limited 429 (Retry-After: 30)',
    onRetry: fn(),
    onStop: fn(),
  },
} satisfies Meta<typeof RetryBannerDemo>;

export default meta;

type Story = StoryObj<typeof meta>;

const root = (canvasElement: HTMLElement) =>
  canvasElement.querySelector('[data-ek="retry-banner"]') as HTMLElement;

/** 429 with `Retry-After: 30`: counts down; "Retry now" sends the request at once. */
export const Counting: Story = {
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByText('Too many requests')).toBeVisible();
    await expect(canvas.getByRole('timer')).toHaveTextContent(/^Trying again in \d+ seconds$/);
    await expect(root(canvasElement)).toHaveAttribute('data-state', 'counting');
    await userEvent.click(canvas.getByRole('button', { name: 'Retry now' }));
    await expect(args.onRetry).toHaveBeenCalledTimes(1);
    await expect(canvas.getByRole('button', { name: 'Try again' })).toBeVisible();
  },
};

/** The schedule of an app's retries: attempt 2 of 3, due in 20 s. */
export const WithAttempts: Story = {
  name: 'Counting, attempt 2 of 3',
  args: { errorName: '503 maintenance (Retry-After: 30)', attempt: 2, maxAttempts: 3 },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByText('Attempt 2 of 3')).toBeVisible();
    await expect(canvas.getByRole('timer')).toBeVisible();
  },
};

let online = true;

/** Offline: the countdown holds and says so; it carries on when the browser is back online. */
export const PausedOffline: Story = {
  name: 'Paused offline',
  beforeEach: () => {
    const descriptor = Object.getOwnPropertyDescriptor(Navigator.prototype, 'onLine');
    online = false;
    Object.defineProperty(navigator, 'onLine', { configurable: true, get: () => online });
    window.dispatchEvent(new Event('offline'));
    return () => {
      // Back to the browser's own getter.
      Reflect.deleteProperty(navigator, 'onLine');
      if (descriptor && !('onLine' in navigator)) {
        Object.defineProperty(Navigator.prototype, 'onLine', descriptor);
      }
      window.dispatchEvent(new Event('online'));
    };
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(root(canvasElement)).toHaveAttribute('data-state', 'paused');
    await expect(canvas.getByText(/Paused while you are offline/)).toBeVisible();
    await expect(canvas.queryByRole('timer')).toBeNull();
    online = true;
    window.dispatchEvent(new Event('online'));
    await waitFor(() => expect(root(canvasElement)).toHaveAttribute('data-state', 'counting'));
    await expect(canvas.getByRole('timer')).toBeVisible();
  },
};

/** No retries left: a manual "Try again". */
export const Exhausted: Story = {
  args: { errorName: '503 maintenance (Retry-After: 30)', exhausted: true },
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByText('We tried several times without success.')).toBeVisible();
    await userEvent.click(canvas.getByRole('button', { name: 'Try again' }));
    await expect(args.onRetry).toHaveBeenCalledTimes(1);
  },
};

/** A POST answered 502 is never sent again on its own, so nothing is sent twice. */
export const NotAllowed: Story = {
  name: 'Not allowed (POST 502)',
  args: { errorName: 'POST answered 502' },
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    await expect(root(canvasElement)).toHaveAttribute('data-state', 'not-allowed');
    await expect(canvas.queryByRole('timer')).toBeNull();
    await expect(canvas.getByText(/nothing is sent twice/)).toBeVisible();
    await userEvent.click(canvas.getByRole('button', { name: 'Try again' }));
    await expect(args.onRetry).toHaveBeenCalledTimes(1);
  },
};

/** "Stop" ends the countdown; "Try again" is offered. */
export const Stopped: Story = {
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: 'Stop' }));
    await expect(args.onStop).toHaveBeenCalledTimes(1);
    await expect(root(canvasElement)).toHaveAttribute('data-state', 'stopped');
    await expect(canvas.getByText('Automatic retries are stopped.')).toBeVisible();
    await expect(canvas.getByRole('button', { name: 'Try again' })).toBeVisible();
    await expect(args.onRetry).not.toHaveBeenCalled();
  },
};

/** A proxy's HTML error page: recognised, never shown. */
export const HtmlPage: Story = {
  name: '503 HTML page (no HTML shown)',
  args: { errorName: '503 HTML page (nginx)' },
  play: async ({ canvasElement }) => {
    await expect(root(canvasElement)).toHaveAttribute('data-kind', 'unavailable');
    await expect(canvasElement.textContent ?? '').not.toMatch(/<|nginx|html/i);
  },
};

/** A 500 with `x-request-id`: the reference to quote to support. */
export const ServerErrorWithReference: Story = {
  name: 'Server error with reference',
  args: { errorName: '500 with x-request-id', retryOptions: { retryNonIdempotent: true } },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByText('Reference: 7f3c2a9e-4b1d-4c8e-9a6f-2d5e8b1c0a73')).toBeVisible();
  },
};

/** A long server message wraps; the buttons stay reachable. */
export const LongMessage: Story = {
  name: 'Long message',
  args: { errorName: 'long message (429)' },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByText(LONG_MESSAGE)).toBeVisible();
    await expect(canvas.getByRole('button', { name: 'Retry now' })).toBeVisible();
  },
};

/** Arabic, right to left, with Arabic plural forms. */
export const RightToLeft: Story = {
  name: 'Right to left (Arabic)',
  decorators: [
    (Story) => (
      <div dir="rtl" lang="ar">
        <ErrorKitProvider messages={ar}>
          <Story />
        </ErrorKitProvider>
      </div>
    ),
  ],
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('button', { name: ar.retryNow })).toBeVisible();
    await expect(canvas.getByRole('timer')).toBeVisible();
  },
};

/** The dark theme, from a `data-ek-theme="dark"` wrapper. */
export const Dark: Story = {
  decorators: [
    (Story) => (
      <div data-ek-theme="dark">
        <Story />
      </div>
    ),
  ],
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: 'Retry now' }));
    await expect(args.onRetry).toHaveBeenCalledTimes(1);
  },
};
