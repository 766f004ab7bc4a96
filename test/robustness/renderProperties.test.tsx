/**
 * Render properties: whatever error a component is given (a raw `HttpError` or plain response
 * object with arbitrary body and headers, or an arbitrary object that looks classified), every
 * component and `useFieldErrors` render without throwing, without React warnings, and nothing
 * from the payload becomes markup: no `<script>`, no `on*` attribute, no script URL.
 *
 * Fixed seed. `EK_RENDER_RUNS` sets the number of runs (default {@link DEFAULT_RUNS}, what CI
 * runs); the full run is `EK_RENDER_RUNS=100000 npx vitest run --project unit
 * test/robustness/renderProperties.test.tsx`.
 */

import { format } from 'node:util';
import { cleanup, render } from '@testing-library/react';
import fc from 'fast-check';
import { Component, type ReactNode } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ERROR_KINDS, type ErrorKind, HttpError } from '../../src/core';
import {
  ErrorDisplay,
  ErrorKitProvider,
  ErrorSummary,
  FieldError,
  PermissionNotice,
  ReauthPrompt,
  RetryBanner,
  useFieldErrors,
} from '../../src/react';
import { hostileKeys, hostilePayloads } from '../components/hostile';

const DEFAULT_RUNS = 300;
const SEED = 4242;
const NOW = Date.parse('2026-11-21T12:00:00Z');
const now = () => NOW;

function runs(): number {
  const fromEnv = Number.parseInt(process.env.EK_RENDER_RUNS ?? '', 10);
  return Number.isFinite(fromEnv) && fromEnv > 0 ? fromEnv : DEFAULT_RUNS;
}

const PARAMS = { seed: SEED, numRuns: runs() };
/** Generous, and growing with the number of runs (about 10 ms a run in jsdom). */
const TIMEOUT = 30_000 + PARAMS.numRuns * 25;

const RETRYABLE = new Set<ErrorKind>([
  'rate-limited',
  'unavailable',
  'server',
  'timeout',
  'network',
]);

// ---------------------------------------------------------------------------------------------
// Generators
// ---------------------------------------------------------------------------------------------

/** The short hostile corpus (the megabyte payloads belong to the browser test). */
const SHORT_HOSTILE = hostilePayloads.map((p) => p.text).filter((text) => text.length < 4096);

const textArb = fc.oneof(
  { weight: 3, arbitrary: fc.string({ maxLength: 30 }) },
  { weight: 3, arbitrary: fc.constantFrom(...SHORT_HOSTILE) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 15 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 15 }) },
  { weight: 1, arbitrary: fc.lorem({ maxCount: 4, mode: 'sentences' }) },
  { weight: 1, arbitrary: fc.constantFrom('', ' ', 'a'.repeat(700), '😀'.repeat(300)) },
);

const keyArb = fc.oneof(
  fc.constantFrom(...hostileKeys, 'email', 'first_name', 'address.city', 'items[0].qty'),
  fc.string({ maxLength: 10 }),
);

/** Any JSON-ish value, leaves biased to hostile text. */
const { value: jsonArb } = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', maxDepth: 3 },
    textArb,
    fc.integer(),
    fc.double(),
    fc.boolean(),
    fc.constant(null),
    fc.array(tie('value'), { maxLength: 3 }),
    fc.dictionary(keyArb, tie('value'), { maxKeys: 4 }),
  ),
}));

const fieldMapArb = fc.dictionary(
  keyArb,
  fc.oneof(fc.array(textArb, { maxLength: 3 }), textArb, jsonArb),
  { maxKeys: 4 },
);

/** Bodies in the dialects errorkit reads, and anything else. */
const bodyArb = fc.oneof(
  jsonArb,
  textArb,
  fc.record({ message: textArb, errors: fieldMapArb }),
  fc.record({ errors: fieldMapArb }),
  fc.record(
    { type: textArb, title: textArb, detail: textArb, status: jsonArb, errors: fieldMapArb },
    { requiredKeys: [] },
  ),
  fc.record({
    errors: fc.array(
      fc.record(
        {
          message: textArb,
          detail: textArb,
          source: fc.record({ pointer: keyArb }),
          extensions: fc.record({ code: textArb, field: keyArb }, { requiredKeys: [] }),
        },
        { requiredKeys: [] },
      ),
      { maxLength: 3 },
    ),
  }),
  fc.record({
    error: fc.record(
      { code: jsonArb, status: textArb, message: textArb, param: keyArb, details: jsonArb },
      { requiredKeys: [] },
    ),
  }),
  fc.record({ statusCode: jsonArb, message: fc.array(textArb, { maxLength: 3 }), error: textArb }),
);

const HEADER_NAMES = [
  'retry-after',
  'date',
  'x-request-id',
  'x-ratelimit-reset',
  'x-ratelimit-remaining',
  'ratelimit',
  'ratelimit-reset',
  'content-type',
  'cf-ray',
  'www-authenticate',
];
const headerValueArb = fc.oneof(
  textArb,
  fc.constantFrom('0', '1', '30', '0.5', '-1', '1e9', 'Wed, 21 Oct 2015 07:28:00 GMT', 'NaN'),
  fc.integer().map(String),
  fc.double().map(String),
);
const headersArb = fc.dictionary(
  fc.oneof(fc.constantFrom(...HEADER_NAMES), fc.string({ maxLength: 8 })),
  headerValueArb,
  { maxKeys: 5 },
);

const statusArb = fc.oneof(
  fc.constantFrom(400, 401, 403, 404, 408, 409, 419, 422, 429, 500, 502, 503, 504, 529),
  fc.integer({ min: -10, max: 1000 }),
  fc.constantFrom(Number.NaN, Number.POSITIVE_INFINITY, 1.5),
);

const methodArb = fc.oneof(fc.constantFrom('GET', 'POST', 'patch', 'DELETE'), textArb);

/** A description of one error; built into a value inside each run. */
const rawArb = fc.oneof(
  fc.record({
    type: fc.constant('http' as const),
    status: statusArb,
    headers: headersArb,
    body: bodyArb,
    method: fc.option(methodArb, { nil: undefined }),
  }),
  fc.record({
    type: fc.constant('plain' as const),
    status: fc.oneof(statusArb, jsonArb),
    headers: fc.oneof(headersArb, jsonArb),
    data: bodyArb,
    body: fc.option(bodyArb, { nil: undefined }),
  }),
);

const kindArb = fc.constantFrom(...ERROR_KINDS);
const withRetryable = <T extends { kind: ErrorKind }>(fields: T) => ({
  type: 'classified' as const,
  fields: { ...fields, retryable: RETRYABLE.has(fields.kind), cause: null },
});

/**
 * Objects of the `ClassifiedError` type with arbitrary content: the core passes them on as
 * they are, so the components see hostile text, odd keys and odd numbers directly.
 */
const classifiedArb = fc
  .record(
    {
      kind: kindArb,
      title: textArb.filter((t) => t !== ''),
      message: textArb.filter((t) => t !== ''),
      status: fc.oneof(statusArb, fc.integer()),
      code: textArb,
      detail: textArb,
      fieldErrors: fc.dictionary(keyArb, fc.array(textArb, { minLength: 1, maxLength: 3 }), {
        maxKeys: 4,
      }),
      formErrors: fc.array(textArb, { maxLength: 3 }),
      // The contract's range (finite, >= 0); NaN, Infinity and negatives are in the loose set.
      retryAfterMs: fc.oneof(
        fc.nat({ max: 120_000 }),
        fc.double({ min: 0, max: 1e12, noNaN: true }),
        fc.constantFrom(0, 0.5, 8.64e15),
      ),
      requestId: textArb,
      method: methodArb,
    },
    { requiredKeys: ['kind', 'title', 'message', 'fieldErrors', 'formErrors'] },
  )
  .map(withRetryable);

/**
 * Objects that pass the core's "already classified" check (kind, title, message, retryable, an
 * object `fieldErrors`, an array `formErrors`) but break the type or the contract elsewhere:
 * field errors that are not string arrays, form errors that are not strings, a request id that
 * is not a string, a `retryAfterMs` of NaN, Infinity or below zero.
 */
const looseClassifiedArb = fc
  .record(
    {
      kind: kindArb,
      title: textArb.filter((t) => t !== ''),
      message: textArb.filter((t) => t !== ''),
      status: jsonArb,
      code: jsonArb,
      detail: jsonArb,
      fieldErrors: fieldMapArb,
      formErrors: fc.array(jsonArb, { maxLength: 3 }),
      retryAfterMs: fc.oneof(jsonArb, fc.constantFrom(-1, Number.NaN, Number.POSITIVE_INFINITY)),
      requestId: jsonArb,
      method: jsonArb,
    },
    { requiredKeys: ['kind', 'title', 'message', 'fieldErrors', 'formErrors'] },
  )
  .map(withRetryable);

/** Any other object: classified from scratch. */
const otherArb = jsonArb.map((value) => ({ type: 'other' as const, value }));

function caseOf<T>(error: fc.Arbitrary<T>) {
  return fc.record({
    error,
    name: keyArb,
    contact: fc.option(textArb, { nil: undefined }),
    loginUrl: fc.option(textArb, { nil: undefined }),
  });
}

const caseArb = caseOf(fc.oneof({ weight: 3, arbitrary: rawArb }, classifiedArb, otherArb));
const looseCaseArb = caseOf(looseClassifiedArb);

type Case = {
  error:
    | (typeof rawArb extends fc.Arbitrary<infer T> ? T : never)
    | (typeof classifiedArb extends fc.Arbitrary<infer T> ? T : never)
    | (typeof looseClassifiedArb extends fc.Arbitrary<infer T> ? T : never)
    | (typeof otherArb extends fc.Arbitrary<infer T> ? T : never);
  name: string;
  contact: string | undefined;
  loginUrl: string | undefined;
};

function build(error: Case['error']): unknown {
  switch (error.type) {
    case 'http':
      return new HttpError({
        status: error.status,
        headers: error.headers,
        body: error.body,
        method: error.method,
      });
    case 'plain':
      return {
        status: error.status,
        headers: error.headers,
        data: error.data,
        ...(error.body === undefined ? {} : { body: error.body }),
      };
    case 'classified':
      return error.fields;
    default:
      return error.value;
  }
}

// ---------------------------------------------------------------------------------------------
// Harness
// ---------------------------------------------------------------------------------------------

/** Catches render errors so a throw is reported as a failed property, not an unhandled error. */
class Catch extends Component<{ caught: unknown[]; children: ReactNode }, { failed: boolean }> {
  override state = { failed: false };
  static getDerivedStateFromError() {
    return { failed: true };
  }
  override componentDidCatch(error: unknown) {
    this.props.caught.push(error);
  }
  override render() {
    return this.state.failed ? null : this.props.children;
  }
}

/** Runs `useFieldErrors` and shows what a form would. */
function FieldHook({ error, name }: { error: unknown; name: string }) {
  const { messagesFor, fieldProps, errorId, formErrors, fieldErrors } = useFieldErrors(error, {
    idPrefix: 'p-',
  });
  const messages = messagesFor(name);
  const props = fieldProps(name);
  if (!Array.isArray(messages) || messages.some((m) => typeof m !== 'string')) {
    throw new Error('messagesFor returned something other than strings');
  }
  if (messages.length > 0 !== (props['aria-invalid'] === true)) {
    throw new Error('aria-invalid disagrees with the messages');
  }
  if (props['aria-describedby'] !== undefined && props['aria-describedby'] !== errorId(name)) {
    throw new Error('aria-describedby does not point at errorId');
  }
  for (const key of Object.keys(fieldErrors)) messagesFor(key);
  return (
    <div data-hook="">
      <input aria-label="field" {...props} />
      <ul>
        {messages.map((message, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: messages may repeat
          <li key={i}>{message}</li>
        ))}
        {formErrors.map((message, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: messages may repeat
          <li key={`f${i}`}>{String(message)}</li>
        ))}
      </ul>
    </div>
  );
}

/** The elements the components (and the hook harness) render; anything else came from a payload. */
const OWN_TAGS = new Set([
  'SECTION',
  'H2',
  'P',
  'SPAN',
  'DIV',
  'UL',
  'LI',
  'A',
  'BUTTON',
  'BDI',
  'INPUT',
]);

function inertViolations(container: HTMLElement): string[] {
  const out: string[] = [];
  if (container.querySelector('script')) out.push('a <script> element');
  for (const element of container.querySelectorAll('*')) {
    if (!OWN_TAGS.has(element.tagName)) out.push(`a <${element.tagName.toLowerCase()}> element`);
    for (const attribute of element.attributes) {
      if (attribute.name.toLowerCase().startsWith('on')) out.push(`attribute ${attribute.name}`);
    }
  }
  for (const link of container.querySelectorAll('[href]')) {
    const href = (link.getAttribute('href') ?? '').replace(/[\s\p{Cc}]/gu, '');
    if (/^(javascript|vbscript|data):/i.test(href)) out.push(`href ${JSON.stringify(href)}`);
  }
  return out;
}

let consoleErrors: unknown[][] = [];

beforeEach(() => {
  consoleErrors = [];
  vi.spyOn(console, 'error').mockImplementation((...args: unknown[]) => {
    consoleErrors.push(args);
  });
  // Refused login URLs are reported in development; expected here.
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
});

afterEach(() => {
  vi.restoreAllMocks();
});

function renderAll(input: Case) {
  const error = build(input.error);
  const caught: unknown[] = [];
  const retry = { onRetry: () => undefined };
  const { container, unmount } = render(
    <ErrorKitProvider now={now} accessContact={input.contact} loginUrl={input.loginUrl}>
      <Catch caught={caught}>
        <ErrorDisplay
          error={error}
          retry={retry}
          summary={{ autoFocus: false }}
          reauth={{ loginUrl: input.loginUrl }}
          permission={{ accessContact: input.contact }}
        />
      </Catch>
      <Catch caught={caught}>
        <ErrorSummary error={error} autoFocus={false} />
      </Catch>
      <Catch caught={caught}>
        <ErrorSummary
          error={error}
          fields={[...new Set([input.name, 'email'])]}
          autoFocus={false}
        />
      </Catch>
      <Catch caught={caught}>
        <FieldError error={error} name={input.name} />
      </Catch>
      <Catch caught={caught}>
        <ReauthPrompt error={error} loginUrl={input.loginUrl} />
      </Catch>
      <Catch caught={caught}>
        <ReauthPrompt error={error} reauthenticate={() => Promise.resolve()} />
      </Catch>
      <Catch caught={caught}>
        <PermissionNotice
          error={error}
          accessContact={input.contact}
          onRequestAccess={() => undefined}
        />
      </Catch>
      <Catch caught={caught}>
        <RetryBanner error={error} retry={{ onRetry: () => undefined }} />
      </Catch>
      <Catch caught={caught}>
        <RetryBanner
          error={error}
          retry={{ onRetry: () => undefined, attempt: 2, maxRetries: 3 }}
        />
      </Catch>
      <Catch caught={caught}>
        <FieldHook error={error} name={input.name} />
      </Catch>
    </ErrorKitProvider>,
  );
  const problems = [
    ...caught.map((e) => `threw ${e instanceof Error ? e.message : String(e)}`),
    ...inertViolations(container),
    ...consoleErrors.map((args) => `console.error ${format(...args).slice(0, 400)}`),
  ];
  unmount();
  cleanup();
  consoleErrors = [];
  return problems;
}

describe('rendering arbitrary errors', () => {
  it(
    `every component and useFieldErrors render any error inertly (${PARAMS.numRuns} runs)`,
    () => {
      const started = performance.now();
      fc.assert(
        fc.property(caseArb, (input) => {
          expect(renderAll(input)).toEqual([]);
        }),
        PARAMS,
      );
      if (PARAMS.numRuns >= 10_000) {
        // For the report of a long run.
        console.info(
          `renderProperties: ${PARAMS.numRuns} runs in ${Math.round(performance.now() - started)} ms`,
        );
      }
    },
    TIMEOUT,
  );

  // `isClassifiedError` checks every member's type, so an object that only looks classified
  // (`fieldErrors: { email: 'text' }`, `[1]`, `formErrors: [null]`, `requestId: 42`,
  // `retryAfterMs: NaN`) is classified again instead of reaching the components as it is.
  it(
    'objects that only look classified (ill-typed field and form errors) render inertly',
    () => {
      fc.assert(
        fc.property(looseCaseArb, (input) => {
          expect(renderAll(input)).toEqual([]);
        }),
        { ...PARAMS, numRuns: Math.min(PARAMS.numRuns, 100) },
      );
    },
    TIMEOUT,
  );

  it('known edge cases render inertly', () => {
    const cases: Case['error'][] = [
      { type: 'other', value: null },
      {
        type: 'classified',
        fields: {
          kind: 'validation',
          title: 'x',
          message: 'y',
          retryable: false,
          fieldErrors: { email: ['<script>alert(1)</script>'] },
          formErrors: ['<img src=x onerror=alert(1)>'],
          cause: null,
        },
      },
      // Found by the 100,000-run search (run 17,073): a field's message twice once gave
      // `FieldError` two children with the same key.
      {
        type: 'classified',
        fields: {
          kind: 'validation',
          title: 'x',
          message: ' ',
          retryable: false,
          fieldErrors: { email: ['before\u0000after', 'before\u0000after'] },
          formErrors: [],
          cause: null,
        },
      },
      {
        type: 'http',
        status: 429,
        headers: { 'retry-after': 'Wed, 21 Oct 2015 07:28:00 GMT' },
        body: { message: '"><svg onload=alert(1)>' },
        method: 'GET',
      },
    ];
    for (const error of cases) {
      expect(renderAll({ error, name: 'email', contact: undefined, loginUrl: undefined })).toEqual(
        [],
      );
    }
  });
});
