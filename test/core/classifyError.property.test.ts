/**
 * Property tests for `classifyError`: it is total (never throws), its result always keeps the
 * contract's invariants, payload keys never reach `Object.prototype`, and it is deterministic.
 *
 * Every property runs with a fixed seed. `EK_PROPERTY_RUNS` sets the number of runs per
 * property (default {@link DEFAULT_RUNS}); raise it locally for a deeper search, e.g.
 * `EK_PROPERTY_RUNS=50000 npx vitest run test/core/classifyError.property.test.ts`.
 *
 * Generated values are small descriptions (printable, shrinkable); the hostile objects they
 * describe (proxies, throwing getters, cycles, 1 MiB strings) are built inside each run, so a
 * failure prints the description rather than a megabyte of text.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  builtInDialects,
  type ClassifiedError,
  type ClassifyOptions,
  classifyError,
  ERROR_KINDS,
  type ErrorKind,
  findFieldErrors,
  HttpError,
} from '../../src/core';

const DEFAULT_RUNS = 3_000;
const SEED = 4242;
const NOW = Date.parse('2026-11-21T12:00:00Z');
const now = () => NOW;

function runs(): number {
  const fromEnv = Number.parseInt(process.env.EK_PROPERTY_RUNS ?? '', 10);
  return Number.isFinite(fromEnv) && fromEnv > 0 ? fromEnv : DEFAULT_RUNS;
}

const PARAMS = { seed: SEED, numRuns: runs() };
/** Per-test time limit: generous, and growing with the number of runs. */
const TIMEOUT = 20_000 + PARAMS.numRuns * 2;

// ---------------------------------------------------------------------------------------------
// Invariants
// ---------------------------------------------------------------------------------------------

const RETRYABLE: ReadonlySet<ErrorKind> = new Set([
  'rate-limited',
  'unavailable',
  'server',
  'timeout',
  'network',
]);

/** Every broken invariant of one result, as readable lines (an empty list when all hold). */
function violations(result: ClassifiedError, input: unknown, max: number): string[] {
  const out: string[] = [];
  const fail = (line: string) => out.push(line);
  if (!ERROR_KINDS.includes(result.kind)) fail(`kind ${String(result.kind)} is not an ErrorKind`);
  if (typeof result.title !== 'string' || result.title.trim() === '') fail('title is empty');
  if (typeof result.message !== 'string' || result.message.trim() === '') {
    fail('message is empty');
  } else if (result.message.length > max) {
    fail(`message has ${result.message.length} characters, over maxMessageLength ${max}`);
  }
  const fields = result.fieldErrors as unknown;
  if (typeof fields !== 'object' || fields === null) {
    fail('fieldErrors is not an object');
  } else {
    for (const key of Object.keys(fields)) {
      const messages = (fields as Record<string, unknown>)[key];
      if (!Array.isArray(messages) || messages.length === 0) {
        fail(`fieldErrors[${JSON.stringify(key)}] is not a non-empty array`);
        continue;
      }
      for (const m of messages) {
        if (typeof m !== 'string' || m.trim() === '') {
          fail(`fieldErrors[${JSON.stringify(key)}] holds an empty or non-string message`);
        } else if (m.length > max) {
          fail(`fieldErrors[${JSON.stringify(key)}] message is ${m.length} long, over ${max}`);
        }
      }
    }
    // Plain data that React and JSON carry: nothing but Object.prototype behind it.
    if (Object.getPrototypeOf(fields) !== Object.prototype)
      fail('fieldErrors is not a plain object');
  }
  if (!Array.isArray(result.formErrors)) {
    fail('formErrors is not an array');
  } else {
    for (const m of result.formErrors as unknown[]) {
      if (typeof m !== 'string' || m.trim() === '') fail('formErrors holds an empty or non-string');
      else if (m.length > max) fail(`formErrors message is ${m.length} long, over ${max}`);
    }
  }
  if (result.retryable !== RETRYABLE.has(result.kind)) {
    fail(`retryable is ${String(result.retryable)} for kind ${result.kind}`);
  }
  const wait = result.retryAfterMs;
  if (wait !== undefined && !(typeof wait === 'number' && Number.isFinite(wait) && wait >= 0)) {
    fail(`retryAfterMs is ${String(wait)}`);
  }
  const status = result.status;
  if (
    status !== undefined &&
    // Any response status: GraphQL and similar APIs report errors inside a 200.
    !(typeof status === 'number' && Number.isInteger(status) && status >= 100 && status <= 599)
  ) {
    fail(`status is ${String(status)}, not an HTTP status`);
  }
  if (!Object.is(result.cause, input)) fail('cause is not the input');
  return out;
}

const PROTOTYPES: ReadonlyArray<[string, object]> = [
  ['Object.prototype', Object.prototype],
  ['Array.prototype', Array.prototype],
  ['Function.prototype', Function.prototype],
  ['String.prototype', String.prototype],
];
const PROTOTYPE_KEYS = new Map(PROTOTYPES.map(([name, proto]) => [name, Reflect.ownKeys(proto)]));

/** Lines describing any change to the built-in prototypes (an empty list when untouched). */
function pollution(): string[] {
  const out: string[] = [];
  for (const [name, proto] of PROTOTYPES) {
    const before = PROTOTYPE_KEYS.get(name) ?? [];
    const after = Reflect.ownKeys(proto);
    const added = after.filter((key) => !before.includes(key));
    if (added.length > 0 || after.length !== before.length) {
      out.push(`${name} gained ${added.map(String).join(', ')}`);
    }
  }
  const probe = {} as Record<string, unknown>;
  for (const key of ['polluted', 'isAdmin', 'email', 'status', 'message']) {
    if (probe[key] !== undefined) out.push(`({}).${key} is ${String(probe[key])}`);
  }
  return out;
}

/** Classifies, then checks the invariants and the built-in prototypes. */
function classifyAndCheck(input: unknown, options: ClassifyOptions = {}): ClassifiedError {
  const result = classifyError(input, { now, ...options });
  const max = options.maxMessageLength ?? 500;
  expect(violations(result, input, max)).toEqual([]);
  expect(pollution()).toEqual([]);
  return result;
}

// ---------------------------------------------------------------------------------------------
// Building blocks
// ---------------------------------------------------------------------------------------------

const ERROR_STATUSES = [
  400, 401, 402, 403, 404, 405, 408, 409, 410, 412, 413, 415, 418, 419, 422, 423, 425, 429, 440,
  451, 499, 500, 501, 502, 503, 504, 505, 507, 520, 521, 522, 523, 524, 529, 599,
];

const statusArb = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...ERROR_STATUSES) },
  { weight: 1, arbitrary: fc.integer({ min: 0, max: 999 }) },
);

const SYMBOLS = [
  'UNAUTHENTICATED',
  'UNAUTHORIZED',
  'PERMISSION_DENIED',
  'FORBIDDEN',
  'BAD_USER_INPUT',
  'INVALID_ARGUMENT',
  'OUT_OF_RANGE',
  'NOT_FOUND',
  'ALREADY_EXISTS',
  'ABORTED',
  'FAILED_PRECONDITION',
  'RESOURCE_EXHAUSTED',
  'UNAVAILABLE',
  'DEADLINE_EXCEEDED',
  'INTERNAL',
  'INTERNAL_SERVER_ERROR',
  'UNKNOWN',
  'DATA_LOSS',
  'UNIMPLEMENTED',
  'CANCELLED',
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'PERSISTED_QUERY_NOT_FOUND',
  'ValidationError',
  'unauthenticated',
  ' NOT_FOUND ',
];
const symbolArb = fc.oneof(fc.constantFrom(...SYMBOLS), fc.string({ maxLength: 12 }));

/** Text a server might put in a message: sentences, noise, markup, stack traces, reason phrases. */
const textArb = fc.oneof(
  { weight: 4, arbitrary: fc.string({ maxLength: 40 }) },
  { weight: 2, arbitrary: fc.lorem({ maxCount: 6, mode: 'sentences' }) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 20 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 20 }) },
  {
    weight: 2,
    arbitrary: fc.constantFrom(
      '',
      ' ',
      '\n\t ',
      'Not Found',
      'Bad Request.',
      'error',
      'Unprocessable Entity',
      'The email field is required.',
      'The given data was invalid.',
      'Token could not be located.',
      '<html><head><title>502 Bad Gateway</title></head><body>nginx</body></html>',
      '<!DOCTYPE html><p>x</p>',
      '<?xml version="1.0"?><Error/>',
      'Error: boom\n    at handler (/srv/app.js:10:5)\n    at next (/srv/router.js:3:1)',
      'java.lang.IllegalStateException: x\n\tat com.acme.Api.call(Api.java:42)',
      'Traceback (most recent call last):\n  File "app.py", line 1',
      'a'.repeat(700),
      `${'word '.repeat(150)}end`,
      '😀'.repeat(400),
      ' spaced   out\ttext ',
      '\u00a0\u2028x\u2029',
    ),
  },
);

const leafArb = fc.oneof(
  { weight: 4, arbitrary: textArb },
  { weight: 1, arbitrary: fc.integer() },
  { weight: 1, arbitrary: fc.double() },
  { weight: 1, arbitrary: fc.boolean() },
  { weight: 1, arbitrary: fc.constant(null) },
);

const FIELD_KEYS = [
  'email',
  'amount',
  'first_name',
  'firstName',
  'address.city',
  'items[0].qty',
  '$.items[0].qty',
  "user['email']",
  '/data/attributes/address/city',
  '/data/attributes/email',
  '/data',
  '#/items/0',
  '$',
  '',
  ' ',
  'non_field_errors',
  '__all__',
  'base',
  'message',
  'detail',
  'code',
  'status',
  '__proto__',
  'constructor',
  'prototype',
  'toString',
  'hasOwnProperty',
];
const fieldKeyArb = fc.oneof(
  { weight: 2, arbitrary: fc.constantFrom(...FIELD_KEYS) },
  { weight: 1, arbitrary: fc.string({ maxLength: 12 }) },
);

/** A field's value in a field map: message lists, a bare message, message objects, nesting. */
const { fieldValue: fieldValueArb } = fc.letrec((tie) => ({
  fieldValue: fc.oneof(
    { depthSize: 'small', maxDepth: 3 },
    fc.array(textArb, { maxLength: 4 }),
    textArb,
    fc.array(fc.record({ message: textArb }), { maxLength: 3 }),
    fc.array(leafArb, { maxLength: 3 }),
    leafArb,
    fc.dictionary(fieldKeyArb, tie('fieldValue'), { maxKeys: 4 }),
    fc.array(tie('fieldValue'), { maxLength: 3 }),
  ),
}));
const fieldMapArb = fc.dictionary(fieldKeyArb, fieldValueArb, { maxKeys: 6 });

const codeArb = fc.oneof(
  fc.integer({ min: 0, max: 9_999 }),
  fc.constantFrom('1002', '1006', '3001', 'card_declined', 'ERR_X', 'resource_missing', ''),
  fc.string({ maxLength: 8 }),
  fc.double(),
);

const statusEchoArb = fc.oneof(statusArb, statusArb.map(String), leafArb);

const retryDelayArb = fc.oneof(
  fc.constantFrom('30s', '1.5s', '0s', '-1s', 's', '  2 s ', '1e3s', ''),
  fc.nat({ max: 10_000 }).map((n) => `${n}s`),
  fc.record({ seconds: fc.oneof(fc.nat(), fc.double()), nanos: fc.oneof(fc.nat(), fc.double()) }),
  leafArb,
);

/** One google.rpc.Status detail, recognised by its `@type`. */
const googleDetailArb = fc.oneof(
  fc.record({
    '@type': fc.constant('type.googleapis.com/google.rpc.BadRequest'),
    fieldViolations: fc.array(fc.record({ field: fieldKeyArb, description: textArb }), {
      maxLength: 4,
    }),
  }),
  fc.record({
    '@type': fc.constant('type.googleapis.com/google.rpc.RetryInfo'),
    retryDelay: retryDelayArb,
  }),
  fc.record({
    '@type': fc.constant('type.googleapis.com/google.rpc.ErrorInfo'),
    reason: textArb,
    domain: textArb,
    metadata: fc.dictionary(fc.string({ maxLength: 6 }), textArb, { maxKeys: 3 }),
  }),
  fc.record({
    '@type': fc.constant('type.googleapis.com/google.rpc.LocalizedMessage'),
    locale: fc.constantFrom('en-US', 'fr'),
    message: textArb,
  }),
  fc.record({
    '@type': fc.constant('type.googleapis.com/google.rpc.RequestInfo'),
    requestId: textArb,
  }),
  fc.record({ '@type': textArb }, { requiredKeys: [] }),
);

/** Bodies shaped like each dialect errorkit reads, with arbitrary leaves. */
const DIALECT_BODIES = {
  laravel: fc.record({ message: textArb, errors: fieldMapArb }),
  errorsMap: fc.record({ errors: fieldMapArb }),
  problemDetails: fc.record(
    {
      type: fc.oneof(fc.constant('about:blank'), fc.webUrl(), textArb),
      title: textArb,
      status: statusEchoArb,
      detail: textArb,
      instance: textArb,
      errors: fc.oneof(
        fieldMapArb,
        fc.array(fc.record({ detail: textArb, pointer: fieldKeyArb }, { requiredKeys: [] }), {
          maxLength: 4,
        }),
      ),
      traceId: textArb,
      code: codeArb,
    },
    { requiredKeys: ['title'] },
  ),
  jsonApi: fc.record({
    errors: fc.array(
      fc.record(
        {
          id: textArb,
          status: statusEchoArb,
          code: codeArb,
          title: textArb,
          detail: textArb,
          source: fc.oneof(
            fc.record({ pointer: fieldKeyArb }),
            fc.record({ parameter: fieldKeyArb }),
            fc.record({ header: textArb }),
          ),
          meta: fc.dictionary(fc.string({ maxLength: 5 }), leafArb, { maxKeys: 2 }),
        },
        { requiredKeys: [] },
      ),
      { maxLength: 5 },
    ),
  }),
  googleRpc: fc.record({
    error: fc.record(
      {
        code: fc.oneof(statusArb, fc.integer({ min: 0, max: 16 })),
        status: symbolArb,
        message: textArb,
        details: fc.array(googleDetailArb, { maxLength: 4 }),
      },
      { requiredKeys: [] },
    ),
  }),
  stripe: fc.record({
    error: fc.record(
      {
        type: fc.constantFrom(
          'card_error',
          'invalid_request_error',
          'api_error',
          'rate_limit_error',
        ),
        code: codeArb,
        decline_code: textArb,
        message: textArb,
        param: fieldKeyArb,
        request_id: textArb,
        doc_url: fc.webUrl(),
      },
      { requiredKeys: [] },
    ),
  }),
  graphql: fc.record({
    errors: fc.array(
      fc.record(
        {
          message: textArb,
          path: fc.array(fc.oneof(fc.string({ maxLength: 6 }), fc.nat({ max: 5 })), {
            maxLength: 3,
          }),
          locations: fc.array(fc.record({ line: fc.nat(), column: fc.nat() }), { maxLength: 2 }),
          extensions: fc.record(
            {
              code: symbolArb,
              classification: symbolArb,
              field: fieldKeyArb,
              argumentName: fieldKeyArb,
              http: fc.record({ status: statusEchoArb }),
            },
            { requiredKeys: [] },
          ),
        },
        { requiredKeys: ['message'] },
      ),
      { maxLength: 4 },
    ),
    data: fc.constant(null),
  }),
  github: fc.record({
    message: textArb,
    errors: fc.array(
      fc.oneof(
        textArb,
        fc.record(
          {
            resource: fc.constantFrom('Issue', 'PullRequest', 'Repository'),
            field: fieldKeyArb,
            code: fc.constantFrom(
              'missing',
              'missing_field',
              'invalid',
              'already_exists',
              'custom',
              '',
            ),
            message: textArb,
          },
          { requiredKeys: ['resource'] },
        ),
      ),
      { maxLength: 4 },
    ),
    documentation_url: fc.webUrl(),
  }),
  drf: fc
    .tuple(
      fieldMapArb,
      fc.record(
        { non_field_errors: fc.array(textArb, { maxLength: 3 }), detail: textArb },
        { requiredKeys: [] },
      ),
    )
    .map(([fields, extra]) => ({ ...fields, ...extra })),
  springBoot: fc.record(
    {
      timestamp: fc.constant('2026-11-21T12:00:00.000+00:00'),
      status: statusEchoArb,
      error: textArb,
      message: textArb,
      path: fc.constantFrom('/api/orders', ''),
      errors: fc.array(
        fc.record(
          { field: fieldKeyArb, defaultMessage: textArb, code: textArb, objectName: textArb },
          { requiredKeys: [] },
        ),
        { maxLength: 4 },
      ),
      requestId: textArb,
    },
    { requiredKeys: ['error'] },
  ),
  nestjs: fc.record({
    statusCode: statusEchoArb,
    message: fc.oneof(textArb, fc.array(textArb, { maxLength: 4 })),
    error: textArb,
  }),
  envelope: fc.record({
    version: fc.constant('v2_0_0'),
    status: statusEchoArb,
    exception: fc.record({ message: textArb, code: codeArb }, { requiredKeys: [] }),
  }),
  oauth: fc.record({ error: textArb, error_description: textArb }, { requiredKeys: ['error'] }),
  aws: fc.oneof(fc.record({ message: textArb }), fc.record({ Message: textArb })),
  expressValidator: fc.record({
    errors: fc.array(
      fc.record(
        {
          type: fc.constant('field'),
          msg: textArb,
          path: fieldKeyArb,
          location: fc.constant('body'),
          value: leafArb,
        },
        { requiredKeys: [] },
      ),
      { maxLength: 4 },
    ),
  }),
  salesforce: fc.array(
    fc.record({
      message: textArb,
      errorCode: codeArb,
      fields: fc.array(fieldKeyArb, { maxLength: 2 }),
    }),
    { maxLength: 3 },
  ),
  retryHints: fc.record(
    {
      message: textArb,
      retry_after: fc.oneof(leafArb, fc.nat({ max: 3_600 })),
      retryAfter: fc.oneof(leafArb, fc.nat({ max: 3_600 })),
      requestId: textArb,
      request_id: textArb,
      correlationId: textArb,
      code: codeArb,
      status: statusEchoArb,
    },
    { requiredKeys: [] },
  ),
};
const dialectBodyArb = fc.oneof(...Object.values(DIALECT_BODIES));

/** Bodies: one dialect, two merged (a body may match several), any JSON, or plain text. */
const bodyArb = fc.oneof(
  { weight: 6, arbitrary: dialectBodyArb },
  {
    weight: 2,
    arbitrary: fc
      .tuple(dialectBodyArb, dialectBodyArb)
      .map(([a, b]) => (Array.isArray(a) || Array.isArray(b) ? a : { ...a, ...b })),
  },
  { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 3 }) },
  { weight: 1, arbitrary: textArb },
  { weight: 1, arbitrary: fc.constantFrom(undefined, null, '') },
);

const HEADER_NAMES = [
  'retry-after',
  'Retry-After',
  'RETRY-AFTER',
  'ratelimit',
  'RateLimit',
  'ratelimit-reset',
  'ratelimit-remaining',
  'x-ratelimit-reset',
  'X-RateLimit-Reset',
  'x-ratelimit-remaining',
  'date',
  'Date',
  'x-request-id',
  'request-id',
  'x-correlation-id',
  'x-amzn-requestid',
  'x-github-request-id',
  'cf-ray',
  'traceparent',
  'x-cloud-trace-context',
  'content-type',
  'idempotency-key',
];

const headerValueArb = fc.oneof(
  {
    weight: 3,
    arbitrary: fc.constantFrom(
      '0',
      '1',
      '3',
      '120',
      '  5  ',
      '1.5',
      '-1',
      '1e3',
      'NaN',
      'Infinity',
      '1e309',
      '999999999999999999999',
      '0x10',
      '',
      'abc',
      'default;r=0;t=30',
      '"default";r=0;t=5',
      'limit=100, remaining=0, reset=30',
      'r=10;t=0',
      '1763726430',
      '1763726430000',
      'Sat, 21 Nov 2026 12:00:30 GMT',
      'Wed, 21 Oct 2015 07:28:00 GMT',
      'Fri, 31 Dec 9999 23:59:59 GMT',
      'Mon, 32 Foo 2020',
      '00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01',
      '105445aa7843bc8bf206b120001000/1;o=1',
      '8c2b1e0f5d3a1b2c-AMS',
      'application/json',
      'text/html; charset=utf-8',
    ),
  },
  { weight: 1, arbitrary: fc.integer({ min: -10, max: 2_000_000_000 }).map(String) },
  { weight: 1, arbitrary: fc.double().map(String) },
  { weight: 1, arbitrary: fc.date({ noInvalidDate: false }).map((d) => d.toUTCString()) },
  { weight: 1, arbitrary: fc.string({ maxLength: 20 }) },
  { weight: 1, arbitrary: fc.oneof(fc.integer(), fc.double()) },
  { weight: 1, arbitrary: fc.array(fc.string({ maxLength: 6 }), { maxLength: 3 }) },
);

const headersArb = fc.record({
  form: fc.constantFrom('record', 'headers', 'map', 'entries', 'null-proto', 'none'),
  values: fc.dictionary(
    fc.oneof(
      { weight: 4, arbitrary: fc.constantFrom(...HEADER_NAMES) },
      { weight: 1, arbitrary: fc.string() },
    ),
    headerValueArb,
    { maxKeys: 6 },
  ),
});
type HeadersSpec = { form: string; values: Record<string, unknown> };

function buildHeaders({ form, values }: HeadersSpec): unknown {
  const entries = Object.entries(values);
  switch (form) {
    case 'headers': {
      const headers = new Headers();
      for (const [name, value] of entries) {
        try {
          headers.append(name, String(value));
        } catch {
          // a name or value fetch refuses is left out
        }
      }
      return headers;
    }
    case 'map':
      return new Map(entries);
    case 'entries':
      return entries;
    case 'null-proto':
      return Object.assign(Object.create(null), values);
    case 'none':
      return undefined;
    default:
      return values;
  }
}

const VIAS = [
  'http-error',
  'plain-data',
  'plain-body',
  'axios',
  'ky',
  'ofetch',
  'rtk',
  'apollo',
  'fetch-response',
  'bare',
] as const;
type Via = (typeof VIAS)[number];

/** A structured failed response, described in plain data so a counterexample prints well. */
const responseArb = fc.record({
  via: fc.constantFrom(...VIAS),
  status: statusArb,
  headers: headersArb,
  body: bodyArb,
  bodyAs: fc.constantFrom('value', 'value', 'json', 'padded-json'),
  method: fc.option(fc.constantFrom('get', 'POST', 'patch', ' delete ', '', 'x'.repeat(40)), {
    nil: undefined,
  }),
  idempotencyKey: fc.option(fc.uuid(), { nil: undefined }),
});
type ResponseSpec = {
  via: Via;
  status: number;
  headers: HeadersSpec;
  body: unknown;
  bodyAs: string;
  method: string | undefined;
  idempotencyKey: string | undefined;
};

function deliverBody(spec: ResponseSpec): unknown {
  if (spec.bodyAs === 'value' || spec.body === undefined) return spec.body;
  const json = JSON.stringify(spec.body);
  return spec.bodyAs === 'json' ? json : `\n  ${json}\n`;
}

/** Builds the thrown value a client library would produce for a response spec. */
function buildResponse(spec: ResponseSpec): unknown {
  const { status, method, idempotencyKey } = spec;
  const headers = buildHeaders(spec.headers);
  const data = deliverBody(spec);
  switch (spec.via) {
    case 'http-error':
      return new HttpError({
        status,
        statusText: 'Status',
        headers: (headers instanceof Map ? [...headers] : headers) as HeadersInit | undefined,
        body: data,
        method,
        url: 'https://api.example.test/orders',
        idempotencyKey,
      });
    case 'plain-data':
      return { status, data, headers };
    case 'plain-body':
      return { status, body: data, headers };
    case 'axios':
      return Object.assign(new Error(`Request failed with status code ${status}`), {
        name: 'AxiosError',
        isAxiosError: true,
        code: status >= 500 ? 'ERR_BAD_RESPONSE' : 'ERR_BAD_REQUEST',
        config: { method, headers: { 'Idempotency-Key': idempotencyKey } },
        response: { status, statusText: 'Status', headers, data, config: { method } },
      });
    case 'ky':
      return Object.assign(new Error(`Request failed with status code ${status}`), {
        name: 'HTTPError',
        response: responseOrPlain(status, headers),
        request: { method: method ?? 'GET', headers: new Headers() },
        options: { method },
        data,
      });
    case 'ofetch':
      return Object.assign(new Error(`[${method ?? 'GET'}] "/orders": ${status}`), {
        name: 'FetchError',
        status,
        statusCode: status,
        statusText: 'Status',
        data,
        options: { method },
      });
    case 'rtk':
      return status % 3 === 0
        ? { status: 'PARSING_ERROR', originalStatus: status, data, error: 'SyntaxError' }
        : { status, data };
    case 'apollo': {
      const errors = (data as { errors?: unknown } | null)?.errors;
      return Object.assign(new Error('Response not successful'), {
        name: 'ApolloError',
        graphQLErrors: Array.isArray(errors) ? errors : [],
        networkError:
          status % 2 === 0
            ? Object.assign(new Error('Response not successful'), {
                name: 'ServerError',
                statusCode: status,
                result: data,
                response: { headers },
              })
            : null,
      });
    }
    case 'fetch-response':
      return responseOrPlain(status, headers);
    default:
      return data;
  }
}

function responseOrPlain(status: number, headers: unknown): unknown {
  if (status >= 200 && status <= 599 && headers instanceof Headers) {
    return new Response(null, { status, headers });
  }
  return { status, headers };
}

const optionsArb = fc.record(
  {
    maxMessageLength: fc.integer({ min: 1, max: 1_000 }),
    codes: fc.dictionary(
      fc.constantFrom(
        '1002',
        '1006',
        '3001',
        'card_declined',
        'NOT_FOUND',
        '__proto__',
        'constructor',
      ),
      fc.constantFrom(...ERROR_KINDS),
      { maxKeys: 3 },
    ),
    messages: fc.dictionary(
      fc.constantFrom(...ERROR_KINDS),
      fc.record({ title: textArb, message: textArb }, { requiredKeys: [] }),
      { maxKeys: 3 },
    ),
    throwingDialect: fc.boolean(),
  },
  { requiredKeys: ['maxMessageLength'] },
);
type OptionsSpec = {
  maxMessageLength: number;
  codes?: Record<string, ErrorKind>;
  messages?: ClassifyOptions['messages'];
  throwingDialect?: boolean;
};

function buildOptions(spec: OptionsSpec): ClassifyOptions {
  const { throwingDialect, ...options } = spec;
  if (!throwingDialect) return options;
  return {
    ...options,
    dialects: [
      () => {
        throw new Error('dialect failed');
      },
      ...builtInDialects,
    ],
  };
}

// ---------------------------------------------------------------------------------------------
// Hostile values
// ---------------------------------------------------------------------------------------------

/** Every property name the classifier reads on some path, plus a few it may reach through. */
const READ_KEYS = [
  'status',
  'statusCode',
  'statusText',
  'data',
  'body',
  'headers',
  'response',
  'request',
  'config',
  'method',
  'options',
  'errors',
  'error',
  'message',
  'Message',
  'name',
  'code',
  'cause',
  'exception',
  'isAxiosError',
  'networkError',
  'graphQLErrors',
  'result',
  'bodyText',
  'originalStatus',
  'idempotencyKey',
  'detail',
  'title',
  'type',
  'traceId',
  'requestId',
  'request_id',
  'correlationId',
  'retry_after',
  'retryAfter',
  'error_description',
  'errorMessage',
  'errorCode',
  'extensions',
  'source',
  'pointer',
  'parameter',
  'field',
  'param',
  'property',
  'path',
  'fields',
  'msg',
  'defaultMessage',
  'details',
  '@type',
  'fieldViolations',
  'retryDelay',
  'reason',
  'non_field_errors',
  '__all__',
  'base',
  'http',
  'classification',
  'argumentName',
  'description',
  'get',
  'forEach',
  'length',
  '0',
  'toJSON',
  'toString',
  'valueOf',
  'constructor',
];

/** Where a hostile value is placed inside an otherwise plausible error. */
const PLACES = [
  'input',
  'data',
  'body',
  'http-error-body',
  'response',
  'axios-response',
  'response-data',
  'headers',
  'errors',
  'errors-item',
  'error',
  'google-detail',
  'exception',
  'extensions',
  'message',
  'field',
  'cause',
  'network-error',
  'graphql-errors',
  'config',
  'retry-after-body',
] as const;
type Place = (typeof PLACES)[number];

function place(value: unknown, where: Place, status: number): unknown {
  switch (where) {
    case 'input':
      return value;
    case 'data':
      return { status, data: value, headers: { 'x-request-id': 'req_1' } };
    case 'body':
      return { status, body: value };
    case 'http-error-body':
      return new HttpError({ status, body: value, headers: { 'retry-after': '3' } });
    case 'response':
      return { response: value };
    case 'axios-response':
      return { isAxiosError: true, name: 'AxiosError', response: value };
    case 'response-data':
      return { isAxiosError: true, response: { status, data: value, headers: {} } };
    case 'headers':
      return { status, headers: value, data: { message: 'The email field is required.' } };
    case 'errors':
      return { status, data: { message: 'The given data was invalid.', errors: value } };
    case 'errors-item':
      return { status, data: { errors: [value, { field: 'email', message: 'Required.' }] } };
    case 'error':
      return { status, data: { error: value } };
    case 'google-detail':
      return {
        status,
        data: {
          error: { code: status, status: 'INVALID_ARGUMENT', message: 'Bad.', details: [value] },
        },
      };
    case 'exception':
      return { status, data: { version: 'v2_0_0', status, exception: value } };
    case 'extensions':
      return { status, data: { errors: [{ message: 'Denied.', extensions: value }] } };
    case 'message':
      return { status, data: { message: value } };
    case 'field':
      return { status, data: { errors: { email: value, amount: ['Too small.'] } } };
    case 'cause':
      return Object.assign(new Error('wrapped'), { cause: value });
    case 'network-error':
      return { name: 'ApolloError', graphQLErrors: [], networkError: value };
    case 'graphql-errors':
      return { name: 'ApolloError', graphQLErrors: value };
    case 'config':
      return { isAxiosError: true, config: value, response: { status, data: {} } };
    case 'retry-after-body':
      return { status, data: { message: 'Slow down.', retry_after: value, retryAfter: value } };
  }
}

const MiB = 1024 * 1024;
/** 1 MiB strings, built once. */
const BIG_STRINGS: Record<string, string> = {
  letters: 'x'.repeat(MiB),
  words: 'The card was declined. '.repeat(Math.ceil(MiB / 23)).slice(0, MiB),
  html: `<!doctype html><html><head><title>502 Bad Gateway</title></head><body>${'x'.repeat(MiB)}</body></html>`,
  json: `{"message":"${'m'.repeat(MiB - 32)}","errors":{"email":["Required."]}}`,
  jsonTooBig: `{"message":"${'m'.repeat(MiB + 1)}"}`,
  digits: '9'.repeat(MiB),
  spaces: ' '.repeat(MiB),
  brackets: '['.repeat(MiB),
  braces: '{'.repeat(MiB),
  lowSurrogates: '\udc00'.repeat(MiB),
};
const BIG_PLACES = [
  'input',
  'data',
  'body',
  'http-error-body',
  'message',
  'field',
  'errors',
  'exception-message',
  'error-message',
  'detail',
  'title',
  'code',
  'request-id',
  'method',
  'header',
] as const;

function placeBig(
  text: string,
  where: (typeof BIG_PLACES)[number],
  status: number,
  header: string,
): unknown {
  switch (where) {
    case 'exception-message':
      return { status, data: { status, exception: { message: text, code: 1002 } } };
    case 'error-message':
      return { status, data: { error: { type: 'card_error', message: text, param: 'card' } } };
    case 'detail':
      return { status, data: { type: 'about:blank', title: 'Invalid', detail: text } };
    case 'title':
      return { status, data: { type: 'about:blank', title: text } };
    case 'code':
      return { status, data: { message: 'Refused.', code: text } };
    case 'request-id':
      return { status, data: { message: 'Refused.', requestId: text } };
    case 'method':
      return { status, method: text, data: { message: 'Refused.' } };
    case 'header':
      return new HttpError({ status, headers: { [header]: text }, body: { message: 'Refused.' } });
    default:
      return place(text, where, status);
  }
}

const TRAPS = [
  'get',
  'set',
  'has',
  'deleteProperty',
  'ownKeys',
  'getOwnPropertyDescriptor',
  'defineProperty',
  'getPrototypeOf',
  'setPrototypeOf',
  'isExtensible',
  'preventExtensions',
  'apply',
  'construct',
] as const;

function throwingProxy(kind: 'object' | 'array' | 'function', revoked: boolean): unknown {
  const target = kind === 'array' ? [] : kind === 'function' ? () => undefined : {};
  const handler: ProxyHandler<object> = {};
  for (const trap of TRAPS) {
    (handler as Record<string, unknown>)[trap] = () => {
      throw new Error(`trap ${trap}`);
    };
  }
  if (!revoked) return new Proxy(target, handler);
  const { proxy, revoke } = Proxy.revocable(target, handler);
  revoke();
  return proxy;
}

/** An object whose listed keys throw when read; the other read keys hold plausible values. */
function withThrowingGetters(keys: readonly string[], status: number, symbols: boolean): object {
  const plausible: Record<string, unknown> = {
    status,
    statusCode: status,
    message: 'The email field is required.',
    errors: { email: ['Required.'] },
    data: { message: 'Refused.' },
    headers: { 'retry-after': '3' },
    name: 'HttpError',
    code: 1002,
  };
  const target: Record<string | symbol, unknown> = { ...plausible };
  for (const key of keys) {
    Object.defineProperty(target, key, {
      enumerable: true,
      configurable: true,
      get() {
        throw new Error(`getter ${key}`);
      },
    });
  }
  if (symbols) {
    for (const symbol of [
      Symbol.iterator,
      Symbol.toPrimitive,
      Symbol.toStringTag,
      Symbol.hasInstance,
    ]) {
      Object.defineProperty(target, symbol, {
        get() {
          throw new Error('symbol getter');
        },
      });
    }
  }
  return target;
}

/** A cycle: the node at the end of `path` points back at the root (or at its parent). */
function cyclic(path: readonly string[], toRoot: boolean, status: number): object {
  const root: Record<string, unknown> = { status, message: 'Loop.' };
  let parent: Record<string, unknown> = root;
  let node: Record<string, unknown> = root;
  for (const key of path.slice(0, -1)) {
    const next: Record<string, unknown> = { message: 'Nested.', field: 'email' };
    node[key] = key === 'errors' || key === 'details' ? [next] : next;
    parent = node;
    node = next;
  }
  const last = path.at(-1) ?? 'self';
  node[last] = toRoot ? root : parent;
  node.self = node;
  return root;
}

function sparse(length: number, first: unknown): unknown[] {
  const array: unknown[] = [];
  array[0] = first;
  array[5] = first;
  array.length = length;
  return array;
}

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const key of Object.keys(value)) deepFreeze((value as Record<string, unknown>)[key]);
  }
  return value;
}

function nullProtoCopy(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(nullProtoCopy);
  if (typeof value !== 'object' || value === null) return value;
  const copy = Object.create(null) as Record<string, unknown>;
  for (const [key, item] of Object.entries(value)) copy[key] = nullProtoCopy(item);
  return copy;
}

const CYCLE_KEYS = [
  'errors',
  'data',
  'response',
  'error',
  'details',
  'body',
  'cause',
  'networkError',
  'exception',
  'headers',
  'extensions',
  'graphQLErrors',
  'source',
  'email',
];

const ODD_HEADER_VALUES = [
  '',
  ' ',
  '-1',
  '1e400',
  'NaN',
  'Infinity',
  '   7   ',
  '1.000000000000000000001',
  '0x1F',
  '٣',
  'Sat, 21 Nov 2026 12:00:30 GMT, Sat, 21 Nov 2026 12:00:40 GMT',
  'Tue, 01 Jan 1970 00:00:00 GMT',
  'Fri, 31 Dec 275760 00:00:00 GMT',
  '"default";r=0;t=99999999999999999999',
  'limit=0, remaining=0, reset=-5',
  'r=0;t=',
  '\u00ff\u00fe',
  '-',
  '00-',
  '/',
];

/** Hostile inputs, each described by a small printable record and built in the property. */
const hostileArb = fc.oneof(
  fc.record({
    t: fc.constant('cycle' as const),
    path: fc.array(fc.constantFrom(...CYCLE_KEYS), { minLength: 1, maxLength: 5 }),
    toRoot: fc.boolean(),
    status: statusArb,
    where: fc.constantFrom(...PLACES),
  }),
  fc.record({
    t: fc.constant('getters' as const),
    keys: fc.subarray(READ_KEYS, { minLength: 1 }),
    symbols: fc.boolean(),
    status: statusArb,
    where: fc.constantFrom(...PLACES),
  }),
  fc.record({
    t: fc.constant('all-getters' as const),
    symbols: fc.boolean(),
    status: statusArb,
    where: fc.constantFrom(...PLACES),
  }),
  fc.record({
    t: fc.constant('proxy' as const),
    target: fc.constantFrom('object' as const, 'array' as const, 'function' as const),
    revoked: fc.boolean(),
    status: statusArb,
    where: fc.constantFrom(...PLACES),
  }),
  fc.record({
    t: fc.constant('big-string' as const),
    text: fc.constantFrom(...Object.keys(BIG_STRINGS)),
    status: statusArb,
    where: fc.constantFrom(...BIG_PLACES),
    header: fc.constantFrom(
      'retry-after',
      'date',
      'x-request-id',
      'ratelimit',
      'x-ratelimit-reset',
      'cf-ray',
    ),
  }),
  fc.record({
    t: fc.constant('primitive' as const),
    value: fc.constantFrom(
      'symbol',
      'bigint',
      'boxed-symbol',
      'function',
      'symbol-keys',
      'nan',
      'null',
    ),
    status: statusArb,
    where: fc.constantFrom(...PLACES),
  }),
  fc.record({
    t: fc.constant('null-proto' as const),
    response: responseArb,
  }),
  fc.record({
    t: fc.constant('frozen' as const),
    response: responseArb,
  }),
  fc.record({
    t: fc.constant('holes' as const),
    length: fc.constantFrom(7, 100, 50_000, 2 ** 32 - 1),
    first: fc.constantFrom('hole', 'text', 'item'),
    status: statusArb,
    where: fc.constantFrom(
      'data',
      'errors',
      'field',
      'message',
      'headers',
      'graphql-errors',
      'google-detail',
      'extensions',
    ),
  }),
  fc.record({
    t: fc.constant('odd-headers' as const),
    values: fc.dictionary(fc.constantFrom(...HEADER_NAMES), fc.constantFrom(...ODD_HEADER_VALUES), {
      maxKeys: 6,
    }),
    status: statusArb,
    holder: fc.constantFrom('http-error', 'plain', 'axios', 'response'),
  }),
  fc.record({
    t: fc.constant('odd-header-object' as const),
    style: fc.constantFrom(
      'get-throws',
      'forEach-throws',
      'forEach-not-function',
      'get-returns-object',
      'entries-odd',
    ),
    status: statusArb,
  }),
  fc.record({
    t: fc.constant('error-object' as const),
    style: fc.constantFrom(
      'abort',
      'timeout',
      'type-error',
      'self-cause',
      'dom-abort',
      'aggregate',
      'error-with-status',
    ),
    status: statusArb,
  }),
);
type Hostile = typeof hostileArb extends fc.Arbitrary<infer T> ? T : never;

function buildHostile(spec: Hostile): unknown {
  switch (spec.t) {
    case 'cycle':
      return place(cyclic(spec.path, spec.toRoot, spec.status), spec.where, spec.status);
    case 'getters':
      return place(
        withThrowingGetters(spec.keys, spec.status, spec.symbols),
        spec.where,
        spec.status,
      );
    case 'all-getters':
      return place(
        withThrowingGetters(READ_KEYS, spec.status, spec.symbols),
        spec.where,
        spec.status,
      );
    case 'proxy':
      return place(throwingProxy(spec.target, spec.revoked), spec.where, spec.status);
    case 'big-string':
      return placeBig(BIG_STRINGS[spec.text] ?? '', spec.where, spec.status, spec.header);
    case 'primitive':
      return place(buildPrimitive(spec.value), spec.where, spec.status);
    case 'null-proto': {
      const built = buildResponse(spec.response as ResponseSpec);
      return built instanceof Error || built instanceof Response ? built : nullProtoCopy(built);
    }
    case 'frozen':
      return deepFreeze(buildResponse(spec.response as ResponseSpec));
    case 'holes': {
      const item =
        spec.first === 'hole'
          ? undefined
          : spec.first === 'text'
            ? 'Required.'
            : { field: 'email', message: 'Bad.' };
      return place(sparse(spec.length, item), spec.where, spec.status);
    }
    case 'odd-headers': {
      const headers = new Headers();
      for (const [name, value] of Object.entries(spec.values)) {
        try {
          headers.append(name, value);
        } catch {
          // refused by fetch: left out
        }
      }
      const body = { message: 'Slow down.' };
      if (spec.holder === 'http-error')
        return new HttpError({ status: spec.status, headers, body });
      if (spec.holder === 'axios') {
        return { isAxiosError: true, response: { status: spec.status, headers, data: body } };
      }
      if (spec.holder === 'response') return responseOrPlain(spec.status, headers);
      return { status: spec.status, headers, data: body };
    }
    case 'odd-header-object':
      return {
        status: spec.status,
        headers: oddHeaderObject(spec.style),
        data: { message: 'Refused.' },
      };
    case 'error-object':
      return buildErrorObject(spec.style, spec.status);
  }
}

function buildPrimitive(kind: string): unknown {
  switch (kind) {
    case 'symbol':
      return Symbol('errorkit');
    case 'bigint':
      return 10n ** 30n;
    case 'boxed-symbol':
      return Object(Symbol('boxed'));
    case 'function':
      return Object.assign(() => undefined, { status: 503, message: 'fn' });
    case 'symbol-keys':
      return {
        [Symbol('status')]: 500,
        [Symbol.for('message')]: 'x',
        message: Symbol('m'),
        status: 10n,
      };
    case 'nan':
      return { status: Number.NaN, statusCode: Number.POSITIVE_INFINITY, data: { status: -0 } };
    default:
      return null;
  }
}

function oddHeaderObject(style: string): unknown {
  switch (style) {
    case 'get-throws':
      return {
        get() {
          throw new Error('get');
        },
        'retry-after': '3',
      };
    case 'forEach-throws':
      return {
        forEach() {
          throw new Error('forEach');
        },
      };
    case 'forEach-not-function':
      return { forEach: 'nope', 'Retry-After': '2' };
    case 'get-returns-object':
      return { get: () => ({ toString: () => '3' }), forEach: undefined };
    default:
      return [[1, 2], ['retry-after'], [Symbol('x'), '1'], null, 'retry-after: 3', [['date'], 'x']];
  }
}

function buildErrorObject(style: string, status: number): unknown {
  switch (style) {
    case 'abort':
      return Object.assign(new Error('The operation was aborted.'), { name: 'AbortError' });
    case 'timeout':
      return Object.assign(new Error('signal timed out'), { name: 'TimeoutError', code: 23 });
    case 'type-error':
      return new TypeError('Failed to fetch');
    case 'self-cause': {
      const error = new Error('loop') as Error & { cause?: unknown; response?: unknown };
      error.cause = error;
      error.response = { status, data: error };
      return error;
    }
    case 'dom-abort':
      return new DOMException('The user aborted a request.', 'AbortError');
    case 'aggregate':
      return new AggregateError([new TypeError('Failed to fetch'), { status }], 'many');
    default:
      return Object.assign(new Error('boom'), { status, data: { message: 'From an Error.' } });
  }
}

// ---------------------------------------------------------------------------------------------
// Prototype pollution: JSON with `__proto__`, `constructor`, ... as real own keys at any depth
// ---------------------------------------------------------------------------------------------

const POLLUTING_KEYS = [
  '__proto__',
  'constructor',
  'prototype',
  'toString',
  'hasOwnProperty',
  'valueOf',
  'isPrototypeOf',
  '__defineGetter__',
  '__lookupGetter__',
  'polluted',
];
const anyKeyArb = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...POLLUTING_KEYS) },
  {
    weight: 2,
    arbitrary: fc.constantFrom(
      'email',
      'items',
      '0',
      'data',
      'attributes',
      'errors',
      'detail',
      'field',
    ),
  },
  { weight: 1, arbitrary: fc.string({ maxLength: 6 }) },
);
const pathArb = fc
  .tuple(
    fc.array(anyKeyArb, { minLength: 1, maxLength: 4 }),
    fc.constantFrom('dots', 'pointer', 'brackets', 'jsonapi'),
  )
  .map(([keys, style]) => {
    if (style === 'pointer') return `/${keys.join('/')}`;
    if (style === 'jsonapi') return `/data/attributes/${keys.join('/')}`;
    if (style === 'brackets') return keys.map((k, i) => (i === 0 ? k : `[${k}]`)).join('');
    return keys.join('.');
  });

/** JSON text whose objects use the polluting keys as real members, at any depth. */
const { node: jsonTextArb } = fc.letrec((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', maxDepth: 4 },
    fc.oneof(textArb, fc.integer(), fc.constant(null)).map((v) => JSON.stringify(v)),
    fc.array(textArb, { maxLength: 3 }).map((v) => JSON.stringify(v)),
    fc.array(tie('node'), { maxLength: 3 }).map((items) => `[${items.join(',')}]`),
    fc
      .array(fc.tuple(anyKeyArb, tie('node')), { maxLength: 4 })
      .map((entries) => `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${v}`).join(',')}}`),
  ),
}));

const pollutingPayloadArb = fc.oneof(
  jsonTextArb.map((tree) => `{"message":"The given data was invalid.","errors":${tree}}`),
  jsonTextArb.map((tree) => `{"errors":${tree}}`),
  jsonTextArb,
  jsonTextArb.map(
    (tree) => `{"type":"about:blank","title":"Invalid","status":422,"errors":${tree}}`,
  ),
  fc
    .array(fc.tuple(pathArb, textArb), { minLength: 1, maxLength: 4 })
    .map(
      (items) =>
        `{"errors":[${items.map(([p, t]) => `{"detail":${JSON.stringify(t || 'x')},"source":{"pointer":${JSON.stringify(p)}}}`).join(',')}]}`,
    ),
  fc
    .array(fc.tuple(pathArb, textArb), { minLength: 1, maxLength: 4 })
    .map(
      (items) =>
        `{"error":{"code":400,"status":"INVALID_ARGUMENT","message":"Bad.","details":[{"@type":"type.googleapis.com/google.rpc.BadRequest","fieldViolations":[${items.map(([p, t]) => `{"field":${JSON.stringify(p)},"description":${JSON.stringify(t || 'x')}}`).join(',')}]}]}}`,
    ),
  pathArb.map(
    (p) => `{"error":{"type":"card_error","message":"Declined.","param":${JSON.stringify(p)}}}`,
  ),
  fc
    .array(pathArb, { minLength: 1, maxLength: 3 })
    .map(
      (paths) =>
        `{"errors":[${paths.map((p) => `{"message":"Bad.","extensions":{"code":"BAD_USER_INPUT","field":${JSON.stringify(p)}}}`).join(',')}]}`,
    ),
  fc
    .array(pathArb, { minLength: 1, maxLength: 3 })
    .map(
      (paths) =>
        `{"message":"Invalid.","errors":[${paths.map((p) => `{"field":${JSON.stringify(p)},"code":"missing"}`).join(',')}]}`,
    ),
  jsonTextArb.map(
    (tree) =>
      `{"__proto__":{"polluted":"yes"},"constructor":{"prototype":{"polluted":"yes"}},"errors":${tree}}`,
  ),
);

const pollutingInputArb = fc.record({
  payload: pollutingPayloadArb,
  status: fc.constantFrom(400, 409, 422, 429, 500),
  as: fc.constantFrom('parsed', 'text', 'input', 'headers'),
});

function buildPolluting(spec: { payload: string; status: number; as: string }): unknown {
  switch (spec.as) {
    case 'text':
      return new HttpError({ status: spec.status, body: spec.payload });
    case 'input':
      return JSON.parse(
        `{"status":${spec.status},"__proto__":{"polluted":1},"data":${spec.payload}}`,
      );
    case 'headers':
      return JSON.parse(
        `{"status":${spec.status},"headers":{"__proto__":{"retry-after":"1"},"constructor":"x","toString":"y"},"data":${spec.payload}}`,
      );
    default:
      return { status: spec.status, data: JSON.parse(spec.payload) };
  }
}

// ---------------------------------------------------------------------------------------------
// Properties
// ---------------------------------------------------------------------------------------------

const anythingArb = fc.anything({
  maxDepth: 4,
  maxKeys: 6,
  withBigInt: true,
  withBoxedValues: true,
  withDate: true,
  withMap: true,
  withNullPrototype: true,
  withObjectString: true,
  withSet: true,
  withSparseArray: true,
  withTypedArray: true,
  withUnicodeString: true,
});

/** Arbitrary values, alone or inside the shapes the classifier reads first. */
const anythingSpecArb = fc.record({
  v: anythingArb,
  status: statusArb,
  where: fc.oneof(
    { weight: 3, arbitrary: fc.constant<Place>('input') },
    fc.constantFrom(...PLACES),
  ),
});
type AnythingSpec = { v: unknown; status: number; where: Place };
const buildAnything = (spec: AnythingSpec): unknown => place(spec.v, spec.where, spec.status);

function withoutCause(result: ClassifiedError): Omit<ClassifiedError, 'cause'> {
  const { cause: _cause, ...rest } = result;
  return rest;
}

describe('classifyError properties', () => {
  it(
    'never throws on arbitrary values and keeps every invariant',
    () => {
      fc.assert(
        fc.property(anythingSpecArb, (spec) => {
          classifyAndCheck(buildAnything(spec));
        }),
        PARAMS,
      );
    },
    TIMEOUT,
  );

  it(
    'never throws on hostile values (cycles, throwing getters and proxies, 1 MiB strings, holes)',
    () => {
      fc.assert(
        fc.property(hostileArb, (spec) => {
          classifyAndCheck(buildHostile(spec));
        }),
        PARAMS,
      );
    },
    TIMEOUT,
  );

  it(
    'keeps every invariant on structured responses in every dialect',
    () => {
      fc.assert(
        fc.property(responseArb, (spec) => {
          const input = buildResponse(spec as ResponseSpec);
          const result = classifyAndCheck(input);
          // An error status the transport carried is reported, so nothing fell back silently.
          const carriesStatus = [
            'http-error',
            'plain-data',
            'plain-body',
            'axios',
            'ofetch',
          ].includes(spec.via);
          if (carriesStatus && spec.status >= 400 && spec.status <= 599) {
            expect(result.status).toBe(spec.status);
          }
        }),
        PARAMS,
      );
    },
    TIMEOUT,
  );

  it(
    'keeps every invariant with any maxMessageLength (1-1000), codes, message overrides and dialects',
    () => {
      const inputArb = fc.oneof(
        responseArb.map((spec) => ({ response: spec })),
        hostileArb.map((spec) => ({ hostile: spec })),
      );
      fc.assert(
        fc.property(inputArb, optionsArb, (spec, optionsSpec) => {
          const input =
            'response' in spec
              ? buildResponse(spec.response as ResponseSpec)
              : buildHostile(spec.hostile);
          classifyAndCheck(input, buildOptions(optionsSpec as OptionsSpec));
        }),
        PARAMS,
      );
    },
    TIMEOUT,
  );

  it(
    'never lets payload keys such as __proto__ or constructor reach a prototype',
    () => {
      fc.assert(
        fc.property(pollutingInputArb, (spec) => {
          const input = buildPolluting(spec);
          const { fieldErrors } = classifyAndCheck(input);
          // Plain data: Object.prototype behind it, and inherited members never pose as fields.
          expect(Object.getPrototypeOf(fieldErrors)).toBe(Object.prototype);
          for (const name of POLLUTING_KEYS) {
            if (Object.hasOwn(fieldErrors, name)) expect(spec.payload).toContain(name);
            else expect(findFieldErrors(fieldErrors, name)).toEqual([]);
          }
        }),
        PARAMS,
      );
    },
    TIMEOUT,
  );

  it(
    'is deterministic: the same input and clock give deep-equal results',
    () => {
      const inputArb = fc.oneof(
        responseArb.map((spec) => ({ response: spec })),
        anythingSpecArb.map((spec) => ({ anything: spec })),
        pollutingInputArb.map((spec) => ({ polluting: spec })),
      );
      fc.assert(
        fc.property(inputArb, (spec) => {
          const input =
            'response' in spec
              ? buildResponse(spec.response as ResponseSpec)
              : 'polluting' in spec
                ? buildPolluting(spec.polluting)
                : buildAnything(spec.anything as AnythingSpec);
          const first = classifyError(input, { now });
          const second = classifyError(input, { now });
          expect(withoutCause(second)).toEqual(withoutCause(first));
          expect(second.cause).toBe(input);
        }),
        PARAMS,
      );
    },
    TIMEOUT,
  );

  it(
    'returns an already classified error as it is',
    () => {
      fc.assert(
        fc.property(responseArb, (spec) => {
          const classified = classifyError(buildResponse(spec as ResponseSpec), { now });
          expect(classifyError(classified, { now })).toBe(classified);
        }),
        PARAMS,
      );
    },
    TIMEOUT,
  );
});
