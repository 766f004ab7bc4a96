import type { Meta, StoryObj } from '@storybook/react-vite';
import { HttpResponse, http } from 'msw';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { responseFixture } from '../../test/fixtures';
import { count, hits, ListPanel, resetServer, sentBodies, serveFixture } from '../query/flows';
import { ownIframe } from '../support/docs';
import { messagesFor } from '../support/messages';
import { GalleryApp } from './FixtureStory';
import { expectFixtureShown, fixtureStory } from './gallery';
import { PaymentForm } from './PaymentForm';

/*
 * One story per seed 002 response fixture (`test/fixtures/payloads.ts`): Mock Service Worker
 * serves its status, headers and body; `useQuery` (GET) or `useMutation` (POST, PUT, PATCH,
 * DELETE) calls `fetchJson` under `retryDefaults(kit)`; `ErrorDisplay` shows what a user sees.
 */

const meta = {
  title: 'Real APIs/Laravel API — validation and rate limits',
  parameters: {
    docs: {
      // Mock Service Worker handlers per story: each in its own iframe on a docs page.
      story: ownIframe,
      description: {
        component:
          'The Laravel-style API (seed 002) answers with `{ message, errors }`: 400 401 403 404 405 409 422 429 500 502 503 504, with a 422 example carrying two messages for email.',
      },
    },
  },
} satisfies Meta;

export default meta;

type Story = StoryObj;

/** The request body is not valid JSON. */
export const Status400MalformedJson: Story = {
  name: '400 · malformed json',
  ...fixtureStory('seed-002-400-malformed-json'),
};

/** Missing, invalid or revoked API key: Laravel answers "Unauthenticated.", shown in the kit's words. */
export const Status401Unauthenticated: Story = {
  name: '401 · unauthenticated',
  ...fixtureStory('seed-002-401-unauthenticated'),
};

/** The API key may not read another organisation's resources. */
export const Status403OtherOrganisation: Story = {
  name: '403 · other organisation',
  ...fixtureStory('seed-002-403-other-organisation'),
};

/** Unknown resource id; the body message is only the reason phrase "Not Found". */
export const Status404ReasonPhraseOnly: Story = {
  name: '404 · reason phrase only',
  ...fixtureStory('seed-002-404-reason-phrase-only'),
};

/** POST on a GET-only route. */
export const Status405WrongMethod: Story = {
  name: '405 · wrong method',
  ...fixtureStory('seed-002-405-wrong-method'),
};

/** Creating a contact that already exists. */
export const Status409Duplicate: Story = {
  name: '409 · duplicate',
  ...fixtureStory('seed-002-409-duplicate'),
};

/** The documented 422: two messages for email, one for amount. */
export const Status422ValidationExample: Story = {
  name: '422 · validation example',
  ...fixtureStory('seed-002-422-validation-example'),
};

/** Laravel throttle: Retry-After 60 wins over X-RateLimit-Reset. The fixture says `Retry-After: 60`; the story serves `Retry-After: 2` to stay fast. */
export const Status429TooManyAttempts: Story = {
  name: '429 · too many attempts',
  ...fixtureStory('seed-002-429-too-many-attempts', {
    headers: { 'retry-after': '2' },
    countdown: 2,
  }),
};

/** Laravel's production 500 "Server Error", with an x-request-id to quote to support. */
export const Status500ServerError: Story = {
  name: '500 · server error',
  ...fixtureStory('seed-002-500-server-error'),
};

/** Invalid response from the upstream server; usually temporary. */
export const Status502BadGateway: Story = {
  name: '502 · bad gateway',
  ...fixtureStory('seed-002-502-bad-gateway'),
};

/** Laravel maintenance mode: "Service Unavailable" with Retry-After 30. The fixture says `Retry-After: 30`; the story serves `Retry-After: 2` to stay fast. */
export const Status503Maintenance: Story = {
  name: '503 · maintenance',
  ...fixtureStory('seed-002-503-maintenance', {
    headers: { 'retry-after': '2' },
    countdown: 2,
  }),
};

/** Timed out waiting for the upstream server. */
export const Status504GatewayTimeout: Story = {
  name: '504 · gateway timeout',
  ...fixtureStory('seed-002-504-gateway-timeout'),
};

const REPORTS = '/api/gallery/seed-002/reports';
const PAYMENTS = '/api/gallery/seed-002/payments';

/**
 * The first request is throttled (429 "Too Many Attempts."); the banner counts the server's
 * wait down and the second request, sent when the countdown ends, gets the list. The fixture
 * says `Retry-After: 60`; the story serves `Retry-After: 2` to stay fast.
 */
export const TooManyAttemptsThenList: Story = {
  name: '429 countdown, then success',
  parameters: {
    msw: {
      handlers: [
        http.get(REPORTS, () => {
          count('reports');
          return hits.get('reports') === 1
            ? serveFixture('seed-002-429-too-many-attempts', { 'retry-after': '2' })
            : HttpResponse.json({ items: ['Q1 report', 'Q2 report', 'Q3 report'] });
        }),
      ],
    },
  },
  beforeEach: () => {
    resetServer();
  },
  render: () => (
    <GalleryApp>
      <ListPanel title="Reports" url={REPORTS} />
    </GalleryApp>
  ),
  play: async ({ canvasElement, globals }) => {
    const m = messagesFor(globals);
    const canvas = within(canvasElement);
    const banner = await expectFixtureShown(
      canvasElement,
      responseFixture('seed-002-429-too-many-attempts'),
      { countdown: 2 },
      m,
    );
    await expect(banner).toHaveAttribute('data-state', 'counting');
    await expect(hits.get('reports')).toBe(1);
    const reports = await canvas.findByRole('list', undefined, { timeout: 5000 });
    await expect(within(reports).getAllByRole('listitem')).toHaveLength(3);
    await expect(hits.get('reports')).toBe(2);
    await expect(canvas.queryByRole('timer')).toBeNull();
  },
};

/**
 * The documented 422 behind a labelled form: the summary lists every field message and links to
 * its input; each input is marked invalid and described by its own messages (`FieldError`).
 */
export const ValidationForm: Story = {
  name: '422 form with summary and field messages',
  parameters: {
    msw: {
      handlers: [
        http.post(PAYMENTS, async ({ request }) => {
          sentBodies.push(await request.json());
          return serveFixture('seed-002-422-validation-example');
        }),
      ],
    },
  },
  beforeEach: () => {
    resetServer();
  },
  render: () => (
    <GalleryApp>
      <PaymentForm url={PAYMENTS} />
    </GalleryApp>
  ),
  play: async ({ canvasElement, globals }) => {
    const m = messagesFor(globals);
    const canvas = within(canvasElement);
    const email = canvas.getByLabelText('Email address');
    const amount = canvas.getByLabelText('Amount');
    await userEvent.type(amount, '0');
    await userEvent.click(canvas.getByRole('button', { name: 'Pay' }));

    const summary = await canvas.findByRole('region', { name: m.summaryTitle });
    await expect(summary).toHaveAttribute('data-ek', 'error-summary');
    await waitFor(() => expect(summary).toHaveFocus());
    const links = within(summary).getAllByRole('link');
    await expect(links.map((link) => link.textContent)).toEqual([
      'The email field is required.',
      'The email must be a valid email address.',
      'The amount must be greater than 0.',
    ]);

    await expect(email).toHaveAttribute('aria-invalid', 'true');
    await expect(email).toHaveAccessibleDescription(
      `${m.errorPrefix} The email field is required. ${m.errorPrefix} The email must be a valid email address.`,
    );
    await expect(amount).toHaveAttribute('aria-invalid', 'true');
    await expect(amount).toHaveAccessibleDescription(
      `${m.errorPrefix} The amount must be greater than 0.`,
    );
    await expect(amount).toHaveValue('0');

    await userEvent.click(links[2] as HTMLElement);
    await expect(amount).toHaveFocus();
    await expect(sentBodies).toEqual([{ email: '', amount: '0' }]);
  },
};
