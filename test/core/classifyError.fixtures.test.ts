/**
 * Table tests: every shared fixture through `classifyError`.
 *
 * Each HTTP response fixture is classified twice, as the kit's own `HttpError` and as a plain
 * `{ status, data, headers, method }` object; each input fixture as whatever its `make()`
 * builds. Every expectation a fixture sets is checked, plus invariants that hold for any result.
 */
import { describe, expect, it } from 'vitest';
import { classifyError, englishMessages, HttpError } from '../../src/core';
import type { ClassifiedError, ClassifyOptions, ErrorKind } from '../../src/core/types';
import {
  type FixtureExpectation,
  inputFixtures,
  type ResponseFixture,
  responseFixtures,
  seed004Codes,
} from '../fixtures';

const RETRYABLE_KINDS: ReadonlySet<ErrorKind> = new Set([
  'rate-limited',
  'unavailable',
  'server',
  'timeout',
  'network',
]);

const DIALECTS = new Set([
  'seed-004-exception',
  'problem-details',
  'aspnet-validation',
  'laravel',
  'errors-map',
  'json-api',
  'google-rpc',
  'stripe',
  'github',
  'drf',
  'rails',
  'spring-boot',
  'nestjs',
  'graphql',
  'aws-api-gateway',
  'discord',
  'generic-json',
  'plain-text',
  'html-proxy',
  'none',
]);

function classifyOptions(options: ResponseFixture['options']): ClassifyOptions | undefined {
  if (!options) return undefined;
  const { now, ...rest } = options;
  return now === undefined ? { ...rest } : { ...rest, now: () => now };
}

/** A fresh copy of a body, so no test can see another's mutations (JSON keeps own `__proto__`). */
function copyBody(body: unknown): unknown {
  return body === undefined || typeof body === 'string' ? body : JSON.parse(JSON.stringify(body));
}

function expectInvariants(result: ClassifiedError, cause: unknown): void {
  expect(typeof result.message).toBe('string');
  expect(result.message.trim()).not.toBe('');
  expect(result.message).toBe(result.message.trim());
  expect(result.title.trim()).not.toBe('');
  expect(result.retryable).toBe(RETRYABLE_KINDS.has(result.kind));
  expect(result.cause).toBe(cause);
  expect(Array.isArray(result.formErrors)).toBe(true);
  for (const formError of result.formErrors) expect(formError.trim()).not.toBe('');
  expect(Object.getPrototypeOf(result.fieldErrors)).toBe(Object.prototype);
  for (const [key, messages] of Object.entries(result.fieldErrors)) {
    expect(key, 'field key').not.toBe('');
    expect(Array.isArray(messages), `fieldErrors[${key}] is an array`).toBe(true);
    expect(messages.length, `fieldErrors[${key}] is not empty`).toBeGreaterThan(0);
    for (const message of messages) {
      expect(typeof message).toBe('string');
      expect(message.trim()).not.toBe('');
    }
  }
  if (result.retryAfterMs !== undefined) {
    expect(Number.isFinite(result.retryAfterMs)).toBe(true);
    expect(result.retryAfterMs).toBeGreaterThanOrEqual(0);
  }
  if (result.method !== undefined) expect(result.method).toBe(result.method.toUpperCase());
}

/** Checks every field the fixture sets; soft, so one run shows every mismatch of a fixture. */
function expectMatches(result: ClassifiedError, expected: FixtureExpectation): void {
  expect.soft(result.kind, 'kind').toBe(expected.kind);
  if (expected.code !== undefined) expect.soft(result.code, 'code').toBe(expected.code);
  if (expected.message !== undefined) {
    const message =
      expected.message === 'default' ? englishMessages[expected.kind].message : expected.message;
    expect.soft(result.message, 'message').toBe(message);
  }
  if (expected.fieldErrors !== undefined) {
    expect.soft({ ...result.fieldErrors }, 'fieldErrors').toEqual(expected.fieldErrors);
  }
  if (expected.fieldKeys !== undefined) {
    expect
      .soft(Object.keys(result.fieldErrors), 'fieldErrors keys')
      .toEqual(expect.arrayContaining(expected.fieldKeys));
  }
  if (expected.formErrors !== undefined) {
    expect.soft(result.formErrors, 'formErrors').toEqual(expected.formErrors);
  }
  if (expected.retryAfterMs !== undefined) {
    expect.soft(result.retryAfterMs, 'retryAfterMs').toBe(expected.retryAfterMs ?? undefined);
  }
  if (expected.requestId !== undefined) {
    expect.soft(result.requestId, 'requestId').toBe(expected.requestId);
  }
  if (expected.retryable !== undefined) {
    expect.soft(result.retryable, 'retryable').toBe(expected.retryable);
  }
  if (expected.status !== undefined) {
    expect.soft(result.status, 'status').toBe(expected.status ?? undefined);
  }
  if (expected.method !== undefined) expect.soft(result.method, 'method').toBe(expected.method);
}

describe('fixture tables are well formed', () => {
  it('has unique ids across responses and inputs', () => {
    const ids = [...responseFixtures, ...inputFixtures].map((fixture) => fixture.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
  });

  it.each(responseFixtures.map((fixture) => [fixture.id, fixture] as const))(
    '%s is JSON-serialisable data with a known dialect',
    (_id, fixture) => {
      expect(JSON.parse(JSON.stringify(fixture))).toEqual(fixture);
      expect(DIALECTS.has(fixture.dialect)).toBe(true);
      expect(fixture.description).not.toMatch(/\n/);
      if (fixture.method !== undefined) expect(fixture.method).toBe(fixture.method.toUpperCase());
    },
  );
});

describe.each(responseFixtures.map((fixture) => [fixture.id, fixture] as const))(
  'response %s',
  (_id, fixture) => {
    const options = classifyOptions(fixture.options);
    const { status, statusText, headers, body } = fixture.response;

    it('classifies an HttpError', () => {
      const error = new HttpError({
        status,
        statusText,
        headers: { ...headers },
        body: copyBody(body),
        method: fixture.method,
        url: `https://api.example.com/fixtures/${fixture.id}`,
      });
      const result = classifyError(error, options);
      expectInvariants(result, error);
      expect.soft(result.status, 'status').toBe(status);
      if (fixture.method !== undefined) expect.soft(result.method).toBe(fixture.method);
      expectMatches(result, fixture.expected);
    });

    it('classifies a plain { status, data, headers, method } object', () => {
      const plain = {
        status,
        data: copyBody(body),
        headers: { ...headers },
        method: fixture.method,
      };
      const result = classifyError(plain, options);
      expectInvariants(result, plain);
      expect.soft(result.status, 'status').toBe(status);
      expectMatches(result, fixture.expected);
    });
  },
);

describe.each(inputFixtures.map((fixture) => [fixture.id, fixture] as const))(
  'input %s',
  (_id, fixture) => {
    it('classifies', () => {
      const input = fixture.make();
      const result = classifyError(input);
      expectInvariants(result, input);
      expectMatches(result, fixture.expected);
    });
  },
);

describe('payload keys cannot reach Object.prototype', () => {
  it('classifies every fixture without adding anything to Object.prototype', () => {
    const before = Object.getOwnPropertyNames(Object.prototype).sort();
    for (const fixture of responseFixtures) {
      classifyError(
        new HttpError({
          status: fixture.response.status,
          headers: { ...fixture.response.headers },
          body: copyBody(fixture.response.body),
        }),
        classifyOptions(fixture.options),
      );
    }
    expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(before);
    expect(({} as Record<string, unknown>).email).toBeUndefined();
    expect(Object.getPrototypeOf({})).toBe(Object.prototype);
  });
});

// ---------------------------------------------------------------------------------------------
// Seed coverage: every status and code the seed API documents appears in a fixture, and every
// example payload they print is a fixture body verbatim.

/** The statuses each seed document lists; '5xx' means any server error. */
const SEED_STATUSES: Readonly<Record<string, readonly (number | '5xx')[]>> = {
  'seed 000': [400, 401, 403, 404, 500, 502, 503],
  'seed 001': [400, 401, 403, 404, 405, 429, 500, 503],
  'seed 002': [400, 401, 403, 404, 405, 409, 422, 429, 500, 502, 503, 504],
  'seed 003': [400, 401, 403, 404, 405, 409, '5xx'],
  'seed 004': [401, 403, 405, 422, 500],
};

const SEED_004_EXCEPTION_CODES = [
  1001, 1002, 1003, 1004, 1005, 1006, 3000, 3001, 3002, 4000, 4001, 4002, 4003, 4004, 4005, 4006,
  4007, 4008, 5000,
];

/** The example payloads the seeds print, with the status each is documented to arrive with. */
const SEED_EXAMPLES: readonly { source: string; status: number; body: unknown }[] = [
  {
    source: 'seed 001',
    status: 404,
    body: { errors: { email: ['The email field is required.'] } },
  },
  {
    source: 'seed 002',
    status: 422,
    body: {
      message: 'The given data was invalid.',
      errors: {
        email: ['The email field is required.', 'The email must be a valid email address.'],
        amount: ['The amount must be greater than 0.'],
      },
    },
  },
  {
    source: 'seed 004',
    status: 401,
    body: {
      version: 'v2_0_0',
      status: 401,
      exception: { message: 'Token could not be located.', code: 1002 },
    },
  },
  {
    source: 'seed 004',
    status: 422,
    body: { version: 'v2_0_0', status: 422, exception: { message: 'ID is required.', code: 3002 } },
  },
  {
    source: 'seed 004',
    status: 422,
    body: {
      version: 'v2_0_0',
      status: 422,
      exception: { message: 'Invalid data (bad JSON?)', code: 4000 },
    },
  },
];

function seedFixtures(source: string): ResponseFixture[] {
  return responseFixtures.filter((fixture) => fixture.source === source);
}

function exceptionCode(body: unknown): unknown {
  if (typeof body !== 'object' || body === null) return undefined;
  const exception = (body as { exception?: unknown }).exception;
  if (typeof exception !== 'object' || exception === null) return undefined;
  return (exception as { code?: unknown }).code;
}

describe('seed coverage', () => {
  it.each(
    Object.entries(SEED_STATUSES).flatMap(([source, statuses]) =>
      statuses.map((status) => [source, String(status)] as const),
    ),
  )('%s status %s has a fixture', (source, status) => {
    const statuses = seedFixtures(source).map((fixture) => fixture.response.status);
    if (status === '5xx') expect(statuses.some((s) => s >= 500 && s <= 599)).toBe(true);
    else expect(statuses).toContain(Number(status));
  });

  it.each(SEED_004_EXCEPTION_CODES)('seed 004 exception code %i has a fixture', (code) => {
    const codes = seedFixtures('seed 004').map((fixture) => exceptionCode(fixture.response.body));
    expect(codes).toContain(code);
  });

  it.each(SEED_EXAMPLES.map((example, index) => [index, example] as const))(
    'seed example payload #%i is a fixture with its documented status',
    (_index, example) => {
      const matches = seedFixtures(example.source).filter(
        (fixture) =>
          fixture.response.status === example.status &&
          JSON.stringify(fixture.response.body) === JSON.stringify(example.body),
      );
      expect(matches.length).toBeGreaterThan(0);
    },
  );

  it('maps the codes 1006, 3000 and 3001 through seed004Codes, and 1006 also without it', () => {
    expect(seed004Codes).toEqual({ '1006': 'forbidden', '3000': 'forbidden', '3001': 'not-found' });
    for (const code of [1006, 3000, 3001]) {
      const mapped = seedFixtures('seed 004').filter(
        (fixture) =>
          exceptionCode(fixture.response.body) === code && fixture.options?.codes === seed004Codes,
      );
      expect(mapped.length, `code ${code} with options.codes`).toBeGreaterThan(0);
    }
    const unmapped = seedFixtures('seed 004').filter(
      (fixture) => exceptionCode(fixture.response.body) === 1006 && !fixture.options?.codes,
    );
    expect(unmapped.map((fixture) => fixture.expected.kind)).toContain('unauthenticated');
  });
});
