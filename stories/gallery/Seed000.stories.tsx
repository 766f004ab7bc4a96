import type { Meta, StoryObj } from '@storybook/react-vite';
import { ownIframe } from '../support/docs';
import { fixtureStory } from './gallery';

/*
 * One story per seed 000 response fixture (`test/fixtures/payloads.ts`): Mock Service Worker
 * serves its status, headers and body; `useQuery` (GET) or `useMutation` (POST, PUT, PATCH,
 * DELETE) calls `fetchJson` under `retryDefaults(kit)`; `ErrorDisplay` shows what a user sees.
 */

const meta = {
  title: 'Real APIs/Pleo API — status table',
  parameters: {
    docs: {
      // Mock Service Worker handlers per story: each in its own iframe on a docs page.
      story: ownIframe,
      description: {
        component:
          "The Pleo API (seed 000) documents a status table only (400 401 403 404 500 502 503) and shows no bodies: every story is a status with an empty body (the 401 carries `WWW-Authenticate`, the 503 an HTTP-date `Retry-After` measured against `Date`). errorkit shows each kind's default message.",
      },
    },
  },
} satisfies Meta;

export default meta;

type Story = StoryObj;

/** Export API rejects a request with missing mandatory data; no body. */
export const Status400BadRequest: Story = {
  name: '400 · bad request',
  ...fixtureStory('seed-000-400-bad-request'),
};

/** The JWT has expired; the server says so only in WWW-Authenticate. */
export const Status401ExpiredJwt: Story = {
  name: '401 · expired jwt',
  ...fixtureStory('seed-000-401-expired-jwt'),
};

/** The client lacks access; the partner manager has to grant it. */
export const Status403Forbidden: Story = {
  name: '403 · forbidden',
  ...fixtureStory('seed-000-403-forbidden'),
};

/** The export job does not exist. */
export const Status404NotFound: Story = {
  name: '404 · not found',
  ...fixtureStory('seed-000-404-not-found'),
};

/** Internal Server Error: retry after some time. */
export const Status500Internal: Story = {
  name: '500 · internal',
  ...fixtureStory('seed-000-500-internal'),
};

/** Bad Gateway from the proxy in front of the API; retry after some time. */
export const Status502BadGateway: Story = {
  name: '502 · bad gateway',
  ...fixtureStory('seed-000-502-bad-gateway'),
};

/** Overloaded or in maintenance; Retry-After is an HTTP-date 30 s after the Date header. The fixture's `Retry-After` is an HTTP-date 30 s after its `Date`; the story serves one 2 s after `Date` instead, so the countdown (still measured against `Date`, not the browser clock) starts at 2 s. */
export const Status503RetryAfterDate: Story = {
  name: '503 · retry after date',
  ...fixtureStory('seed-000-503-retry-after-date', {
    headers: { 'retry-after': 'Tue, 14 Nov 2023 22:13:22 GMT' },
    countdown: 2,
  }),
};
