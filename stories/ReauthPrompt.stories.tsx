import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import { en, ReauthPrompt, type ReauthPromptProps } from '../src/react';
import { ar } from '../src/react/locales/ar';
import { type FixtureStoryProps, LocaleFrame, useFixtureError } from './support/FixtureFrame';

const SEED_004_401 = 'seed-004-401-missing-token';

type ReauthPromptStoryProps = Omit<ReauthPromptProps, 'error'> & FixtureStoryProps;

/** A 401 from the shared fixtures, with a form the user has typed into around the prompt. */
function ReauthPromptStory({
  fixture,
  bodyMessage,
  rtl = false,
  ...props
}: ReauthPromptStoryProps) {
  const error = useFixtureError(fixture, bodyMessage);
  return (
    <LocaleFrame rtl={rtl}>
      <ReauthPrompt error={error} {...props} />
    </LocaleFrame>
  );
}

const meta = {
  title: 'Components/ReauthPrompt',
  tags: ['autodocs'],
  component: ReauthPromptStory,
  parameters: {
    docs: {
      description: {
        component:
          '`ReauthPrompt` renders for `unauthenticated` errors only. "Sign in again" calls `reauthenticate()` in place (pending, failure and retry), or links to a same-origin `loginUrl`. It never navigates on its own, so nothing typed is lost.',
      },
    },
  },
  args: {
    fixture: SEED_004_401,
    onReauthenticated: fn(),
  },
} satisfies Meta<typeof ReauthPromptStory>;

export default meta;

type Story = StoryObj<typeof meta>;

/** The documented seed 004 401: a "Sign in again" button, ready. */
export const Idle: Story = {
  name: '401 idle',
  args: { reauthenticate: fn(async () => {}) },
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('heading', { name: 'Your session has ended' })).toBeVisible();
    await expect(canvas.getByText('Token could not be located.')).toBeVisible();
    const button = canvas.getByRole('button', { name: 'Sign in again' });
    await expect(button).toBeVisible();
    await expect(button).not.toHaveAttribute('aria-disabled');
    await userEvent.click(button);
    await expect(args.reauthenticate).toHaveBeenCalledTimes(1);
    await waitFor(() => expect(args.onReauthenticated).toHaveBeenCalledTimes(1));
  },
};

/** While `reauthenticate()` runs (here it never ends): "Signing in…", focusable, one call. */
export const Pending: Story = {
  name: 'Pending',
  args: { reauthenticate: fn(() => new Promise<never>(() => {})) },
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    const button = canvas.getByRole('button', { name: 'Sign in again' });
    await userEvent.click(button);
    await expect(button).toHaveTextContent('Signing in…');
    await expect(button).toHaveAttribute('aria-disabled', 'true');
    await expect(button).toHaveFocus();
    await userEvent.click(button);
    await expect(args.reauthenticate).toHaveBeenCalledTimes(1);
    await expect(args.onReauthenticated).not.toHaveBeenCalled();
  },
};

/** `reauthenticate()` rejects: the failure is said (and announced); the button tries again. */
export const Failed: Story = {
  name: 'Failed',
  args: { reauthenticate: fn(() => Promise.reject(new Error('The sign-in window was closed'))) },
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: 'Sign in again' }));
    await expect(await canvas.findByText(en.signInFailed)).toBeVisible();
    const button = canvas.getByRole('button', { name: 'Sign in again' });
    await expect(button).not.toHaveAttribute('aria-disabled');
    await expect(args.onReauthenticated).not.toHaveBeenCalled();
  },
};

/** No `reauthenticate`: a link to the app's own sign-in page. */
export const LoginLink: Story = {
  name: 'loginUrl link',
  args: { loginUrl: '/login?next=%2Finvoices%2F42' },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const link = canvas.getByRole('link', { name: 'Sign in again' });
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

/** The Arabic catalog, right to left. */
export const RightToLeft: Story = {
  name: 'RTL',
  args: { rtl: true, reauthenticate: fn(() => new Promise<never>(() => {})) },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const prompt = canvasElement.querySelector('[data-ek="reauth-prompt"]') as HTMLElement;
    await expect(getComputedStyle(prompt).direction).toBe('rtl');
    const button = canvas.getByRole('button', { name: ar.signInAgain });
    await userEvent.click(button);
    await expect(button).toHaveTextContent(ar.signingIn);
  },
};

const LONG_MESSAGE =
  'Your session token for the accounts payable workspace could not be located. This happens when you have been signed out on another device, when your organisation changed its sign-in rules, or when your browser cleared its storage. Sign in again and your draft invoice, its line items and the attachments you added will still be here.';

/** A long payload message wraps inside the prompt. */
export const LongMessage: Story = {
  name: 'Long message',
  args: { bodyMessage: LONG_MESSAGE, reauthenticate: fn(async () => {}) },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const message = canvas.getByText(LONG_MESSAGE);
    await expect(message).toBeVisible();
    await expect(message.scrollWidth).toBeLessThanOrEqual(message.clientWidth + 1);
    await expect(canvas.getByRole('button', { name: 'Sign in again' })).toBeVisible();
  },
};
