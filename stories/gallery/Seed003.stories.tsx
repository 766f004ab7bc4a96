import type { Meta, StoryObj } from '@storybook/react-vite';
import { ownIframe } from '../support/docs';
import { fixtureStory } from './gallery';

/*
 * One story per seed 003 response fixture (`test/fixtures/payloads.ts`): Mock Service Worker
 * serves its status, headers and body; `useQuery` (GET) or `useMutation` (POST, PUT, PATCH,
 * DELETE) calls `fetchJson` under `retryDefaults(kit)`; `ErrorDisplay` shows what a user sees.
 */

const meta = {
  title: 'Real APIs/JWT bearer API — field errors',
  parameters: {
    docs: {
      // Mock Service Worker handlers per story: each in its own iframe on a docs page.
      story: ownIframe,
      description: {
        component:
          'The JWT-bearer API (seed 003): 400 401 403 404 405 409 and 5xx. The 400 and 409 use `{ errors: { field: [...] } }`; the 401 and 403 speak only through `WWW-Authenticate`.',
      },
    },
  },
} satisfies Meta;

export default meta;

type Story = StoryObj;

/** Passed auth, but a property has the wrong value. */
export const Status400MissingProperty: Story = {
  name: '400 · missing property',
  ...fixtureStory('seed-003-400-missing-property'),
};

/** The bearer token could not be used to authorize the call. */
export const Status401InvalidBearer: Story = {
  name: '401 · invalid bearer',
  ...fixtureStory('seed-003-401-invalid-bearer'),
};

/** Valid token, but its scopes do not cover the resource (or it is locked). */
export const Status403InsufficientScope: Story = {
  name: '403 · insufficient scope',
  ...fixtureStory('seed-003-403-insufficient-scope'),
};

/** The resource could not be found (or is hidden from this client). */
export const Status404NotFound: Story = {
  name: '404 · not found',
  ...fixtureStory('seed-003-404-not-found'),
};

/** The method is not recognised for this path. */
export const Status405Method: Story = {
  name: '405 · method',
  ...fixtureStory('seed-003-405-method'),
};

/** Duplicate record: a unique field clashes; 409 stays a conflict but keeps the field. */
export const Status409DuplicateRecord: Story = {
  name: '409 · duplicate record',
  ...fixtureStory('seed-003-409-duplicate-record'),
};

/** A 5xx to raise with support, quoting the x-correlation-id. */
export const Status500CorrelationId: Story = {
  name: '500 · correlation id',
  ...fixtureStory('seed-003-500-correlation-id'),
};
