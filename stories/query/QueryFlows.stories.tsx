import type { Meta, StoryObj } from '@storybook/react-vite';
import { HttpResponse, http } from 'msw';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import { plural } from '../../src/react';
import { ownIframe } from '../support/docs';
import { attemptText, messagesFor } from '../support/messages';
import {
  count,
  FlowApp,
  hits,
  isSignedIn,
  ListPanel,
  type ListPayload,
  NoteForm,
  resetServer,
  sentBodies,
  serveFixture,
  signIn,
} from './flows';

/*
 * Every story is a real path: Mock Service Worker answers at the network layer with a shared
 * fixture's status, headers and body; the app's `useQuery` / `useMutation` call `fetchJson`
 * under a fresh `QueryClient` whose defaults are `retryDefaults()`; the UI is `ErrorDisplay`
 * with `useRetryState`, and a single `ReauthOutlet` for sessions that ended.
 */

const REPORTS = '/api/query-flows/reports';
const INVOICES = '/api/query-flows/invoices';
const CUSTOMERS = '/api/query-flows/customers';
const NOTES = '/api/query-flows/notes';
const FEEDBACK = '/api/query-flows/feedback';

const list = (...items: string[]): ListPayload => ({ items });

/** The seed 004 envelope for a request without a valid token. */
const MISSING_TOKEN = 'seed-004-401-missing-token';
/** The seed 004 envelope for a resource the signed-in client may not read. */
const NO_ACCESS = 'seed-004-403-3000-unauthorized-resource';

/** A GET that answers 401 until signed in, then `after` (a 200 list by default). */
const authGet = (url: string, name: string, after: () => Response) =>
  http.get(url, ({ request }) => {
    const ok = isSignedIn(request);
    count(`${name} ${ok ? 'after sign-in' : '401'}`);
    return ok ? after() : serveFixture(MISSING_TOKEN);
  });

interface FlowArgs {
  /** The app's sign-in: waits about 300 ms, then the server accepts the new token. */
  reauthenticate: () => Promise<void>;
}

const meta = {
  title: 'Query/Flows',
  parameters: {
    docs: {
      // Mock Service Worker handlers per story: each in its own iframe on a docs page.
      story: ownIframe,
      description: {
        component:
          'errorkit with TanStack Query, end to end: `retryDefaults()` in the `QueryClient`, `useRetryState` feeding `ErrorDisplay` (and its `RetryBanner`) the real retry schedule, and single-flight re-authentication with `QueryReauthProvider` and one `ReauthOutlet`. Requests are answered by Mock Service Worker from the shared fixtures.',
      },
    },
  },
  args: {
    reauthenticate: fn(signIn),
  },
  argTypes: {
    reauthenticate: { control: false },
  },
  beforeEach: () => {
    resetServer();
  },
} satisfies Meta<FlowArgs>;

export default meta;

type Story = StoryObj<FlowArgs>;

/**
 * The first request is rate limited (429, `Retry-After: 2`). `retryPolicy` waits exactly the
 * server's two seconds; the banner counts that real schedule down and the list appears when
 * the second request succeeds, without a click.
 */
export const CountdownThenSuccess: Story = {
  name: 'Countdown then success',
  parameters: {
    msw: {
      handlers: [
        http.get(REPORTS, () => {
          count('reports');
          return hits.get('reports') === 1
            ? serveFixture('seed-001-429-retry-after-seconds', { 'retry-after': '2' })
            : HttpResponse.json(list('January report', 'February report', 'March report'));
        }),
      ],
    },
  },
  render: (args) => (
    <FlowApp reauthenticate={args.reauthenticate}>
      <ListPanel title="Reports" url={REPORTS} />
    </FlowApp>
  ),
  play: async ({ canvasElement, globals }) => {
    const m = messagesFor(globals);
    const canvas = within(canvasElement);
    const timer = await canvas.findByRole('timer', undefined, { timeout: 3000 });
    await expect(timer).toHaveTextContent(plural(m.locale, m.retryingIn, 2));
    await expect(canvas.getByText(attemptText(m, 1, 3))).toBeVisible();
    // A second later it reads 1 (the wait is generous for a loaded machine, not for the kit).
    await waitFor(() => expect(timer).toHaveTextContent(plural(m.locale, m.retryingIn, 1)), {
      timeout: 4000,
    });
    await expect(hits.get('reports')).toBe(1);
    const reports = await canvas.findByRole('list', undefined, { timeout: 5000 });
    await expect(within(reports).getAllByRole('listitem')).toHaveLength(3);
    await expect(hits.get('reports')).toBe(2);
    await expect(canvas.queryByRole('timer')).toBeNull();
  },
};

/**
 * Two panels load at once and both get a 401 (seed 004 "Token could not be located."). One
 * prompt shows for both; "Sign in again" runs the app's `reauthenticate` once, and both
 * failed queries load again.
 */
export const ReauthThenSuccess: Story = {
  name: 'Re-auth then success',
  parameters: {
    msw: {
      handlers: [
        authGet(INVOICES, 'invoices', () =>
          HttpResponse.json(list('Invoice 1042', 'Invoice 1043')),
        ),
        authGet(CUSTOMERS, 'customers', () =>
          HttpResponse.json(list('Ada Lovelace', 'Alan Turing')),
        ),
      ],
    },
  },
  render: (args) => (
    <FlowApp reauthenticate={args.reauthenticate}>
      <div className="query-flows__panels">
        <ListPanel title="Invoices" url={INVOICES} />
        <ListPanel title="Customers" url={CUSTOMERS} />
      </div>
    </FlowApp>
  ),
  play: async ({ args, canvasElement, globals }) => {
    const m = messagesFor(globals);
    const canvas = within(canvasElement);
    const signInAgain = await canvas.findByRole('button', { name: m.signInAgain });
    await waitFor(() => {
      expect(hits.get('invoices 401')).toBe(1);
      expect(hits.get('customers 401')).toBe(1);
    });
    await expect(canvas.getAllByRole('button', { name: m.signInAgain })).toHaveLength(1);
    await expect(canvas.getByText('Token could not be located.')).toBeVisible();

    await userEvent.click(signInAgain);
    await expect(signInAgain).toHaveTextContent(m.signingIn);
    await expect(signInAgain).toHaveAttribute('aria-disabled', 'true');

    const invoices = canvas.getByRole('region', { name: 'Invoices' });
    const customers = canvas.getByRole('region', { name: 'Customers' });
    await expect(await within(invoices).findByRole('list')).toHaveTextContent('Invoice 1042');
    await expect(await within(customers).findByRole('list')).toHaveTextContent('Ada Lovelace');
    await expect(canvasElement.querySelector('[data-ek="reauth-prompt"]')).toBeNull();
    await expect(args.reauthenticate).toHaveBeenCalledTimes(1);
    await expect(hits.get('invoices after sign-in')).toBe(1);
    await expect(hits.get('customers after sign-in')).toBe(1);
  },
};

/**
 * Signing in works, but the signed-in client may not read the resource: the refetch gets a 403
 * (seed 004 access code 3000) and the panel shows a permission notice. It is not retried.
 */
export const ForbiddenAfterReauth: Story = {
  name: '403 after re-auth',
  parameters: {
    msw: {
      handlers: [authGet(INVOICES, 'invoices', () => serveFixture(NO_ACCESS))],
    },
  },
  render: (args) => (
    <FlowApp reauthenticate={args.reauthenticate}>
      <ListPanel title="Invoices" url={INVOICES} />
    </FlowApp>
  ),
  play: async ({ args, canvasElement, globals }) => {
    const m = messagesFor(globals);
    const canvas = within(canvasElement);
    await userEvent.click(await canvas.findByRole('button', { name: m.signInAgain }));
    const notice = await canvas.findByRole('region', { name: m.kinds.forbidden.title });
    await expect(notice).toHaveTextContent(
      'The client is not authorized for the resource requested.',
    );
    await expect(notice).toHaveAttribute('data-ek', 'permission-notice');
    await expect(canvasElement.querySelector('[data-ek="reauth-prompt"]')).toBeNull();
    await expect(args.reauthenticate).toHaveBeenCalledTimes(1);
    await expect(hits.get('invoices after sign-in')).toBe(1);
    await expect(canvas.queryByRole('list')).toBeNull();
  },
};

/** The app's own "Try again" button (`flows.tsx`), English in every locale. */
const APP_TRY_AGAIN = 'Try again';

/**
 * A form's POST gets a 401. The prompt signs in in place; the mutation is not sent again by
 * itself but offers "Try again", which sends the same values. What the user typed never
 * leaves the inputs.
 */
export const FormKeepsItsValues: Story = {
  name: 'Form keeps its values',
  parameters: {
    msw: {
      handlers: [
        http.post(NOTES, async ({ request }) => {
          sentBodies.push(await request.json());
          const ok = isSignedIn(request);
          count(`notes ${ok ? '201' : '401'}`);
          return ok
            ? HttpResponse.json({ saved: true }, { status: 201 })
            : serveFixture(MISSING_TOKEN);
        }),
      ],
    },
  },
  render: (args) => (
    <FlowApp reauthenticate={args.reauthenticate}>
      <NoteForm label="New note" url={NOTES} submitLabel="Save note" successText="Note saved." />
    </FlowApp>
  ),
  play: async ({ args, canvasElement, globals }) => {
    const m = messagesFor(globals);
    const canvas = within(canvasElement);
    const title = canvas.getByLabelText('Title');
    const message = canvas.getByLabelText('Message');
    await userEvent.type(title, 'Quarterly plan');
    await userEvent.type(message, 'Line one{Enter}Line two');
    await userEvent.click(canvas.getByRole('button', { name: 'Save note' }));

    const signInAgain = await canvas.findByRole('button', { name: m.signInAgain });
    await expect(canvas.queryByRole('button', { name: APP_TRY_AGAIN })).toBeNull();
    await userEvent.click(signInAgain);
    await expect(signInAgain).toHaveTextContent(m.signingIn);

    await userEvent.click(await canvas.findByRole('button', { name: APP_TRY_AGAIN }));
    await expect(await canvas.findByRole('status')).toHaveTextContent('Note saved.');

    await expect(title).toHaveValue('Quarterly plan');
    await expect(message).toHaveValue('Line one\nLine two');
    await expect(canvas.getByLabelText('Title')).toBe(title);
    const sent = { title: 'Quarterly plan', body: 'Line one\nLine two' };
    await expect(sentBodies).toEqual([sent, sent]);
    await expect(hits.get('notes 401')).toBe(1);
    await expect(hits.get('notes 201')).toBe(1);
    await expect(args.reauthenticate).toHaveBeenCalledTimes(1);
  },
};

/**
 * A POST answered 502 (seed 002 Bad Gateway). A POST without an `Idempotency-Key` is never
 * sent again automatically, so the banner says so and offers "Try again"; that sends it once
 * more, and the second answer is a 201.
 */
export const ServerErrorRetryNotAllowed: Story = {
  name: 'Server error, retry not allowed',
  parameters: {
    msw: {
      handlers: [
        http.post(FEEDBACK, async ({ request }) => {
          sentBodies.push(await request.json());
          count('feedback');
          return hits.get('feedback') === 1
            ? serveFixture('seed-002-502-bad-gateway')
            : HttpResponse.json({ id: 'fb-1' }, { status: 201 });
        }),
      ],
    },
  },
  render: (args) => (
    <FlowApp reauthenticate={args.reauthenticate}>
      <NoteForm
        label="Feedback"
        url={FEEDBACK}
        submitLabel="Send feedback"
        successText="Feedback sent."
      />
    </FlowApp>
  ),
  play: async ({ canvasElement, globals }) => {
    const m = messagesFor(globals);
    const canvas = within(canvasElement);
    await userEvent.type(canvas.getByLabelText('Title'), 'Search is slow');
    await userEvent.type(canvas.getByLabelText('Message'), 'Results take a while.');
    await userEvent.click(canvas.getByRole('button', { name: 'Send feedback' }));

    const banner = await canvas.findByRole('region', { name: m.kinds.unavailable.title });
    await expect(banner).toHaveAttribute('data-state', 'not-allowed');
    await expect(banner).toHaveTextContent(m.notRetried);
    await expect(within(banner).queryByRole('timer')).toBeNull();
    await expect(hits.get('feedback')).toBe(1);

    await userEvent.click(within(banner).getByRole('button', { name: m.tryAgain }));
    await expect(await canvas.findByRole('status')).toHaveTextContent('Feedback sent.');
    await expect(hits.get('feedback')).toBe(2);
    await expect(canvas.queryByRole('region', { name: m.kinds.unavailable.title })).toBeNull();
    const sent = { title: 'Search is slow', body: 'Results take a while.' };
    await expect(sentBodies).toEqual([sent, sent]);
    await expect(canvas.getByLabelText('Title')).toHaveValue('Search is slow');
  },
};
