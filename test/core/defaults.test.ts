import { describe, expect, it } from 'vitest';
import {
  builtInDialects,
  classifyError,
  englishMessages,
  HttpError,
  isClassifiedError,
} from '../../src/core';
import { englishFieldMessages } from '../../src/core/messages';

const github = (errors: unknown[]) =>
  new HttpError({ status: 422, body: { message: 'Validation Failed', errors } });

describe('defaults: which texts are the kit’s own', () => {
  it('words GitHub’s field codes from the catalog and says which code each was', () => {
    const classified = classifyError(
      github([
        { resource: 'Issue', field: 'title', code: 'missing_field' },
        { resource: 'Repo', field: 'name', code: 'already_exists' },
        { resource: 'Issue', field: 'labels', code: 'invalid' },
      ]),
    );
    expect(classified.fieldErrors).toEqual({
      title: ['This field is required.'],
      name: ['This value is already taken.'],
      labels: ['Check this answer.'],
    });
    expect(classified.defaults?.fields).toEqual({
      title: 'required',
      name: 'taken',
      labels: 'invalid',
    });
  });

  it('keeps only the server’s text when a field has both text and a code', () => {
    const classified = classifyError(
      github([
        { field: 'title', code: 'missing_field' },
        { field: 'title', message: 'Title cannot be blank.' },
      ]),
    );
    expect(classified.fieldErrors).toEqual({ title: ['Title cannot be blank.'] });
    expect(classified.defaults?.fields).toBeUndefined();
  });

  it('marks a field whose every message was withheld as invalid', () => {
    const error = new HttpError({
      status: 422,
      body: { errors: { email: ['<html><body>oops</body></html>'], name: ['Enter a name.'] } },
    });
    const classified = classifyError(error);
    expect(classified.fieldErrors).toEqual({
      email: [englishFieldMessages.invalid],
      name: ['Enter a name.'],
    });
    expect(classified.defaults?.fields).toEqual({ email: 'invalid' });
  });

  it('words Joi keys without a message of their own as invalid', () => {
    const error = new HttpError({
      status: 400,
      body: { validation: { source: 'payload', keys: ['email', 'age'] }, message: 'Bad input' },
    });
    const classified = classifyError(error);
    expect(classified.fieldErrors).toEqual({
      email: [englishFieldMessages.invalid],
      age: [englishFieldMessages.invalid],
    });
    expect(classified.defaults?.fields).toEqual({ email: 'invalid', age: 'invalid' });
  });

  it('words Fastify’s Ajv “must have required property” as required', () => {
    const error = new HttpError({
      status: 400,
      body: { message: "body/address must have required property 'city'" },
    });
    const classified = classifyError(error);
    expect(classified.fieldErrors).toEqual({ 'address.city': ['This field is required.'] });
    expect(classified.defaults?.fields).toEqual({ 'address.city': 'required' });
  });

  it('lets dialects return codes, not sentences', () => {
    const issueList = builtInDialects.find((d) => d.name === 'issue-list');
    const result = issueList?.read({ errors: [{ field: 'title', code: 'missing_field' }] });
    expect(result?.fieldCodes).toEqual({ title: 'required' });
    expect(JSON.stringify(result)).not.toContain('This field');
  });

  it('ignores codes the catalog does not know, from an app’s dialect', () => {
    const classified = classifyError(
      { status: 422, body: {} },
      { dialects: [() => ({ fieldCodes: { a: 'toString' as never, b: 'taken' } })] },
    );
    expect(classified.fieldErrors).toEqual({ b: ['This value is already taken.'] });
    expect(classified.defaults?.fields).toEqual({ b: 'taken' });
  });

  it('says whether the title and message are the catalog’s', () => {
    const fromServer = classifyError(
      new HttpError({ status: 400, body: { message: 'Coupon has expired.' } }),
    );
    expect(fromServer.message).toBe('Coupon has expired.');
    expect(fromServer.defaults).toMatchObject({ title: true, message: false });

    const fromKit = classifyError(new HttpError({ status: 503 }));
    expect(fromKit.message).toBe(englishMessages.unavailable.message);
    expect(fromKit.defaults).toEqual({ title: true, message: true });

    const overridden = classifyError(
      { status: 503 },
      { messages: { unavailable: { title: 'Down for upkeep' } } },
    );
    expect(overridden.defaults).toMatchObject({ title: false, message: true });

    const clipped = classifyError(new HttpError({ status: 503 }), { maxMessageLength: 10 });
    expect(clipped.defaults).toMatchObject({ title: true, message: true });
  });

  it('emits defaults as plain data', () => {
    const classified = classifyError(github([{ field: 'title', code: 'missing_field' }]));
    const { defaults } = classified;
    expect(Object.getPrototypeOf(defaults)).toBe(Object.prototype);
    for (const descriptor of Object.values(Object.getOwnPropertyDescriptors(defaults))) {
      expect(descriptor).toHaveProperty('value');
    }
    expect(JSON.parse(JSON.stringify(defaults))).toEqual({
      title: true,
      message: false,
      fields: { title: 'required' },
    });
    expect(structuredClone(defaults)).toEqual(defaults);
    const withoutCodes = classifyError(new HttpError({ status: 404 })).defaults;
    expect(withoutCodes && Object.keys(withoutCodes)).toEqual(['title', 'message']);
  });

  it('accepts classified errors with or without defaults, and returns them as they are', () => {
    const classified = classifyError(github([{ field: 'title', code: 'missing_field' }]));
    expect(isClassifiedError(classified)).toBe(true);
    const { defaults: _, ...older } = classified;
    expect(isClassifiedError(older)).toBe(true);
    expect(classifyError(classified)).toBe(classified);
    expect(classifyError(older)).toBe(older);
  });
});

describe('no state between classifications', () => {
  it('reads a body changed between two calls afresh', () => {
    const body: Record<string, unknown> = { message: 'First.', errors: { a: ['A is wrong.'] } };
    const error = new HttpError({ status: 422, body });
    expect(classifyError(error).fieldErrors).toEqual({ a: ['A is wrong.'] });
    body.errors = { b: ['B is wrong.'] };
    expect(classifyError(error).fieldErrors).toEqual({ b: ['B is wrong.'] });
  });

  it('survives a dialect that classifies another error while the first is read', () => {
    const inner = new HttpError({ status: 422, body: { errors: { inner: ['Inner.'] } } });
    const outer = new HttpError({ status: 422, body: { errors: { outer: ['Outer.'] } } });
    const nested = {
      name: 'nested',
      read: () => {
        classifyError(inner);
        return undefined;
      },
    };
    const classified = classifyError(outer, { dialects: [nested, ...builtInDialects] });
    expect(classified.fieldErrors).toEqual({ outer: ['Outer.'] });
  });

  it('gives the same answer for the same input, whatever came before', () => {
    const error = new HttpError({ status: 404, body: { errors: { 'user[email]': ['Unknown.'] } } });
    const first = classifyError(error);
    for (let i = 0; i < 5; i++) classifyError(new HttpError({ status: 400 + i }));
    expect(classifyError(error)).toEqual(first);
  });
});
