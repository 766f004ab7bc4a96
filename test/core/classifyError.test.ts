import { describe, expect, it } from 'vitest';
import {
  builtInDialects,
  classifyError,
  type DialectReader,
  englishMessages,
  HttpError,
  isClassifiedError,
} from '../../src/core';

const NOW = Date.parse('2026-11-21T12:00:00Z');
const now = () => NOW;

describe('classifyError options', () => {
  it('consults options.codes before the status', () => {
    const error = new HttpError({
      status: 404,
      body: { status: 404, exception: { message: 'Not available.', code: 3001 } },
    });
    expect(classifyError(error).kind).toBe('not-found');
    const refused = new HttpError({
      status: 401,
      body: { status: 401, exception: { message: 'Client not authorised.', code: 1006 } },
    });
    expect(classifyError(refused).kind).toBe('unauthenticated');
    expect(classifyError(refused, { codes: { '1006': 'forbidden' } }).kind).toBe('forbidden');
  });

  it('ignores inherited names in options.codes', () => {
    const error = new HttpError({ status: 400, body: { code: 'toString', message: 'Odd code.' } });
    expect(classifyError(error, { codes: {} }).kind).toBe('validation');
  });

  it('tries custom dialects before the built-in ones', () => {
    const legacy: DialectReader = (body) => {
      const fault = (body as { fault?: { text?: string; field?: string } }).fault;
      return fault?.text
        ? {
            message: fault.text,
            code: 'LEGACY',
            fieldErrors: fault.field ? { [fault.field]: [fault.text] } : undefined,
          }
        : undefined;
    };
    const error = new HttpError({
      status: 400,
      body: { fault: { text: 'Postcode is too short.', field: 'post_code' } },
    });
    expect(classifyError(error, { dialects: [legacy, ...builtInDialects] })).toMatchObject({
      kind: 'validation',
      code: 'LEGACY',
      message: 'Postcode is too short.',
      fieldErrors: { post_code: ['Postcode is too short.'] },
    });
  });

  it('survives a dialect that throws', () => {
    const broken: DialectReader = () => {
      throw new Error('bug in an app dialect');
    };
    const error = new HttpError({
      status: 422,
      body: { message: 'Fix the form.', errors: { name: ['Enter a name'] } },
    });
    expect(classifyError(error, { dialects: [broken, ...builtInDialects] }).fieldErrors).toEqual({
      name: ['Enter a name'],
    });
  });

  it('cuts long messages with an ellipsis at maxMessageLength', () => {
    const error = new HttpError({ status: 400, body: { message: `${'word '.repeat(400)}end` } });
    const { message } = classifyError(error, { maxMessageLength: 40 });
    expect(message).toHaveLength(40);
    expect(message.endsWith('…')).toBe(true);
    expect(classifyError(error).message.length).toBe(500);
  });

  it('takes per-kind title and message overrides', () => {
    const classified = classifyError(
      { status: 503 },
      { messages: { unavailable: { title: 'Down for upkeep' } } },
    );
    expect(classified.title).toBe('Down for upkeep');
    expect(classified.message).toBe(englishMessages.unavailable.message);
  });
});

describe('classifyError messages', () => {
  it('shows the body message of a 4xx', () => {
    expect(
      classifyError({ status: 409, data: { message: 'That invoice number is already used.' } })
        .message,
    ).toBe('That invoice number is already used.');
  });

  it('never shows the body of a 5xx; it becomes detail', () => {
    const classified = classifyError({
      status: 500,
      data: { message: 'NullPointerException in BillingService' },
    });
    expect(classified.message).toBe(englishMessages.server.message);
    expect(classified.detail).toBe('NullPointerException in BillingService');
  });

  it('never shows a stack trace', () => {
    const trace =
      'TypeError: Cannot read properties of undefined\n    at handler (/srv/app/index.js:10:5)\n    at next (/srv/app/router.js:3:1)';
    expect(classifyError({ status: 400, data: trace }).message).toBe(
      englishMessages.validation.message,
    );
    expect(
      classifyError({ status: 400, data: { message: 'java.lang.IllegalStateException: boom' } })
        .message,
    ).toBe(englishMessages.validation.message);
  });

  it('never shows HTML, whatever the status', () => {
    const page =
      '<!DOCTYPE html><html><head><title>Forbidden</title></head><body><script>alert(1)</script></body></html>';
    const classified = classifyError({ status: 403, data: page });
    expect(classified.message).toBe(englishMessages.forbidden.message);
    expect(classified.detail).toBe('Forbidden');
  });

  it('treats a bare reason phrase as no message', () => {
    expect(classifyError({ status: 404, data: { message: 'Not Found' } }).message).toBe(
      englishMessages['not-found'].message,
    );
  });

  it('folds white space in payload text', () => {
    expect(
      classifyError({ status: 400, data: { message: '  Amount\n\tmust be positive.  ' } }).message,
    ).toBe('Amount must be positive.');
  });
});

describe('classifyError kinds', () => {
  it('keeps 401, 403, 408, 409 and 429 when the body has field errors, and returns the fields', () => {
    for (const [status, kind] of [
      [401, 'unauthenticated'],
      [403, 'forbidden'],
      [408, 'timeout'],
      [409, 'conflict'],
      [429, 'rate-limited'],
    ] as const) {
      const classified = classifyError({ status, data: { errors: { email: ['Taken.'] } } });
      expect(classified.kind).toBe(kind);
      expect(classified.fieldErrors).toEqual({ email: ['Taken.'] });
    }
  });

  it('makes other 4xx with field errors validation', () => {
    expect(
      classifyError({ status: 404, data: { errors: { email: ['The email field is required.'] } } })
        .kind,
    ).toBe('validation');
    expect(classifyError({ status: 405, data: { errors: { email: ['x'] } } }).kind).toBe(
      'validation',
    );
  });

  it('reads a 403 with a rate-limit signal as rate-limited', () => {
    expect(classifyError({ status: 403, headers: { 'X-RateLimit-Remaining': '0' } }).kind).toBe(
      'rate-limited',
    );
    expect(classifyError({ status: 403, headers: { 'Retry-After': '60' } })).toMatchObject({
      kind: 'rate-limited',
      retryAfterMs: 60_000,
    });
    expect(classifyError({ status: 403, headers: { 'X-RateLimit-Remaining': '12' } }).kind).toBe(
      'forbidden',
    );
  });

  it('does not read a quota reset as a wait hint on unrelated errors', () => {
    const headers = {
      'x-ratelimit-remaining': '4999',
      'x-ratelimit-reset': String(NOW / 1000 + 3000),
    };
    expect(classifyError({ status: 404, headers }, { now }).retryAfterMs).toBeUndefined();
    expect(classifyError({ status: 429, headers }, { now }).retryAfterMs).toBe(3_000_000);
  });

  it('classifies a thrown error body without a transport', () => {
    expect(classifyError({ message: 'Fix these.', errors: { name: ['Enter a name'] } }).kind).toBe(
      'validation',
    );
    expect(
      classifyError({
        type: 'about:blank',
        title: 'Out of credit',
        status: 403,
        detail: 'Your balance is 30.',
      }),
    ).toMatchObject({
      kind: 'forbidden',
      status: 403,
      message: 'Your balance is 30.',
    });
  });

  it('passes an already classified error through unchanged', () => {
    const once = classifyError({ status: 429, headers: { 'retry-after': '2' } });
    expect(isClassifiedError(once)).toBe(true);
    expect(classifyError(once)).toBe(once);
  });

  it('reads a TypeError as network only when fetch raised it', () => {
    expect(classifyError(new TypeError('Failed to fetch')).kind).toBe('network');
    expect(
      classifyError(new TypeError('NetworkError when attempting to fetch resource.')).kind,
    ).toBe('network');
    expect(
      classifyError(new TypeError("Cannot read properties of undefined (reading 'id')")).kind,
    ).toBe('unknown');
  });

  it('follows an error cause to the network failure under it', () => {
    const error = new TypeError('fetch failed', {
      cause: Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' }),
    });
    expect(classifyError(error).kind).toBe('network');
    const wrapped = new Error('Loading invoices failed', { cause: new HttpError({ status: 410 }) });
    expect(classifyError(wrapped)).toMatchObject({ kind: 'not-found', status: 410 });
  });
});

describe('classifyError field errors', () => {
  it('keeps payload keys like __proto__ and constructor as plain fields', () => {
    const body = JSON.parse(
      '{"errors":{"__proto__":["a"],"constructor":["b"],"nested":{"__proto__":{"polluted":["c"]}}}}',
    );
    const classified = classifyError({ status: 422, data: body });
    // Plain data (React and JSON carry it), the payload's keys as own data properties.
    expect(Object.getPrototypeOf(classified.fieldErrors)).toBe(Object.prototype);
    expect(Object.keys(classified.fieldErrors).sort()).toEqual([
      '__proto__',
      'constructor',
      'nested.__proto__.polluted',
    ]);
    expect(Object.getOwnPropertyDescriptor(classified.fieldErrors, '__proto__')?.value).toEqual([
      'a',
    ]);
    expect(classified.fieldErrors.constructor).toEqual(['b']);
    expect(JSON.parse(JSON.stringify(classified)).fieldErrors).toEqual({
      ...classified.fieldErrors,
    });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('polluted');
  });

  it('sends form-level keys to formErrors', () => {
    const classified = classifyError({
      status: 400,
      data: { errors: { '': ['The request body is empty.'], name: ['Enter a name'] } },
    });
    expect(classified.formErrors).toEqual(['The request body is empty.']);
    expect(Object.keys(classified.fieldErrors)).toEqual(['name']);
  });

  it('drops empty and non-string messages', () => {
    const classified = classifyError({
      status: 422,
      data: { errors: { a: ['', '  '], b: [42, 'Real one'], c: [] } },
    });
    expect(classified.fieldErrors).toEqual({ b: ['Real one'] });
  });
});

describe('classifyError codes', () => {
  it("reads a body's `type` as the code only when it reads as one, never an RFC 9457 URI", () => {
    const problem = { type: 'https://example.com/probs/out-of-credit', title: 'No credit.' };
    expect(classifyError({ status: 403, body: problem }).code).toBeUndefined();
    const moleculer = { name: 'NotFoundError', message: 'Not found', code: 404, type: 'NOT_FOUND' };
    expect(classifyError({ status: 404, body: moleculer }).code).toBe('NOT_FOUND');
  });
});

describe('classifyError payloads', () => {
  it("reads a body's top-level data only when it lists error items", () => {
    const payload = { message: 'This post is locked.', data: { title: 'Release notes' } };
    expect(classifyError({ status: 423, body: payload }).message).toBe('This post is locked.');
    const issues = {
      message: 'Input validation failed',
      data: { issues: [{ path: ['email'], message: 'Invalid email' }] },
    };
    expect(classifyError({ status: 400, body: issues }).fieldErrors).toEqual({
      email: ['Invalid email'],
    });
  });
});

describe('classifyError on hostile payloads', () => {
  // Each of these took seconds to minutes before its pattern was made linear; the bound is
  // generous so that only a return of the quadratic behaviour can trip it.
  it.each([
    [
      'a field key of 40,000 brackets',
      { status: 422, data: { errors: { ['['.repeat(40_000)]: ['x'] } } },
    ],
    [
      'a retry_after padded with 40,000 spaces',
      { status: 429, data: { retry_after: `1${' '.repeat(40_000)}x` } },
    ],
    ['a message of 8,000 newlines', { status: 400, data: { message: `a${'\n'.repeat(8190)}x` } }],
  ])('stays fast on %s', (_, error) => {
    const started = performance.now();
    classifyError(error);
    expect(performance.now() - started).toBeLessThan(500);
  });

  it('reads only the first items of a header given as a huge array', () => {
    const values = ['60'];
    values.length = 2 ** 24;
    const started = performance.now();
    expect(classifyError({ status: 429, headers: { 'retry-after': values } }).kind).toBe(
      'rate-limited',
    );
    expect(performance.now() - started).toBeLessThan(500);
  });

  it('never reads response headers as field errors', () => {
    const classified = classifyError({ status: 400, headers: { 'set-cookie': ['id=1'] } });
    expect(classified.fieldErrors).toEqual({});
  });

  it('never cuts a message between the halves of a surrogate pair', () => {
    const { message } = classifyError(
      { status: 400, data: { message: '😀'.repeat(10) } },
      { maxMessageLength: 4 },
    );
    expect(message).toBe('😀…');
  });

  it("cuts an already classified error's message to this call's cap, keeping the rest", () => {
    const classified = classifyError({
      status: 422,
      data: { message: 'x'.repeat(300), errors: { a: ['b'] } },
    });
    const again = classifyError(classified, { maxMessageLength: 20 });
    expect(again.message).toHaveLength(20);
    expect(again.fieldErrors).toEqual({ a: ['b'] });
  });

  it('caps catalog and override messages too', () => {
    expect(classifyError({ status: 500 }, { maxMessageLength: 10 }).message).toHaveLength(10);
  });

  it('re-classifies a look-alike that breaks the rules instead of passing it through', () => {
    const fake = {
      kind: 'server',
      title: 'x',
      message: 'y',
      retryable: false,
      fieldErrors: {},
      formErrors: [],
    };
    expect(classifyError(fake)).not.toBe(fake);
  });
});
