import type { Meta, StoryObj } from '@storybook/react-vite';
import { HttpResponse, http } from 'msw';
import { expect, within } from 'storybook/test';
import { responseFixture } from '../../test/fixtures';
import { count, hits, ListPanel, resetServer, serveFixture } from '../query/flows';
import { ownIframe } from '../support/docs';
import { messagesFor } from '../support/messages';
import { GalleryApp } from './FixtureStory';
import { expectFixtureShown, fixtureStory } from './gallery';

/*
 * One story per payload dialect errorkit reads, each from a real response fixture served by
 * Mock Service Worker and shown by `ErrorDisplay` (`test/fixtures/payloads.ts`).
 */

const meta = {
  title: 'Real APIs/Dialects',
  parameters: {
    docs: {
      // Mock Service Worker handlers per story: each in its own iframe on a docs page.
      story: ownIframe,
      description: {
        component:
          'Every body dialect errorkit reads without configuration, one real response each: the message a user sees, the field messages in the summary, the request reference, and proxy HTML that is recognised but never shown.',
      },
    },
  },
} satisfies Meta;

export default meta;

type Story = StoryObj;

/** RFC 9457 problem details with an `errors` extension: field messages from JSON Pointers. */
export const ProblemDetails: Story = {
  name: 'RFC 9457 problem details',
  ...fixtureStory('rfc9457-422-errors-extension'),
};

/** ASP.NET Core ValidationProblemDetails: PascalCase and indexed keys. */
export const AspNetValidation: Story = {
  name: 'ASP.NET ValidationProblemDetails',
  ...fixtureStory('aspnet-400-validation-problem-details'),
};

/** Laravel `{ message, errors }` with dotted keys. */
export const Laravel: Story = {
  name: 'Laravel',
  ...fixtureStory('laravel-422-more-errors-dotted-keys'),
};

/** JSON:API `errors[]` with `source.pointer`. */
export const JsonApi: Story = {
  name: 'JSON:API',
  ...fixtureStory('json-api-422-source-pointers'),
};

/** google.rpc.Status RESOURCE_EXHAUSTED with a 1.5 s RetryInfo: the banner counts it down. */
export const GoogleRpc: Story = {
  name: 'google.rpc.Status',
  ...fixtureStory('google-429-resource-exhausted-retry-info'),
};

/** Stripe `{ error: { type, code, message } }`: a declined card, with the request reference. */
export const Stripe: Story = {
  name: 'Stripe',
  ...fixtureStory('stripe-402-card-declined'),
};

/** GitHub `{ message, errors: [{ resource, field, code, message }] }`. */
export const GitHub: Story = {
  name: 'GitHub',
  ...fixtureStory('github-422-custom-field-message'),
};

/** Django REST Framework field dict with `non_field_errors`. */
export const DjangoRestFramework: Story = {
  name: 'Django REST Framework',
  ...fixtureStory('drf-400-fields-and-non-field-errors'),
};

/** Rails field dict (`{ field: [messages] }`). */
export const Rails: Story = {
  name: 'Rails',
  ...fixtureStory('rails-422-field-dict'),
};

/** Spring Boot `errors[].field / defaultMessage`. */
export const SpringBoot: Story = {
  name: 'Spring Boot',
  ...fixtureStory('spring-boot-400-binding-errors'),
};

/** NestJS ValidationPipe `{ statusCode, message: string[], error }`. */
export const NestJs: Story = {
  name: 'NestJS',
  ...fixtureStory('nestjs-400-validation-pipe'),
};

/** GraphQL `errors[]` with `extensions.code` FORBIDDEN in a 200 response. */
export const GraphQl: Story = {
  name: 'GraphQL',
  ...fixtureStory('graphql-200-forbidden'),
};

/** AWS API Gateway `{ message }` with `x-amzn-requestid` as the reference. */
export const AwsApiGateway: Story = {
  name: 'AWS API Gateway',
  ...fixtureStory('aws-api-gateway-403-missing-authentication-token'),
};

/** A plain-text body: its sentence is the message. */
export const PlainText: Story = {
  name: 'Plain text',
  ...fixtureStory('plain-text-400-expired-coupon'),
};

/** A Cloudflare 522 HTML page: recognised, never shown; `cf-ray` is the reference. */
export const HtmlProxyPage: Story = {
  name: 'HTML proxy page',
  ...fixtureStory('cloudflare-522-html'),
};

const MAINTENANCE = 'html-503-maintenance-retry-after';
const STATUS_LIST = '/api/gallery/status-list';

/**
 * A proxy answers the first request with its static 503 maintenance page (HTML). The page is
 * never shown: the banner gives the default message and counts the `Retry-After` down, and the
 * second request gets the list. The fixture says `Retry-After: 120`; the story serves
 * `Retry-After: 2` to stay fast.
 */
export const MaintenancePageThenList: Story = {
  name: '503 maintenance page, then success',
  parameters: {
    msw: {
      handlers: [
        http.get(STATUS_LIST, () => {
          count('status');
          return hits.get('status') === 1
            ? serveFixture(MAINTENANCE, { 'retry-after': '2' })
            : HttpResponse.json({ items: ['API: operational', 'Dashboard: operational'] });
        }),
      ],
    },
  },
  beforeEach: () => {
    resetServer();
  },
  render: () => (
    <GalleryApp>
      <ListPanel title="Service status" url={STATUS_LIST} />
    </GalleryApp>
  ),
  play: async ({ canvasElement, globals }) => {
    const m = messagesFor(globals);
    const canvas = within(canvasElement);
    const fixture = responseFixture(MAINTENANCE);
    const banner = await expectFixtureShown(
      canvasElement,
      { ...fixture, method: 'GET' },
      {
        countdown: 2,
      },
      m,
    );
    await expect(banner).toHaveAttribute('data-state', 'counting');
    await expect(hits.get('status')).toBe(1);
    const list = await canvas.findByRole('list', undefined, { timeout: 5000 });
    await expect(within(list).getAllByRole('listitem')).toHaveLength(2);
    await expect(hits.get('status')).toBe(2);
    await expect(canvas.queryByRole('timer')).toBeNull();
    await expect(canvasElement.textContent ?? '').not.toMatch(/<\s*(html|title|body)/i);
  },
};
