import type { Meta, StoryObj } from '@storybook/react-vite';
import { useQuery } from '@tanstack/react-query';
import { HttpResponse, http } from 'msw';
import { fetchJson } from '../../src/core';
import { useRetryState } from '../../src/query';
import { ErrorDisplay } from '../../src/react';
import { expectations, pendingOnClassifier } from '../../test/conformance/expectations';
import type { ResponseFixture } from '../../test/fixtures';
import { type RecordedCapture, recordedCapture } from '../../test/fixtures/recorded';
import { resetServer } from '../query/flows';
import { fixtureFields, GalleryApp, isMutation, RequestForm } from './FixtureStory';
import { expectFixtureShown } from './gallery';

/*
 * Responses recorded from real framework servers (`npm run fixtures:record`,
 * `test/fixtures/recorded/`), replayed through Mock Service Worker: `useQuery` (GET) or
 * `useMutation` (POST) calls `fetchJson`, and `ErrorDisplay` shows what a user sees.
 */

const meta = {
  title: 'Real APIs/Recorded',
  parameters: {
    docs: {
      description: {
        component:
          'What real servers answer: FastAPI, Django REST Framework, Flask, NestJS, Express, Hono, GraphQL Yoga, Feathers, Moleculer, oRPC, AdonisJS (VineJS) and nginx, started on 127.0.0.1 and recorded with `npm run fixtures:record`. Each story replays one recording, status, headers and body as sent.',
      },
    },
  },
} satisfies Meta;

export default meta;

type Story = StoryObj;

const urlOf = (capture: RecordedCapture) =>
  `/api/recorded/${capture.name.replace(/[^a-z0-9]+/gi, '-').toLowerCase()}`;

/** The recording as a gallery fixture, expected to meet its conformance expectation. */
function asFixture(capture: RecordedCapture): ResponseFixture {
  const expectation = expectations[capture.name];
  if (!expectation) throw new Error(`No expectation for "${capture.name}"`);
  const { retryAfterMs, ...expected } = expectation;
  const wait =
    retryAfterMs === 'retry-after' || retryAfterMs === 'x-retry-after'
      ? Number(capture.response.headers[retryAfterMs]) * 1000
      : retryAfterMs;
  return {
    id: urlOf(capture),
    source: capture.version,
    dialect: capture.framework === 'graphql-yoga' ? 'graphql' : 'generic-json',
    description: capture.name,
    method: capture.request.method,
    response: capture.response,
    expected: { ...expected, retryAfterMs: wait },
  };
}

/** Fetches like a GraphQL client too: a 200 whose body carries `errors` is a failure. */
async function send(capture: RecordedCapture, init?: RequestInit): Promise<unknown> {
  const data = await fetchJson<unknown>(urlOf(capture), init);
  if (typeof data === 'object' && data && 'errors' in data) throw data;
  return data;
}

function RecordedQuery({ capture }: { capture: RecordedCapture }) {
  const query = useQuery({ queryKey: ['recorded', capture.name], queryFn: () => send(capture) });
  const { error, retry } = useRetryState(query);
  if (!error) return <p className="query-flows__note">Loading…</p>;
  return <ErrorDisplay error={error} retry={retry} />;
}

/** Each story's recording (`test/fixtures/recorded`) and title. */
const RECORDINGS = {
  FastApiNestedFields: ['fastapi nested body fields', 'FastAPI — nested field errors'],
  DrfNestedSerializer: ['drf nested serializer fields', 'Django REST Framework — nested errors'],
  DrfThrottled: ['drf throttled', 'Django REST Framework — throttled, Retry-After 60'],
  ExpressValidator: ['express-validator array', 'Express — express-validator field errors'],
  NestValidationPipe: ['nestjs ValidationPipe messages', 'NestJS — ValidationPipe messages'],
  HonoZodValidator: ['hono zod-validator json', 'Hono — zod-validator issues'],
  YogaBadUserInput: ['yoga BAD_USER_INPUT', 'GraphQL Yoga — BAD_USER_INPUT'],
  Nginx502: ['nginx 502 dead upstream', 'nginx — 502 Bad Gateway page'],
  FlaskNotFound: ['flask default not found page', 'Flask — default 404 page'],
  FeathersSchema: ['feathers schema required', 'Feathers — schema validation (Ajv)'],
  FeathersNotAuthenticated: ['feathers NotAuthenticated', 'Feathers — NotAuthenticated'],
  MoleculerParams: ['moleculer params validation', 'Moleculer — params validation'],
  OrpcOpenApi: ['orpc OpenAPI input validation', 'oRPC — OpenAPI input validation'],
  VineAdonis: ['vinejs AdonisJS JSON errors', 'AdonisJS (VineJS) — field errors'],
} as const satisfies Record<string, readonly [capture: string, title: string]>;

/**
 * A story for one recording, checked against its conformance expectation. For a recording
 * today's classifier does not read yet (`pendingOnClassifier`) only the kind is checked.
 */
function recordedStory(exportName: keyof typeof RECORDINGS): Story {
  const [name, title] = RECORDINGS[exportName];
  const capture = recordedCapture(name);
  const fixture = asFixture(capture);
  const route = capture.request.method === 'POST' ? http.post : http.get;
  const { status, headers, body } = capture.response;
  return {
    name: title,
    parameters: {
      msw: {
        handlers: [
          route(
            urlOf(capture),
            () =>
              new HttpResponse(typeof body === 'string' ? body : JSON.stringify(body), {
                status,
                headers,
              }),
          ),
        ],
      },
      docs: {
        description: {
          story: `${capture.version}: \`${capture.request.method} ${capture.request.path}\` → ${status}.`,
        },
      },
    },
    beforeEach: () => {
      resetServer();
    },
    render: () => (
      <GalleryApp>
        <p className="query-flows__note">
          {capture.request.method} {capture.request.path} → {status} · {capture.version}
        </p>
        {isMutation(fixture) ? (
          <RequestForm
            fields={fixtureFields(fixture)}
            method={capture.request.method}
            label="Recorded request"
            send={(init) => send(capture, init)}
          />
        ) : (
          <RecordedQuery capture={capture} />
        )}
      </GalleryApp>
    ),
    play: async ({ canvasElement }) => {
      const pending = pendingOnClassifier.includes(name);
      const expected = pending ? { kind: fixture.expected.kind } : fixture.expected;
      await expectFixtureShown(canvasElement, { ...fixture, expected });
    },
  };
}

export const FastApiNestedFields: Story = recordedStory('FastApiNestedFields');
export const DrfNestedSerializer: Story = recordedStory('DrfNestedSerializer');
export const DrfThrottled: Story = recordedStory('DrfThrottled');
export const ExpressValidator: Story = recordedStory('ExpressValidator');
export const NestValidationPipe: Story = recordedStory('NestValidationPipe');
export const HonoZodValidator: Story = recordedStory('HonoZodValidator');
export const YogaBadUserInput: Story = recordedStory('YogaBadUserInput');
export const Nginx502: Story = recordedStory('Nginx502');
export const FlaskNotFound: Story = recordedStory('FlaskNotFound');
export const FeathersSchema: Story = recordedStory('FeathersSchema');
export const FeathersNotAuthenticated: Story = recordedStory('FeathersNotAuthenticated');
export const MoleculerParams: Story = recordedStory('MoleculerParams');
export const OrpcOpenApi: Story = recordedStory('OrpcOpenApi');
export const VineAdonis: Story = recordedStory('VineAdonis');
