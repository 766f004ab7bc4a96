import type { Meta, StoryObj } from '@storybook/react-vite';
import type { ComponentProps } from 'react';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import { ReauthPrompt } from '../src/react';
import { type FixtureStoryArgs, fixtureArgTypes, fixtureError } from './support/FixtureFrame';
import { messagesFor } from './support/messages';

type StoryArgs = ComponentProps<typeof ReauthPrompt> & FixtureStoryArgs;

/** Scripted flows run as tests and stay off the docs page, which shows resting states. */
const FLOW = ['!autodocs'];

const meta = {
  title: 'Components/ReauthPrompt',
  tags: ['autodocs'],
  component: ReauthPrompt,
  // `error` is built from the `fixture` control (a shared 401 fixture).
  render: ({ fixture, bodyMessage, error: _, ...props }) => (
    <ReauthPrompt error={fixtureError(fixture, bodyMessage)} {...props} />
  ),
  parameters: {
    docs: {
      description: {
        component:
          '`ReauthPrompt` renders for `unauthenticated` errors only. "Sign in again" calls `reauthenticate()` in place (pending, failure and retry), or links to a same-origin `loginUrl`. It never navigates on its own, so nothing typed is lost.',
      },
    },
  },
  argTypes: fixtureArgTypes,
  args: {
    error: undefined,
    fixture: 'seed-004-401-missing-token',
    onReauthenticated: fn(),
  },
} satisfies Meta<StoryArgs>;

export default meta;

type Story = StoryObj<typeof meta>;

const prompt = (canvasElement: HTMLElement) =>
  canvasElement.querySelector('[data-ek="reauth-prompt"]') as HTMLElement;

/** The documented seed 004 401: a "Sign in again" button, ready. */
export const Idle: Story = {
  name: '401 idle',
  args: { reauthenticate: fn(async () => {}) },
  play: async ({ canvasElement, globals }) => {
    const m = messagesFor(globals);
    const canvas = within(canvasElement);
    await expect(
      canvas.getByRole('heading', { name: m.kinds.unauthenticated.title }),
    ).toBeVisible();
    await expect(canvas.getByText('Token could not be located.')).toBeVisible();
    const button = canvas.getByRole('button', { name: m.signInAgain });
    await expect(button).toBeVisible();
    await expect(button).not.toHaveAttribute('aria-disabled');
  },
};

/** "Sign in again" calls `reauthenticate()` once, then `onReauthenticated`. */
export const SignInFlow: Story = {
  name: 'Sign in flow',
  tags: FLOW,
  args: { reauthenticate: fn(async () => {}) },
  play: async ({ canvasElement, args, globals }) => {
    const m = messagesFor(globals);
    await userEvent.click(within(canvasElement).getByRole('button', { name: m.signInAgain }));
    await expect(args.reauthenticate).toHaveBeenCalledTimes(1);
    await waitFor(() => expect(args.onReauthenticated).toHaveBeenCalledTimes(1));
  },
};

/** While a sign-in runs (controlled `state="pending"`): "Signing in…", still focusable. */
export const Pending: Story = {
  args: { state: 'pending', reauthenticate: fn(() => new Promise<never>(() => {})) },
  play: async ({ canvasElement, globals }) => {
    const m = messagesFor(globals);
    const button = within(canvasElement).getByRole('button', { name: m.signingIn });
    await expect(button).toHaveAttribute('aria-disabled', 'true');
  },
};

/** A click while `reauthenticate()` runs (here it never ends) is ignored: one call, focus kept. */
export const PendingFlow: Story = {
  name: 'Pending flow',
  tags: FLOW,
  args: { reauthenticate: fn(() => new Promise<never>(() => {})) },
  play: async ({ canvasElement, args, globals }) => {
    const m = messagesFor(globals);
    const button = within(canvasElement).getByRole('button', { name: m.signInAgain });
    await userEvent.click(button);
    await expect(button).toHaveTextContent(m.signingIn);
    await expect(button).toHaveAttribute('aria-disabled', 'true');
    await expect(button).toHaveFocus();
    await userEvent.click(button);
    await expect(args.reauthenticate).toHaveBeenCalledTimes(1);
    await expect(args.onReauthenticated).not.toHaveBeenCalled();
  },
};

/** A sign-in that failed (controlled `state="failed"`): the failure is said; the button retries. */
export const Failed: Story = {
  args: { state: 'failed', reauthenticate: fn(async () => {}) },
  play: async ({ canvasElement, globals }) => {
    const m = messagesFor(globals);
    const canvas = within(canvasElement);
    await expect(canvas.getByText(m.signInFailed)).toBeVisible();
    await expect(canvas.getByRole('button', { name: m.signInAgain })).not.toHaveAttribute(
      'aria-disabled',
    );
  },
};

/** `reauthenticate()` rejects: the failure is said (and announced); the button tries again. */
export const FailedFlow: Story = {
  name: 'Sign in fails flow',
  tags: FLOW,
  args: { reauthenticate: fn(() => Promise.reject(new Error('The sign-in window was closed'))) },
  play: async ({ canvasElement, args, globals }) => {
    const m = messagesFor(globals);
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: m.signInAgain }));
    await expect(await canvas.findByText(m.signInFailed)).toBeVisible();
    const button = canvas.getByRole('button', { name: m.signInAgain });
    await expect(button).not.toHaveAttribute('aria-disabled');
    await expect(args.onReauthenticated).not.toHaveBeenCalled();
  },
};

/** No `reauthenticate`: a link to the app's own sign-in page. */
export const LoginLink: Story = {
  name: 'loginUrl link',
  args: { loginUrl: '/login?next=%2Finvoices%2F42' },
  play: async ({ canvasElement, globals }) => {
    const canvas = within(canvasElement);
    const link = canvas.getByRole('link', { name: messagesFor(globals).signInAgain });
    await expect(link).toHaveAttribute('href', '/login?next=%2Finvoices%2F42');
    await expect(canvas.queryByRole('button')).not.toBeInTheDocument();
  },
};

/** A `javascript:` loginUrl is refused: no link (and a console warning in development). */
export const RefusedLoginUrl: Story = {
  name: 'Refused javascript: loginUrl',
  args: { loginUrl: 'javascript:alert(document.cookie)' },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByText('Token could not be located.')).toBeVisible();
    await expect(canvas.queryByRole('link')).not.toBeInTheDocument();
    await expect(canvas.queryByRole('button')).not.toBeInTheDocument();
    await expect(canvasElement.querySelector('a')).toBeNull();
  },
};

/** The Arabic catalog, right to left (the toolbar's locale, pinned). */
export const RightToLeft: Story = {
  name: 'RTL',
  globals: { locale: 'ar' },
  args: { reauthenticate: fn(async () => {}) },
  play: async ({ canvasElement, globals }) => {
    const m = messagesFor(globals);
    await expect(getComputedStyle(prompt(canvasElement)).direction).toBe('rtl');
    await expect(within(canvasElement).getByRole('button', { name: m.signInAgain })).toBeVisible();
  },
};

const LONG_MESSAGE =
  'Your session token for the accounts payable workspace could not be located. This happens when you have been signed out on another device, when your organisation changed its sign-in rules, or when your browser cleared its storage. Sign in again and your draft invoice, its line items and the attachments you added will still be here.';

/** A long payload message wraps inside the prompt. */
export const LongMessage: Story = {
  name: 'Long message',
  args: { bodyMessage: LONG_MESSAGE, reauthenticate: fn(async () => {}) },
  play: async ({ canvasElement, globals }) => {
    const canvas = within(canvasElement);
    const message = canvas.getByText(LONG_MESSAGE);
    await expect(message).toBeVisible();
    await expect(message.scrollWidth).toBeLessThanOrEqual(message.clientWidth + 1);
    await expect(
      canvas.getByRole('button', { name: messagesFor(globals).signInAgain }),
    ).toBeVisible();
  },
};
