/**
 * Inputs for the classifyError benchmarks: the everyday failures an app sees, and payloads that
 * grow (field count, body size) to show how the cost scales. Every input is built once, up front.
 */
import type { Core } from './core';

const DATE = 'Sat, 21 Nov 2026 12:00:00 GMT';

export interface BenchInput {
  name: string;
  input: unknown;
}

/** The everyday failures, one of each. */
export function typicalInputs({ HttpError }: Core): BenchInput[] {
  return [
    {
      name: 'Laravel 422 HttpError (message + errors, 3 headers)',
      input: new HttpError({
        status: 422,
        statusText: 'Unprocessable Content',
        method: 'POST',
        url: 'https://api.example.test/payments',
        headers: {
          'content-type': 'application/json',
          'x-request-id': 'req_8f14e45fceea167a',
          date: DATE,
        },
        body: {
          message: 'The given data was invalid.',
          errors: {
            email: ['The email field is required.', 'The email must be a valid email address.'],
            amount: ['The amount must be greater than 0.'],
          },
        },
      }),
    },
    {
      name: 'Seed envelope 401 { version, status, exception }',
      input: new HttpError({
        status: 401,
        headers: { 'content-type': 'application/json' },
        body: {
          version: 'v2_0_0',
          status: 401,
          exception: { message: 'Token could not be located.', code: 1002 },
        },
      }),
    },
    {
      name: 'RFC 9457 problem details 403',
      input: new HttpError({
        status: 403,
        headers: { 'content-type': 'application/problem+json', 'x-request-id': 'req_403' },
        body: {
          type: 'https://example.test/problems/no-access',
          title: 'You do not have access to this account.',
          status: 403,
          detail: 'Your role does not allow exports for this account.',
          instance: '/accounts/12345/exports',
        },
      }),
    },
    {
      name: '429 with Retry-After: 3',
      input: new HttpError({
        status: 429,
        headers: { 'retry-after': '3', 'content-type': 'application/json', date: DATE },
        body: { message: 'Too Many Attempts.' },
      }),
    },
    {
      name: '503 nginx HTML page',
      input: new HttpError({
        status: 503,
        headers: { 'content-type': 'text/html', server: 'nginx' },
        body: [
          '<html>',
          '<head><title>503 Service Temporarily Unavailable</title></head>',
          '<body>',
          '<center><h1>503 Service Temporarily Unavailable</h1></center>',
          '<hr><center>nginx/1.25.3</center>',
          '</body>',
          '</html>',
        ].join('\r\n'),
      }),
    },
    {
      name: "TypeError('Failed to fetch')",
      input: new TypeError('Failed to fetch'),
    },
    {
      name: 'axios error with response (422)',
      input: Object.assign(new Error('Request failed with status code 422'), {
        name: 'AxiosError',
        isAxiosError: true,
        code: 'ERR_BAD_REQUEST',
        config: { method: 'post', url: '/payments', headers: { Accept: 'application/json' } },
        response: {
          status: 422,
          statusText: 'Unprocessable Content',
          headers: { 'content-type': 'application/json', 'x-request-id': 'req_axios' },
          data: {
            message: 'The given data was invalid.',
            errors: { email: ['The email has already been taken.'] },
          },
        },
      }),
    },
    {
      name: 'FastAPI 422 HttpError (detail[] with loc, msg)',
      input: new HttpError({
        status: 422,
        method: 'POST',
        headers: { 'content-type': 'application/json', date: DATE },
        body: {
          detail: [
            {
              type: 'missing',
              loc: ['body', 'address', 'city'],
              msg: 'Field required',
              input: {},
            },
            {
              type: 'value_error',
              loc: ['body', 'email'],
              msg: 'value is not a valid email address',
              input: 'ada@',
            },
          ],
        },
      }),
    },
    {
      name: 'Zod flatten 422 HttpError ({ errors: { formErrors, fieldErrors } })',
      input: new HttpError({
        status: 422,
        method: 'POST',
        headers: { 'content-type': 'application/json', date: DATE },
        body: {
          errors: {
            formErrors: [],
            fieldErrors: { email: ['Invalid email address'], age: ['Expected number'] },
          },
        },
      }),
    },
    {
      name: 'plain { status, data, headers } 404',
      input: {
        status: 404,
        data: { message: 'Export job 42 does not exist.' },
        headers: {
          'content-type': 'application/json',
          'x-request-id': 'req_plain',
          date: DATE,
          'cache-control': 'no-store',
        },
      },
    },
  ];
}

/** A Laravel 422 whose `errors` map has `count` fields with one message each. */
export function manyFields({ HttpError }: Core, count: number): unknown {
  const errors: Record<string, string[]> = {};
  for (let i = 0; i < count; i++)
    errors[`items.${i}.quantity`] = [`Item ${i + 1} needs a quantity of at least 1.`];
  return new HttpError({
    status: 422,
    headers: { 'content-type': 'application/json', 'x-request-id': 'req_many' },
    body: { message: 'The given data was invalid.', errors },
  });
}

export const MiB = 1024 * 1024;

/** A 503 whose body is 1 MiB of plain text (a proxy's error log, say). */
export function plainTextMiB({ HttpError }: Core): unknown {
  const line =
    'upstream connect error or disconnect/reset before headers. reset reason: overflow\n';
  return new HttpError({
    status: 503,
    headers: { 'content-type': 'text/plain' },
    body: line.repeat(Math.ceil(MiB / line.length)).slice(0, MiB),
  });
}

/**
 * A 422 whose body is JSON text of exactly 1 MiB (a Laravel debug response with its stack
 * trace), given as a string, so the classifier has to parse it.
 */
export function jsonTextMiB({ HttpError }: Core): unknown {
  const trace: unknown[] = [];
  const body = {
    message: 'The given data was invalid.',
    errors: {
      email: ['The email field is required.'],
      amount: ['The amount must be greater than 0.'],
    },
    exception: 'Illuminate\\Validation\\ValidationException',
    trace,
    padding: '',
  };
  const frame = (i: number) => ({
    file: `/var/www/app/vendor/laravel/framework/src/Illuminate/Pipeline/Pipeline${i}.php`,
    line: 100 + (i % 400),
    function: 'handle',
    class: 'Illuminate\\Pipeline\\Pipeline',
    type: '->',
  });
  const frameLength = JSON.stringify(frame(1000)).length + 1;
  const base = JSON.stringify(body).length;
  while (base + trace.length * frameLength < MiB - 2 * frameLength) trace.push(frame(trace.length));
  body.padding = 'x'.repeat(MiB - JSON.stringify(body).length);
  const text = JSON.stringify(body);
  if (text.length !== MiB) throw new Error(`JSON body is ${text.length} characters, not ${MiB}`);
  return new HttpError({
    status: 422,
    headers: { 'content-type': 'application/json' },
    body: text,
  });
}
