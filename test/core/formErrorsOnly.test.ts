import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { classifyError } from '../../src/core';

const signUp = z
  .object({ password: z.string(), confirm: z.string() })
  .refine((v) => v.password === v.confirm, { message: 'Passwords do not match' });

describe('a body with only form errors', () => {
  it("is validation when Zod's flattenError() has only form errors (a server action's answer)", () => {
    const result = signUp.safeParse({ password: 'a', confirm: 'b' });
    if (result.success) throw new Error('expected a failure');
    const classified = classifyError(z.flattenError(result.error));
    expect(classified).toMatchObject({
      kind: 'validation',
      formErrors: ['Passwords do not match'],
      fieldErrors: {},
    });
  });

  it('is validation from a field dictionary with only its form key', () => {
    expect(classifyError({ non_field_errors: ['Unable to log in'] }).kind).toBe('validation');
  });

  it('stays unknown for GraphQL-like and envelope bodies, which are not about the input', () => {
    expect(classifyError({ errors: [{ message: 'Something broke' }] }).kind).toBe('unknown');
    expect(classifyError({ error: 'bad' }).kind).toBe('unknown');
  });

  it('keeps the status kind when there is one', () => {
    expect(classifyError({ status: 500, data: { formErrors: ['x'], fieldErrors: {} } }).kind).toBe(
      'server',
    );
  });
});
