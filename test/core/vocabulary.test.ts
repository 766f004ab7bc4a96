/**
 * Variants of the members the conformance captures exercise (test/conformance), written by hand:
 * the same vocabulary in shapes no recorded server or documented service sent.
 */
import { describe, expect, it } from 'vitest';
import { classifyError, englishMessages, HttpError } from '../../src/core';

const NOW = Date.parse('2026-11-21T12:00:00Z');
const now = () => NOW;
const classify = (status: number, body: unknown, headers?: Record<string, string>) =>
  classifyError(new HttpError({ status, body, headers }), { now });

describe('user-facing message members', () => {
  it('prefers `description` to `title`, and never shows a status line as either', () => {
    expect(
      classify(409, { title: 'Conflict', description: 'Rename the file first.' }).message,
    ).toBe('Rename the file first.');
    const bare = classify(404, { title: '404 Not Found' });
    expect(bare.message).toBe(englishMessages['not-found'].message);
    expect(bare.detail).toBe('404 Not Found');
  });

  it('prefers `display_message` to `error_message`, and shows neither when only the latter is there', () => {
    const shown = classify(400, {
      error_code: 'INSUFFICIENT_FUNDS',
      error_message: 'account balance below the transfer amount',
      display_message: 'Your balance is too low for this transfer.',
    });
    expect(shown.message).toBe('Your balance is too low for this transfer.');
    expect(shown.code).toBe('INSUFFICIENT_FUNDS');
    const hidden = classify(400, { error_message: 'bad client_id', display_message: null });
    expect(hidden.defaults?.message).toBe(true);
  });

  it('reads a list of messages through its first, and an empty one not at all', () => {
    expect(classify(403, { errorMessages: ['You cannot edit this board.'] }).message).toBe(
      'You cannot edit this board.',
    );
    expect(classify(403, { errorMessages: [], errors: {} }).defaults?.message).toBe(true);
  });
});

describe('issue lists sent as text', () => {
  it("reads Go's validator by the struct's fields, a `required*` tag as required", () => {
    const result = classify(422, {
      message:
        "Key: 'SignUp.Profile.FirstName' Error:Field validation for 'FirstName' failed on the 'required_without' tag\nKey: 'SignUp.Age' Error:Field validation for 'Age' failed on the 'gte' tag",
    });
    expect(result.fieldErrors).toEqual({
      'profile.firstname': ['This field is required.'],
      age: ['Check this answer.'],
    });
    expect(result.message).toBe(englishMessages.validation.message);
    expect(result.detail).toMatch(/^Key: 'SignUp.Profile.FirstName'/);
  });

  it("reads Go's binders, which name the mistyped value", () => {
    const result = classify(400, {
      error: 'json: cannot unmarshal number into Go struct field SignUp.profile.age of type string',
    });
    expect(Object.keys(result.fieldErrors)).toEqual(['profile.age']);
  });

  it('reads bracketed paths, one message each, whatever the request part', () => {
    const result = classify(400, {
      message: '[query.limit] Expected number, received string; [query.sort] Invalid option',
    });
    expect(result.fieldErrors).toEqual({
      limit: ['Expected number, received string'],
      sort: ['Invalid option'],
    });
    expect(result.formErrors).toEqual([]);
  });

  it('reads an AJV `missingProperty` at the root as a field, in `info` or `params`', () => {
    const fromInfo = classify(422, {
      error: {
        code: 'VALIDATION_FAILED',
        details: [
          {
            path: '',
            code: 'required',
            message: "must have required property 'email'",
            info: { missingProperty: 'email' },
          },
        ],
      },
    });
    expect(fromInfo.fieldErrors).toEqual({ email: ["must have required property 'email'"] });
    expect(fromInfo.formErrors).toEqual([]);
    const noPath = classify(400, {
      errors: [
        { message: "must have required property 'name'", params: { missingProperty: 'name' } },
      ],
    });
    expect(noPath.fieldErrors).toEqual({ name: ["must have required property 'name'"] });
  });
});

describe('developer sentences', () => {
  it('keeps a 400 that says only what a developer needs to the kit, as a client error', () => {
    const result = classify(400, { message: 'strconv.ParseInt: parsing "many": invalid syntax' });
    expect(result.kind).toBe('client');
    expect(result.message).toBe(englishMessages.client.message);
    expect(result.detail).toBe('strconv.ParseInt: parsing "many": invalid syntax');
    expect(classify(400, { message: 'Unexpected token } in JSON at position 10' }).kind).toBe(
      'client',
    );
  });

  it('shows routing messages to nobody', () => {
    for (const text of [
      'Cannot DELETE /api/users/7',
      'Route POST:/upload not found',
      '/v2 does not exist',
    ]) {
      const result = classify(404, { message: text });
      expect(result.message, text).toBe(englishMessages['not-found'].message);
      expect(result.detail, text).toBe(text);
    }
  });

  it('keeps a sentence that only mentions JSON or a path', () => {
    expect(classify(422, { message: 'Export the report as JSON or CSV.' }).message).toBe(
      'Export the report as JSON or CSV.',
    );
  });

  it('reads a status line in `code` as detail, not as the code', () => {
    const result = classify(409, { code: '409 Conflict', message: 'The order was already paid.' });
    expect(result.code).toBeUndefined();
    expect(result.detail).toBe('409 Conflict');
  });
});

describe('codes', () => {
  it('reads `id` as the code only when it reads as one', () => {
    expect(classify(422, { id: 'invalid_params', message: 'Name is taken.' }).code).toBe(
      'invalid_params',
    );
    expect(
      classify(404, { id: '4851a473-1621-42ea-b2f9-5071c0ea8414', message: 'Gone.' }).code,
    ).toBeUndefined();
    expect(classify(404, { id: 42, message: 'Gone.' }).code).toBeUndefined();
  });

  it("reads a lone item's code, and a field's only when it is the only item", () => {
    const intercom = classify(401, {
      type: 'error.list',
      errors: [{ code: 'unauthorized', message: 'Access Token Invalid' }],
    });
    expect(intercom.code).toBe('unauthorized');
    expect(intercom.kind).toBe('unauthenticated');
    const several = classify(400, {
      errors: [
        { code: 'INVALID_EMAIL_ADDRESS', field: 'email', detail: 'Not an email address.' },
        { code: 'VALUE_TOO_LONG', field: 'name', detail: 'Too long.' },
      ],
    });
    expect(several.code).toBeUndefined();
    expect(Object.keys(several.fieldErrors)).toEqual(['email', 'name']);
  });

  it('lets a code name the kind beside a 200 or another 4xx, but not beside a 5xx', () => {
    expect(classify(200, { ok: false, error: 'channel_not_found' }).kind).toBe('not-found');
    expect(classify(200, { ok: false, error: 'invalid_grant' }).kind).toBe('unauthenticated');
    expect(classify(400, { code: 'ResourceNotFound', message: 'No such item.' }).kind).toBe(
      'not-found',
    );
    expect(
      classify(422, { code: 'ACCOUNT_ALREADY_EXISTS', message: 'Sign in instead.' }).kind,
    ).toBe('conflict');
    expect(classify(500, { code: 'NOT_FOUND', message: 'Config missing.' }).kind).toBe('server');
  });

  it("reads a GraphQL error's `type` as its code", () => {
    const result = classify(200, {
      data: null,
      errors: [{ type: 'FORBIDDEN', message: 'Resource not accessible by integration' }],
    });
    expect(result.kind).toBe('forbidden');
    expect(result.code).toBe('FORBIDDEN');
  });
});

describe('retry hints in every spelling', () => {
  const at = (seconds: number) => String(NOW / 1000 + seconds);

  it('reads reset headers as an epoch or a delta, whatever their spelling', () => {
    expect(classify(429, {}, { 'ratelimit-reset': '30' }).retryAfterMs).toBe(30_000);
    expect(classify(429, {}, { 'ratelimit-reset': at(45) }).retryAfterMs).toBe(45_000);
    expect(classify(429, {}, { 'x-rate-limit-reset': at(90) }).retryAfterMs).toBe(90_000);
    expect(classify(429, {}, { 'x-ratelimit-reset': String(NOW + 5000) }).retryAfterMs).toBe(5000);
  });

  it('reads `X-Retry-After` like `Retry-After`, which wins when both are sent', () => {
    expect(classify(503, {}, { 'x-retry-after': '5' }).retryAfterMs).toBe(5000);
    expect(classify(429, {}, { 'retry-after': '2', 'x-retry-after': '5' }).retryAfterMs).toBe(2000);
  });

  it('reads a used-up quota in any spelling as a rate limit', () => {
    const result = classify(
      403,
      {},
      { 'x-rate-limit-remaining': '0', 'x-rate-limit-reset': at(60) },
    );
    expect(result.kind).toBe('rate-limited');
    expect(result.retryAfterMs).toBe(60_000);
  });
});
