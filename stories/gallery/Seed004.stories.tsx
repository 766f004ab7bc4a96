import type { Meta, StoryObj } from '@storybook/react-vite';
import { HttpResponse, http } from 'msw';
import { expect, userEvent, within } from 'storybook/test';
import { responseFixture, seed004Codes } from '../../test/fixtures';
import { count, hits, isSignedIn, ListPanel, resetServer, serveFixture } from '../query/flows';
import { ownIframe } from '../support/docs';
import { messagesFor } from '../support/messages';
import { GalleryApp } from './FixtureStory';
import { expectFixtureShown, fixtureStory } from './gallery';

/*
 * One story per seed 004 response fixture (`test/fixtures/payloads.ts`): Mock Service Worker
 * serves its status, headers and body; `useQuery` (GET) or `useMutation` (POST, PUT, PATCH,
 * DELETE) calls `fetchJson` under `retryDefaults(kit)`; `ErrorDisplay` shows what a user sees.
 */

const meta = {
  title: 'Real APIs/Exception envelope API — codes',
  parameters: {
    docs: {
      // Mock Service Worker handlers per story: each in its own iframe on a docs page.
      story: ownIframe,
      description: {
        component:
          "The exception-envelope API (seed 004) wraps every failure in `{ version, status, exception: { message, code } }`: 401 403 404 405 422 500 and exception codes 1001-1006, 3000-3002, 4000-4008, 5000. Access codes reach the right kinds through one `errorKit({ classify: { codes: seed004Codes } })` read by the provider and the retry rules (the fixture's `options.codes`).",
      },
    },
  },
} satisfies Meta;

export default meta;

type Story = StoryObj;

/** Client Disabled. */
export const Status401Code1001ClientDisabled: Story = {
  name: '401 · code 1001 · client disabled',
  ...fixtureStory('seed-004-401-1001-client-disabled'),
};

/** The documented 401 example: Missing Token, code 1002. */
export const Status401MissingToken: Story = {
  name: '401 · missing token',
  ...fixtureStory('seed-004-401-missing-token'),
};

/** Revoked Token. */
export const Status401Code1003RevokedToken: Story = {
  name: '401 · code 1003 · revoked token',
  ...fixtureStory('seed-004-401-1003-revoked-token'),
};

/** Expired Token: the session has ended. */
export const Status401Code1004ExpiredToken: Story = {
  name: '401 · code 1004 · expired token',
  ...fixtureStory('seed-004-401-1004-expired-token'),
};

/** Client Invalid. */
export const Status401Code1005ClientInvalid: Story = {
  name: '401 · code 1005 · client invalid',
  ...fixtureStory('seed-004-401-1005-client-invalid'),
};

/** Client Unauthorized on a 401; options.codes sends 1006 to forbidden. */
export const Status401Code1006ClientUnauthorizedMapped: Story = {
  name: '401 · code 1006 · client unauthorized mapped',
  ...fixtureStory('seed-004-401-1006-client-unauthorized-mapped'),
};

/** The same 1006 without options.codes stays unauthenticated: the map matters. */
export const Status401Code1006ClientUnauthorizedUnmapped: Story = {
  name: '401 · code 1006 · client unauthorized unmapped',
  ...fixtureStory('seed-004-401-1006-client-unauthorized-unmapped'),
};

/** Access 3000 "Unauthorized" on a 403: data not available to the client. */
export const Status403Code3000UnauthorizedResource: Story = {
  name: '403 · code 3000 · unauthorized resource',
  ...fixtureStory('seed-004-403-3000-unauthorized-resource'),
};

/** Access 3001 "Not Available". */
export const Status404Code3001NotAvailable: Story = {
  name: '404 · code 3001 · not available',
  ...fixtureStory('seed-004-404-3001-not-available'),
};

/** The documented 422 example: a PUT or DELETE without "id". */
export const Status422Code3002MissingId: Story = {
  name: '422 · code 3002 · missing id',
  ...fixtureStory('seed-004-422-3002-missing-id'),
};

/** The documented 422 example: a POST or PUT with a missing or malformed body. */
export const Status422Code4000InvalidData: Story = {
  name: '422 · code 4000 · invalid data',
  ...fixtureStory('seed-004-422-4000-invalid-data'),
};

/** Required Data. */
export const Status422Code4001RequiredData: Story = {
  name: '422 · code 4001 · required data',
  ...fixtureStory('seed-004-422-4001-required-data'),
};

/** Invalid Data Format. */
export const Status422Code4002InvalidFormat: Story = {
  name: '422 · code 4002 · invalid format',
  ...fixtureStory('seed-004-422-4002-invalid-format'),
};

/** Invalid Data Length Minimum. */
export const Status422Code4003TooShort: Story = {
  name: '422 · code 4003 · too short',
  ...fixtureStory('seed-004-422-4003-too-short'),
};

/** Invalid Data Length Maximum. */
export const Status422Code4004TooLong: Story = {
  name: '422 · code 4004 · too long',
  ...fixtureStory('seed-004-422-4004-too-long'),
};

/** Lines Out of Balance: transaction lines should sum to 0.00. */
export const Status422Code4005OutOfBalance: Story = {
  name: '422 · code 4005 · out of balance',
  ...fixtureStory('seed-004-422-4005-out-of-balance'),
};

/** Lines Do Not Sum. */
export const Status422Code4006LinesDoNotSum: Story = {
  name: '422 · code 4006 · lines do not sum',
  ...fixtureStory('seed-004-422-4006-lines-do-not-sum'),
};

/** Invalid Account Type. */
export const Status422Code4007AccountType: Story = {
  name: '422 · code 4007 · account type',
  ...fixtureStory('seed-004-422-4007-account-type'),
};

/** Date is in a closed period. */
export const Status422Code4008ClosedPeriod: Story = {
  name: '422 · code 4008 · closed period',
  ...fixtureStory('seed-004-422-4008-closed-period'),
};

/** Service Error: a required system is offline. */
export const Status500Code5000ServiceError: Story = {
  name: '500 · code 5000 · service error',
  ...fixtureStory('seed-004-500-5000-service-error'),
};

/** An HTTP method the endpoint does not accept (the seed lists no code for it). */
export const Status405MethodNotAllowed: Story = {
  name: '405 · method not allowed',
  ...fixtureStory('seed-004-405-method-not-allowed'),
};

const LEDGER = '/api/gallery/seed-004/ledger';
const EXPIRED = 'seed-004-401-1004-expired-token';

/**
 * The token has expired (401, code 1004). The app's one prompt shows the server's message;
 * "Sign in again" runs the app's sign-in, and the failed query loads again with the new token.
 */
export const ExpiredTokenSignInThenList: Story = {
  name: '401 re-auth, then success',
  parameters: {
    msw: {
      handlers: [
        http.get(LEDGER, ({ request }) => {
          const ok = isSignedIn(request);
          count(`ledger ${ok ? 'after sign-in' : '401'}`);
          return ok
            ? HttpResponse.json({ items: ['Journal entry 1', 'Journal entry 2'] })
            : serveFixture(EXPIRED);
        }),
      ],
    },
  },
  beforeEach: () => {
    resetServer();
  },
  render: () => (
    <GalleryApp codes={seed004Codes}>
      <ListPanel title="Ledger" url={LEDGER} />
    </GalleryApp>
  ),
  play: async ({ canvasElement, globals }) => {
    const m = messagesFor(globals);
    const canvas = within(canvasElement);
    const prompt = await expectFixtureShown(canvasElement, responseFixture(EXPIRED), {}, m);
    const signInAgain = within(prompt).getByRole('button', { name: m.signInAgain });
    await userEvent.click(signInAgain);
    await expect(signInAgain).toHaveTextContent(m.signingIn);
    const ledger = await canvas.findByRole('list', undefined, { timeout: 4000 });
    await expect(within(ledger).getAllByRole('listitem')).toHaveLength(2);
    await expect(canvasElement.querySelector('[data-ek="reauth-prompt"]')).toBeNull();
    await expect(hits.get('ledger 401')).toBe(1);
    await expect(hits.get('ledger after sign-in')).toBe(1);
  },
};
