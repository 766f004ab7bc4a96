import { expect } from 'vitest';
import { type ClassifiedError, classifyError } from '../../src/core/index.ts';
import { expectPlainText } from '../conformance/check.ts';

export interface Expected {
  kind: ClassifiedError['kind'];
  /** The HTTP status; transport failures have none. */
  status?: number;
  code?: string;
  fieldErrors?: Record<string, string[]>;
  retryAfterMs?: number;
}

export interface Scenario {
  name: string;
  path: string;
  /** GraphQL document, for GraphQL clients. */
  query?: string;
  /** Abort the request (client timeout or caller's signal) after this many milliseconds. */
  timeoutMs?: number;
  abortMs?: number;
  expected: Expected;
}

/** What the real library gives the app for a failed request: the thrown error or its error value. */
export type Fail = (
  url: string,
  scenario: Scenario,
  signal: AbortSignal | undefined,
) => Promise<unknown>;

const email = 'Enter a valid email address';

export const httpScenarios: Scenario[] = [
  {
    name: '422 with field errors',
    path: '/validation',
    expected: {
      kind: 'validation',
      status: 422,
      fieldErrors: {
        email: [email],
        'address.city': ['City is required'],
        'items.1.qty': ['Quantity must be at least 1'],
      },
    },
  },
  { name: '401', path: '/unauthenticated', expected: { kind: 'unauthenticated', status: 401 } },
  {
    name: '429 with Retry-After',
    path: '/rate-limited',
    expected: { kind: 'rate-limited', status: 429, retryAfterMs: 60_000 },
  },
  { name: '503 HTML page', path: '/unavailable', expected: { kind: 'unavailable', status: 503 } },
  { name: '502 HTML page', path: '/bad-gateway', expected: { kind: 'unavailable', status: 502 } },
  { name: 'connection reset', path: '/reset', expected: { kind: 'network' } },
  { name: 'client timeout', path: '/hang', timeoutMs: 300, expected: { kind: 'timeout' } },
  { name: 'aborted by the caller', path: '/hang', abortMs: 100, expected: { kind: 'cancelled' } },
];

export const graphqlScenarios: Scenario[] = [
  {
    name: 'BAD_USER_INPUT',
    path: '/graphql',
    query: 'mutation { signUp(email: "nope") }',
    expected: {
      kind: 'validation',
      code: 'BAD_USER_INPUT',
      fieldErrors: { email: [`${email}.`] },
    },
  },
  {
    name: 'UNAUTHENTICATED with 401',
    path: '/graphql',
    query: '{ me }',
    expected: { kind: 'unauthenticated', status: 401, code: 'UNAUTHENTICATED' },
  },
  {
    name: 'query validation with 400',
    path: '/graphql',
    query: '{ nope }',
    expected: { kind: 'client', status: 400, code: 'GRAPHQL_VALIDATION_FAILED' },
  },
  {
    name: 'masked resolver error',
    path: '/graphql',
    query: '{ boom }',
    expected: { kind: 'server', code: 'INTERNAL_SERVER_ERROR' },
  },
  {
    name: '502 HTML page',
    path: '/bad-gateway',
    query: '{ me }',
    expected: { kind: 'unavailable', status: 502 },
  },
  { name: 'connection reset', path: '/reset', query: '{ me }', expected: { kind: 'network' } },
  {
    name: 'aborted by the caller',
    path: '/hang',
    query: '{ me }',
    abortMs: 100,
    expected: { kind: 'cancelled' },
  },
];

export function expectClassified(classified: ClassifiedError, expected: Expected): void {
  expect(classified.kind).toBe(expected.kind);
  expect(classified.status).toBe(expected.status);
  expectPlainText(classified.message);
  if (expected.code !== undefined) expect(classified.code).toBe(expected.code);
  if (expected.fieldErrors) expect({ ...classified.fieldErrors }).toEqual(expected.fieldErrors);
  if (expected.retryAfterMs !== undefined) {
    expect(classified.retryAfterMs).toBe(expected.retryAfterMs);
  }
}

/** Has the library request `url` as `scenario` says (aborting after `abortMs`), and checks what it gave the app. */
export async function checkScenario(fail: Fail, url: string, scenario: Scenario): Promise<void> {
  const controller = new AbortController();
  const timer =
    scenario.abortMs === undefined
      ? undefined
      : setTimeout(() => controller.abort(), scenario.abortMs);
  const signal = scenario.abortMs === undefined ? undefined : controller.signal;
  try {
    const failure = await fail(url, scenario, signal);
    expect(failure, 'the request did not fail').toBeDefined();
    expectClassified(classifyError(failure), scenario.expected);
  } finally {
    clearTimeout(timer);
  }
}

/** The rejection of `promise`; fails the test when it resolves. */
export async function rejectionOf(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('the request succeeded');
}

/** `scenarios` with one scenario's expectation changed, for what a library cannot carry. */
export function adjusted(
  scenarios: readonly Scenario[],
  name: string,
  patch: Partial<Expected>,
): Scenario[] {
  if (!scenarios.some((scenario) => scenario.name === name)) throw new Error(`No scenario ${name}`);
  return scenarios.map((scenario) =>
    scenario.name === name
      ? { ...scenario, expected: { ...scenario.expected, ...patch } }
      : scenario,
  );
}
