import type { Meta, StoryObj } from '@storybook/react-vite';
import type { ComponentProps } from 'react';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import { HttpError } from '../src/core';
import { type ErrorKitMessages, RetryBanner, type StandaloneRetry } from '../src/react';
import { responseFixture } from '../test/fixtures';
import { ownIframe } from './support/docs';
import { STORY_CONTROLS } from './support/FixtureFrame';
import {
  attemptText,
  countdownSeconds,
  messagesFor,
  referenceText,
  visibleText,
} from './support/messages';

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

// One error object per name, so re-renders (e.g. a control change) keep the same error.
const built = new Map<ErrorName, unknown>();
const errorFor = (name: ErrorName) => {
  if (!built.has(name)) built.set(name, errors[name]());
  return built.get(name);
};

/** The banner's props, with its own schedule (`retry`) spread out as controls. */
type StoryArgs = Omit<ComponentProps<typeof RetryBanner>, 'retry'> &
  Pick<StandaloneRetry, 'onRetry' | 'onStop' | 'attempt' | 'maxRetries' | 'retryNonIdempotent'> & {
    /** Which error the banner shows (a story control; the banner itself takes `error`). */
    errorName: ErrorName;
  };

const meta = {
  title: 'Components/RetryBanner',
  tags: ['autodocs'],
  component: RetryBanner,
  // `error` comes from the `errorName` control: an error object is not a serialisable arg.
  render: ({
    errorName,
    error: _,
    onRetry,
    onStop,
    attempt,
    maxRetries,
    retryNonIdempotent,
    ...props
  }) => (
    <RetryBanner
      error={errorFor(errorName)}
      retry={{ onRetry, onStop, attempt, maxRetries, retryNonIdempotent }}
      {...props}
    />
  ),
  parameters: {
    docs: {
      description: {
        component:
          'A retryable error (rate-limited, unavailable, server, timeout, network) with a live countdown to the next attempt. Root attributes: `data-ek="retry-banner"`, `data-kind`, and `data-state`: `counting | paused | stopped | exhausted | not-allowed | idle`.',
      },
    },
  },
  argTypes: {
    errorName: {
      control: 'select',
      options: Object.keys(errors),
      table: { category: STORY_CONTROLS },
    },
    error: { control: false },
  },
  args: {
    error: undefined,
    errorName: 'rate-limited 429 (Retry-After: 30)',
    onRetry: fn(),
    onStop: fn(),
  },
} satisfies Meta<StoryArgs>;

export default meta;

type Story = StoryObj<typeof meta>;

const root = (canvasElement: HTMLElement) =>
  canvasElement.querySelector('[data-ek="retry-banner"]') as HTMLElement;

/** Scripted flows run as tests and stay off the docs page, which shows resting states. */
const FLOW = ['!autodocs'];

/** The banner counts down: a timer whose text is one of the catalog's countdown forms. */
async function expectCounting(canvasElement: HTMLElement, messages: ErrorKitMessages) {
  await expect(root(canvasElement)).toHaveAttribute('data-state', 'counting');
  const timer = within(canvasElement).getByRole('timer');
  await expect(timer).toBeVisible();
  await expect(countdownSeconds(messages, timer.textContent ?? '')).toBeGreaterThan(0);
}

/** 429 with `Retry-After: 30`: counting down to the next attempt, left as it is. */
export const Counting: Story = {
  play: async ({ canvasElement, globals }) => {
    const m = messagesFor(globals);
    const canvas = within(canvasElement);
    await expect(canvas.getByText(m.kinds['rate-limited'].title)).toBeVisible();
    await expectCounting(canvasElement, m);
    await expect(canvas.getByRole('button', { name: m.retryNow })).toBeVisible();
  },
};

/** "Retry now" sends the request at once; "Try again" is offered while it runs. */
export const RetryNowFlow: Story = {
  name: 'Retry now flow',
  tags: FLOW,
  play: async ({ canvasElement, args, globals }) => {
    const m = messagesFor(globals);
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: m.retryNow }));
    await expect(args.onRetry).toHaveBeenCalledTimes(1);
    await expect(canvas.getByRole('button', { name: m.tryAgain })).toBeVisible();
  },
};

/** The schedule of an app's retries: attempt 2 of 3. */
export const WithAttempts: Story = {
  name: 'Counting, attempt 2 of 3',
  args: { errorName: '503 maintenance (Retry-After: 30)', attempt: 2, maxRetries: 3 },
  play: async ({ canvasElement, globals }) => {
    const m = messagesFor(globals);
    await expect(within(canvasElement).getByText(attemptText(m, 2, 3))).toBeVisible();
    await expectCounting(canvasElement, m);
  },
};

let online = true;

/** Offline: the countdown holds and says so; it carries on when the browser is back online. */
export const PausedOffline: Story = {
  name: 'Paused offline',
  // It changes `navigator.onLine`, so on a docs page it gets a document of its own.
  parameters: { docs: { story: ownIframe } },
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
  play: async ({ canvasElement, globals }) => {
    const m = messagesFor(globals);
    const canvas = within(canvasElement);
    await expect(root(canvasElement)).toHaveAttribute('data-state', 'paused');
    await expect(canvas.getByText(m.paused)).toBeVisible();
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
  play: async ({ canvasElement, globals }) => {
    const m = messagesFor(globals);
    const canvas = within(canvasElement);
    await expect(root(canvasElement)).toHaveAttribute('data-state', 'exhausted');
    await expect(canvas.getByText(m.exhausted)).toBeVisible();
    await expect(canvas.getByRole('button', { name: m.tryAgain })).toBeVisible();
  },
};

/** "Try again" on an exhausted banner calls `onRetry`. */
export const TryAgainFlow: Story = {
  name: 'Try again flow',
  tags: FLOW,
  args: Exhausted.args,
  play: async ({ canvasElement, args, globals }) => {
    const m = messagesFor(globals);
    await userEvent.click(within(canvasElement).getByRole('button', { name: m.tryAgain }));
    await expect(args.onRetry).toHaveBeenCalledTimes(1);
  },
};

/** A POST answered 502 is never sent again on its own, so nothing is sent twice. */
export const NotAllowed: Story = {
  name: 'Not allowed (POST 502)',
  args: { errorName: 'POST answered 502' },
  play: async ({ canvasElement, globals }) => {
    const m = messagesFor(globals);
    const canvas = within(canvasElement);
    await expect(root(canvasElement)).toHaveAttribute('data-state', 'not-allowed');
    await expect(canvas.queryByRole('timer')).toBeNull();
    await expect(canvas.getByText(m.notRetried)).toBeVisible();
    await expect(canvas.getByRole('button', { name: m.tryAgain })).toBeVisible();
  },
};

/** "Stop" ends the countdown; "Try again" is offered and nothing is sent. */
export const StopFlow: Story = {
  name: 'Stop flow',
  tags: FLOW,
  play: async ({ canvasElement, args, globals }) => {
    const m = messagesFor(globals);
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: m.stop }));
    await expect(args.onStop).toHaveBeenCalledTimes(1);
    await expect(root(canvasElement)).toHaveAttribute('data-state', 'stopped');
    await expect(canvas.getByText(m.stopped)).toBeVisible();
    await expect(canvas.getByRole('button', { name: m.tryAgain })).toBeVisible();
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
  args: { errorName: '500 with x-request-id', retryNonIdempotent: true },
  play: async ({ canvasElement, globals }) => {
    const reference = referenceText(messagesFor(globals), '7f3c2a9e-4b1d-4c8e-9a6f-2d5e8b1c0a73');
    await expect(visibleText(root(canvasElement))).toContain(reference);
  },
};

/** A long server message wraps; the buttons stay reachable. */
export const LongMessage: Story = {
  name: 'Long message',
  args: { errorName: 'long message (429)' },
  play: async ({ canvasElement, globals }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByText(LONG_MESSAGE)).toBeVisible();
    await expect(canvas.getByRole('button', { name: messagesFor(globals).retryNow })).toBeVisible();
  },
};

/** Arabic, right to left, with Arabic plural forms (the toolbar's locale, pinned). */
export const RightToLeft: Story = {
  name: 'Right to left (Arabic)',
  globals: { locale: 'ar' },
  play: async ({ canvasElement, globals }) => {
    const m = messagesFor(globals);
    await expect(getComputedStyle(root(canvasElement)).direction).toBe('rtl');
    await expect(within(canvasElement).getByRole('button', { name: m.retryNow })).toBeVisible();
    await expectCounting(canvasElement, m);
  },
};

/** The dark theme (the toolbar's theme, pinned). */
export const Dark: Story = {
  globals: { theme: 'dark' },
  play: async ({ canvasElement, globals }) => {
    await expect(root(canvasElement).closest('[data-ek-theme="dark"]')).not.toBeNull();
    await expectCounting(canvasElement, messagesFor(globals));
  },
};
