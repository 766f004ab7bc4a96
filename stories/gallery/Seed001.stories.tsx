import type { Meta, StoryObj } from '@storybook/react-vite';
import { ownIframe } from '../support/docs';
import { fixtureStory } from './gallery';

/*
 * One story per seed 001 response fixture (`test/fixtures/payloads.ts`): Mock Service Worker
 * serves its status, headers and body; `useQuery` (GET) or `useMutation` (POST, PUT, PATCH,
 * DELETE) calls `fetchJson` under `retryDefaults(kit)`; `ErrorDisplay` shows what a user sees.
 */

const meta = {
  title: 'Real APIs/Pelcro API — API key and errors map',
  parameters: {
    docs: {
      // Mock Service Worker handlers per story: each in its own iframe on a docs page.
      story: ownIframe,
      description: {
        component:
          'The Pelcro API (seed 001) lists 400 401 403 404 405 429 500 503 and one example body, `{ errors: { email: [...] } }`, documented as arriving with a 404: the field errors make it a validation error whatever the status.',
      },
    },
  },
} satisfies Meta;

export default meta;

type Story = StoryObj;

/** Creating a customer without an email: the field says "The email field is required." */
export const Status400EmailRequired: Story = {
  name: '400 · email required',
  ...fixtureStory('seed-001-400-email-required'),
};

/** The same validation payload with the 404 status the Pelcro docs say it arrives with. */
export const Status404EmailRequiredAsDocumented: Story = {
  name: '404 · email required as documented',
  ...fixtureStory('seed-001-404-email-required-as-documented'),
};

/** The API key is missing or has expired. */
export const Status401MissingApiKey: Story = {
  name: '401 · missing api key',
  ...fixtureStory('seed-001-401-missing-api-key'),
};

/** Authenticated, but the API key may not access this endpoint or object. */
export const Status403KeyNotAllowed: Story = {
  name: '403 · key not allowed',
  ...fixtureStory('seed-001-403-key-not-allowed'),
};

/** The object does not exist or is outside the scope of the request. */
export const Status404ObjectMissing: Story = {
  name: '404 · object missing',
  ...fixtureStory('seed-001-404-object-missing'),
};

/** A GET sent to an endpoint that only supports POST. */
export const Status405GetOnPostEndpoint: Story = {
  name: '405 · get on post endpoint',
  ...fixtureStory('seed-001-405-get-on-post-endpoint'),
};

/** Core API rate limit hit; Retry-After: 3 asks for a 3 second wait. The fixture says `Retry-After: 3`; the story serves `Retry-After: 2` to stay fast. */
export const Status429RetryAfterSeconds: Story = {
  name: '429 · retry after seconds',
  ...fixtureStory('seed-001-429-retry-after-seconds', {
    headers: { 'retry-after': '2' },
    countdown: 2,
  }),
};

/** "It's not you, it's us": an unexpected error trapped by the server. */
export const Status500Unexpected: Story = {
  name: '500 · unexpected',
  ...fixtureStory('seed-001-500-unexpected'),
};

/** Servers overloaded or in maintenance; check the status page. */
export const Status503Maintenance: Story = {
  name: '503 · maintenance',
  ...fixtureStory('seed-001-503-maintenance'),
};
