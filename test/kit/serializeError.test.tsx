import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { classifyError, errorKit, HttpError, routeError, serializeError } from '../../src';
import { ErrorDisplay } from '../../src/react';
import { FIXED_NOW, inputFixtures, responseFixtures } from '../fixtures';

/**
 * What React can pass from a server component or action to the browser: primitives, arrays and
 * objects whose prototype is `Object.prototype` (null prototypes and class instances are refused).
 */
function plainDataProblems(value: unknown, path = 'error', seen = new Set<unknown>()): string[] {
  if (value === null || ['string', 'number', 'boolean', 'undefined'].includes(typeof value)) {
    return [];
  }
  if (typeof value !== 'object') return [`${path} is a ${typeof value}`];
  if (seen.has(value)) return [`${path} is cyclic`];
  seen.add(value);
  const proto = Object.getPrototypeOf(value);
  if (!Array.isArray(value) && proto !== Object.prototype) return [`${path} is not a plain object`];
  return Object.keys(value).flatMap((key) =>
    plainDataProblems((value as Record<string, unknown>)[key], `${path}.${key}`, seen),
  );
}

const kit = errorKit({ now: () => FIXED_NOW });
const httpErrorOf = (fixture: (typeof responseFixtures)[number]) =>
  new HttpError({
    status: fixture.response.status,
    headers: fixture.response.headers,
    body: fixture.response.body,
    method: fixture.method,
    url: 'https://api.example.com/x',
  });
const withoutCause = ({ cause: _, ...rest }: { cause?: unknown }) => rest;

describe('serializeError', () => {
  it.each(responseFixtures.map((f) => [f.id, f] as const))(
    '%s: plain data that JSON carries and that classifies as itself',
    (_id, fixture) => {
      const serialized = serializeError(httpErrorOf(fixture), { kit });
      expect(plainDataProblems(serialized)).toEqual([]);
      expect(serialized).not.toHaveProperty('cause');
      const carried = JSON.parse(JSON.stringify(serialized));
      expect(carried).toEqual(serialized);
      expect(withoutCause(kit.classify(carried))).toEqual(serialized);
      expect(withoutCause(classifyError(carried))).toEqual(serialized);
    },
  );

  it.each(inputFixtures.map((f) => [f.id, f] as const))(
    'turns the thrown %s into plain data',
    (_id, fixture) => {
      const serialized = serializeError(fixture.make(), { kit });
      expect(plainDataProblems(serialized)).toEqual([]);
      expect(JSON.parse(JSON.stringify(serialized))).toEqual(serialized);
    },
  );

  it('turns anything thrown into plain data: a string, a cyclic object, a Response', () => {
    const cyclic: Record<string, unknown> = { message: 'loop' };
    cyclic.self = cyclic;
    const response = new Response('{"message":"Too many requests"}', {
      status: 429,
      headers: { 'Retry-After': '7' },
    });
    for (const thrown of ['boom', cyclic, response, null, undefined, 42, Symbol('x'), () => 1]) {
      const serialized = serializeError(thrown, { kit });
      expect(plainDataProblems(serialized)).toEqual([]);
      expect(serialized.message.trim()).not.toBe('');
    }
    expect(serializeError(response, { kit })).toMatchObject({
      kind: 'rate-limited',
      retryAfterMs: 7000,
    });
  });

  it('keeps payload keys such as __proto__ as fields, on plain objects', () => {
    const body = JSON.parse('{"errors":{"__proto__":["a"],"email":["Enter an email"]}}');
    const serialized = serializeError({ status: 422, data: body }, { kit });
    expect(plainDataProblems(serialized)).toEqual([]);
    expect(Object.keys(serialized.fieldErrors).sort()).toEqual(['__proto__', 'email']);
    expect(JSON.parse(JSON.stringify(serialized)).fieldErrors).toEqual(serialized.fieldErrors);
  });

  it('carries back what was typed, without secrets, files or framework fields', () => {
    const form = new FormData();
    form.append('email', 'ada@example');
    form.append('tags', 'a');
    form.append('tags', 'b');
    form.append('password', 'hunter2');
    form.append('confirmPassword', 'hunter2');
    form.append('$ACTION_ID_abc', '');
    form.append('avatar', new Blob(['x']), 'avatar.png');
    form.append('nickname', 'ada');
    const error = { status: 422, data: { errors: { email: ['Enter a valid email'] } } };
    const serialized = serializeError(error, { kit, values: form, omit: ['nickname'] });
    expect(serialized.values).toEqual({ email: 'ada@example', tags: ['a', 'b'] });
    expect(plainDataProblems(serialized)).toEqual([]);
  });

  it('renders the same on both sides of the boundary', () => {
    const error = new HttpError({
      status: 503,
      headers: { 'Retry-After': '30', 'X-Request-Id': 'req-1' },
      body: { message: 'Down for maintenance' },
    });
    const retry = { onRetry: () => {} };
    const direct = renderToString(<ErrorDisplay error={error} retry={retry} />);
    const carried = JSON.parse(JSON.stringify(serializeError(error)));
    expect(renderToString(<ErrorDisplay error={carried} retry={retry} />)).toBe(direct);
  });
});

describe('HttpError toJSON', () => {
  it.each(responseFixtures.map((f) => [f.id, f] as const))(
    '%s: JSON of the error classifies as the error',
    (_id, fixture) => {
      const error = httpErrorOf(fixture);
      const json = JSON.parse(JSON.stringify(error));
      const now = () => fixture.options?.now ?? FIXED_NOW;
      const options = { ...fixture.options, now };
      const { cause: _a, ...fromJson } = classifyError(json, options);
      const { cause: _b, ...fromError } = classifyError(error, options);
      expect(fromJson).toEqual(fromError);
    },
  );

  it('leaves credentials out', () => {
    const error = new HttpError({
      status: 401,
      headers: { 'Set-Cookie': 'session=1', 'WWW-Authenticate': 'Bearer error="invalid_token"' },
    });
    expect(error.toJSON().headers).toEqual({ 'www-authenticate': 'Bearer error="invalid_token"' });
  });
});

describe('routeError', () => {
  it("gives React Router's data() the error, its status and Retry-After", () => {
    const error = new HttpError({
      status: 503,
      headers: { 'Retry-After': '2', 'X-Request-Id': 'req-9' },
      body: 'Service Unavailable',
    });
    const [body, init] = routeError(error, { kit });
    expect(init).toEqual({ status: 503, headers: { 'Retry-After': '2' } });
    expect(body).toMatchObject({ kind: 'unavailable', retryAfterMs: 2000, requestId: 'req-9' });
    // A route error response keeps the body, not the headers: the components read the body.
    const routeErrorResponse = { status: 503, statusText: '', internal: false, data: body };
    expect(withoutCause(classifyError(routeErrorResponse))).toEqual(body);
    expect(withoutCause(kit.classify(routeErrorResponse))).toEqual(body);
  });

  it('picks a status for failures that had none', () => {
    expect(routeError(new TypeError('Failed to fetch'))[1].status).toBe(502);
    expect(routeError('boom')[1].status).toBe(500);
    expect(routeError({ formErrors: ['Passwords do not match'], fieldErrors: {} })[1].status).toBe(
      422,
    );
  });
});
