import type { Meta, StoryObj } from '@storybook/react-vite';
import type { ComponentProps, ReactNode } from 'react';
import { expect, fn, userEvent, within } from 'storybook/test';
import { HttpError } from '../src/core';
import {
  ErrorDisplay,
  type ErrorKindRendererProps,
  FieldError,
  fill,
  useFieldErrors,
} from '../src/react';
import { inputFixture, responseFixture } from '../test/fixtures';
import { STORY_CONTROLS } from './support/FixtureFrame';
import { countdownSeconds, messagesFor, visibleText } from './support/messages';

/** A shared fixture as the error `fetchJson` would throw. */
const fromFixture = (id: string) => {
  const fixture = responseFixture(id);
  return new HttpError({ ...fixture.response, method: fixture.method });
};

/**
 * The errors the stories show, by name. Kept out of `args`: Storybook walks and serialises
 * args, and an error carries a `Headers` object.
 */
const errors = {
  'validation 422 (seed 002)': () => fromFixture('seed-002-422-validation-example'),
  'unauthenticated 401 (seed 002)': () => fromFixture('seed-002-401-unauthenticated'),
  'forbidden 403 (seed 002)': () => fromFixture('seed-002-403-other-organisation'),
  'rate-limited 429 (Retry-After: 60)': () => fromFixture('seed-002-429-too-many-attempts'),
  '503 HTML maintenance page': () => fromFixture('html-503-maintenance-retry-after'),
  'not found 404 (reason phrase only)': () => fromFixture('seed-002-404-reason-phrase-only'),
  'conflict 409 (seed 002)': () => fromFixture('seed-002-409-duplicate'),
  'network TypeError (Chromium)': () => inputFixture('fetch-typeerror-chromium').make(),
  'cancelled (AbortError)': () => inputFixture('domexception-abort').make(),
} as const;

type ErrorName = keyof typeof errors;

// One error object per name, so re-renders (e.g. a control change) keep the same error.
const built = new Map<ErrorName, unknown>();
const errorFor = (name: ErrorName) => {
  if (!built.has(name)) built.set(name, errors[name]());
  return built.get(name);
};

const FIELDS = [
  { name: 'email', label: 'Email address' },
  { name: 'amount', label: 'Amount' },
];

type StoryArgs = ComponentProps<typeof ErrorDisplay> & {
  /** Which error the display shows (a story control; the display itself takes `error`). */
  errorName: ErrorName;
  /** Sends the request again (given to `RetryBanner` when no `retry` is set). */
  onRetry?: () => void;
  /** Put the display at the top of a small form whose fields the summary links to. */
  form?: boolean;
};

/** The small payment form a validation error points into, the display at its top (GOV.UK order). */
function PaymentForm({ error, children }: { error: unknown; children: ReactNode }) {
  const { fieldProps } = useFieldErrors(error);
  return (
    <form
      className="example-form"
      aria-label="Payment"
      noValidate
      onSubmit={(event) => event.preventDefault()}
    >
      {children}
      {FIELDS.map((field) => (
        <div className="example-form__field" key={field.name}>
          <label htmlFor={field.name}>{field.label}</label>
          <FieldError error={error} name={field.name} />
          <input id={field.name} name={field.name} {...fieldProps(field.name)} />
        </div>
      ))}
      <button type="submit" data-ek-action="pay">
        Pay
      </button>
    </form>
  );
}

const meta = {
  title: 'Components/ErrorDisplay',
  tags: ['autodocs'],
  component: ErrorDisplay,
  render: ({ errorName, onRetry, form = false, error: _, ...props }) => {
    const error = errorFor(errorName);
    const display = (
      <ErrorDisplay
        error={error}
        retry={props.retry ?? { onRetry }}
        summary={props.summary ?? { fields: FIELDS.map((field) => field.name), autoFocus: false }}
        {...props}
      />
    );
    return form ? <PaymentForm error={error}>{display}</PaymentForm> : display;
  },
  parameters: {
    docs: {
      description: {
        component:
          "`ErrorDisplay` picks the component for the error's kind: `ErrorSummary` for validation, `ReauthPrompt` for unauthenticated, `PermissionNotice` for forbidden, `RetryBanner` for failures that may succeed later, a plain `ErrorNotice` for the rest, and nothing for a cancelled request. Any kind's rendering can be replaced through `renderers`.",
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
    errorName: 'validation 422 (seed 002)',
    onRetry: fn(),
  },
} satisfies Meta<StoryArgs>;

export default meta;

type Story = StoryObj<typeof meta>;

/** The root of whichever component rendered. */
const root = (canvasElement: HTMLElement) =>
  canvasElement.querySelector('[data-ek]') as HTMLElement | null;

/** A 422 with two fields: the error summary at the top of the form, linking to its fields. */
export const Validation: Story = {
  name: 'Validation 422 with a form',
  args: { errorName: 'validation 422 (seed 002)', form: true },
  play: async ({ canvasElement, globals }) => {
    const m = messagesFor(globals);
    const canvas = within(canvasElement);
    const summary = canvas.getByRole('region', { name: m.summaryTitle });
    await expect(summary).toHaveAttribute('data-ek', 'error-summary');
    await expect(summary).toHaveAttribute('data-kind', 'validation');
    await expect(canvas.getByLabelText('Amount')).toBeInvalid();
  },
};

/** A summary link moves focus to its field, which says what is wrong. */
export const ValidationFlow: Story = {
  name: 'Validation link flow',
  tags: ['!autodocs'],
  args: Validation.args,
  play: async ({ canvasElement, globals }) => {
    const m = messagesFor(globals);
    const canvas = within(canvasElement);
    const summary = canvas.getByRole('region', { name: m.summaryTitle });
    await userEvent.click(within(summary).getByRole('link', { name: /amount/ }));
    await expect(canvas.getByLabelText('Amount')).toHaveFocus();
    await expect(canvas.getByLabelText('Amount')).toHaveAccessibleDescription(
      `${m.errorPrefix} The amount must be greater than 0.`,
    );
  },
};

/** A 401: the session has ended; "Sign in again" links to the same-origin sign-in page. */
export const Unauthenticated: Story = {
  name: 'Unauthenticated 401',
  args: { errorName: 'unauthenticated 401 (seed 002)', reauth: { loginUrl: '/login' } },
  play: async ({ canvasElement, globals }) => {
    const m = messagesFor(globals);
    const canvas = within(canvasElement);
    await expect(
      canvas.getByRole('heading', { name: m.kinds.unauthenticated.title }),
    ).toBeVisible();
    await expect(root(canvasElement)).toHaveAttribute('data-ek', 'reauth-prompt');
    await expect(canvas.getByRole('link', { name: m.signInAgain })).toHaveAttribute(
      'href',
      '/login',
    );
  },
};

/** A 403: no access, who can grant it, and a way to ask. */
export const Forbidden: Story = {
  name: 'Forbidden 403',
  args: {
    errorName: 'forbidden 403 (seed 002)',
    permission: { accessContact: 'your organisation admin', onRequestAccess: fn() },
  },
  play: async ({ canvasElement, globals }) => {
    const m = messagesFor(globals);
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('heading', { name: m.kinds.forbidden.title })).toBeVisible();
    await expect(root(canvasElement)).toHaveAttribute('data-ek', 'permission-notice');
    await expect(
      canvas.getByText('This API key does not have access to this organization.'),
    ).toBeVisible();
    await expect(visibleText(root(canvasElement))).toContain(
      fill(m.askForAccess, { contact: 'your organisation admin' }),
    );
    await expect(canvas.getByRole('button', { name: m.requestAccess })).toBeVisible();
  },
};

/** A 429 with `Retry-After: 60`: the retry banner counts down. */
export const RateLimited: Story = {
  name: 'Rate limited 429, counting',
  args: { errorName: 'rate-limited 429 (Retry-After: 60)' },
  play: async ({ canvasElement, globals }) => {
    const m = messagesFor(globals);
    const canvas = within(canvasElement);
    await expect(canvas.getByText(m.kinds['rate-limited'].title)).toBeVisible();
    await expect(root(canvasElement)).toHaveAttribute('data-ek', 'retry-banner');
    await expect(root(canvasElement)).toHaveAttribute('data-state', 'counting');
    const timer = canvas.getByRole('timer');
    await expect(countdownSeconds(m, timer.textContent ?? '')).toBeGreaterThan(0);
  },
};

/** "Retry now" on the banner calls the display's `onRetry`. */
export const RetryNowFlow: Story = {
  name: 'Retry now flow',
  tags: ['!autodocs'],
  args: RateLimited.args,
  play: async ({ canvasElement, args, globals }) => {
    const m = messagesFor(globals);
    await userEvent.click(within(canvasElement).getByRole('button', { name: m.retryNow }));
    await expect(args.onRetry).toHaveBeenCalledTimes(1);
  },
};

/** A proxy's 503 HTML maintenance page: recognised, never shown; the banner counts down. */
export const HtmlPage: Story = {
  name: '503 HTML page (no HTML shown)',
  args: { errorName: '503 HTML maintenance page' },
  play: async ({ canvasElement, globals }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByText(messagesFor(globals).kinds.unavailable.title)).toBeVisible();
    await expect(root(canvasElement)).toHaveAttribute('data-ek', 'retry-banner');
    await expect(root(canvasElement)).toHaveAttribute('data-kind', 'unavailable');
    await expect(canvasElement.textContent ?? '').not.toMatch(/<|html/i);
  },
};

/** A 404 whose body says only "Not Found": the plain notice with the kind's own message. */
export const NotFound: Story = {
  name: 'Not found 404',
  args: { errorName: 'not found 404 (reason phrase only)' },
  play: async ({ canvasElement, globals }) => {
    const canvas = within(canvasElement);
    const { title } = messagesFor(globals).kinds['not-found'];
    await expect(canvas.getByRole('heading', { name: title })).toBeVisible();
    await expect(root(canvasElement)).toHaveAttribute('data-ek', 'error-notice');
    await expect(root(canvasElement)).toHaveAttribute('data-kind', 'not-found');
  },
};

/** A 409 without field errors: the plain notice with the server's sentence. */
export const Conflict: Story = {
  name: 'Conflict 409',
  args: { errorName: 'conflict 409 (seed 002)' },
  play: async ({ canvasElement, globals }) => {
    const canvas = within(canvasElement);
    const { title } = messagesFor(globals).kinds.conflict;
    await expect(canvas.getByRole('heading', { name: title })).toBeVisible();
    await expect(
      canvas.getByText('A contact with this email address already exists.'),
    ).toBeVisible();
    await expect(root(canvasElement)).toHaveAttribute('data-kind', 'conflict');
  },
};

/** fetch's `TypeError` (offline, DNS, CORS): the retry banner for a network failure. */
export const Network: Story = {
  name: 'Network TypeError',
  args: { errorName: 'network TypeError (Chromium)' },
  play: async ({ canvasElement, globals }) => {
    const m = messagesFor(globals);
    const canvas = within(canvasElement);
    await expect(canvas.getByText(m.kinds.network.title)).toBeVisible();
    await expect(root(canvasElement)).toHaveAttribute('data-ek', 'retry-banner');
    await expect(root(canvasElement)).toHaveAttribute('data-kind', 'network');
    await expect(canvas.getByRole('button', { name: m.retryNow })).toBeVisible();
  },
};

/** A cancelled request shows nothing: the user or the app chose to stop it. */
export const Cancelled: Story = {
  name: 'Cancelled (nothing shown)',
  args: { errorName: 'cancelled (AbortError)' },
  play: async ({ canvasElement }) => {
    await expect(root(canvasElement)).toBeNull();
    await expect((canvasElement.textContent ?? '').trim()).toBe('');
  },
};

/** The app's own rendering of one kind, through `renderers`. */
function OrderNotFound({ error }: ErrorKindRendererProps) {
  return (
    <section aria-labelledby="order-not-found" data-ek="order-not-found" data-kind={error.kind}>
      <h2 id="order-not-found">This order no longer exists</h2>
      <p>
        It may have been cancelled. <a href="#orders">Back to your orders</a>
      </p>
    </section>
  );
}

/** `renderers` replaces the not-found rendering with the app's own. */
export const CustomRenderer: Story = {
  name: 'Custom renderer (not found)',
  args: {
    errorName: 'not found 404 (reason phrase only)',
    renderers: { 'not-found': OrderNotFound },
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(
      canvas.getByRole('heading', { name: 'This order no longer exists' }),
    ).toBeVisible();
    await expect(root(canvasElement)).toHaveAttribute('data-ek', 'order-not-found');
    await expect(canvasElement.querySelector('[data-ek="error-notice"]')).toBeNull();
  },
};

/** The dark theme (the toolbar's theme, pinned). */
export const Dark: Story = {
  args: { errorName: 'forbidden 403 (seed 002)' },
  globals: { theme: 'dark' },
  play: async ({ canvasElement, globals }) => {
    const { title } = messagesFor(globals).kinds.forbidden;
    await expect(within(canvasElement).getByRole('heading', { name: title })).toBeVisible();
    await expect(root(canvasElement)?.closest('[data-ek-theme="dark"]')).not.toBeNull();
  },
};

/** Right to left (the toolbar's direction, pinned): the layout mirrors; the server's text keeps its own direction. */
export const RightToLeft: Story = {
  name: 'Right to left',
  args: { errorName: 'validation 422 (seed 002)', form: true },
  globals: { direction: 'rtl' },
  play: async ({ canvasElement, globals }) => {
    const canvas = within(canvasElement);
    const summary = canvas.getByRole('region', { name: messagesFor(globals).summaryTitle });
    await expect(getComputedStyle(summary).direction).toBe('rtl');
    const link = within(summary).getAllByRole('link')[0] as HTMLElement;
    await expect(link).toHaveAttribute('dir', 'auto');
    await expect(getComputedStyle(link).direction).toBe('ltr');
  },
};
