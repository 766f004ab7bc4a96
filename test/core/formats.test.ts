/**
 * Table test: the error formats of real backends and libraries (test/fixtures/formats.ts), each
 * classified as an HttpError, checked against what a user of that API should see, and checked
 * to be read by the dialect the README says reads it.
 */
import { describe, expect, it } from 'vitest';
import { builtInDialects, classifyError, englishMessages, HttpError } from '../../src/core';
import { formatRows } from '../fixtures/formats';

describe('real-world formats', () => {
  it.each(formatRows.map((row) => [row.format, row] as const))('%s', (_, row) => {
    const result = classifyError(
      new HttpError({ status: row.status, headers: row.headers, body: row.body }),
    );
    const { expected } = row;
    expect.soft(result.kind, 'kind').toBe(expected.kind);
    expect.soft(result.dialect, 'dialect').toBe(row.dialect);
    if (expected.message !== undefined) {
      const message =
        expected.message === 'default' ? englishMessages[expected.kind].message : expected.message;
      expect.soft(result.message, 'message').toBe(message);
    }
    if (expected.code !== undefined) expect.soft(result.code, 'code').toBe(expected.code);
    if (expected.fieldErrors !== undefined) {
      expect.soft({ ...result.fieldErrors }, 'fieldErrors').toEqual(expected.fieldErrors);
    }
    if (expected.formErrors !== undefined) {
      expect.soft(result.formErrors, 'formErrors').toEqual(expected.formErrors);
    }
    if (expected.requestId !== undefined) {
      expect.soft(result.requestId, 'requestId').toBe(expected.requestId);
    }
    // No JSON, no bare code and no stack is ever shown.
    expect(result.message).not.toMatch(/^\s*[[{]|^[A-Z][A-Z\d_]{2,}$/);
  });

  it('names only built-in dialects, and shows each of them at work', () => {
    const names = builtInDialects.map((dialect) => dialect.name);
    expect(new Set(formatRows.map((row) => row.dialect))).toEqual(new Set(names));
  });
});
