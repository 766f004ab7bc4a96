import { expect } from 'vitest';
import type { ClassifiedError } from '../../src/core/index.ts';
import type { RecordedCapture } from '../fixtures/recorded.ts';
import type { Expectation } from './expectations.ts';

/** Text a person should never be shown as the message. */
const NOT_PLAIN: [string, RegExp][] = [
  ['JSON', /^\s*[[{]/],
  [
    'HTML',
    /<\s*\/?\s*(!doctype|html|head|title|body|h[1-6]|center|hr|pre|p|div|br|script|style)\b/i,
  ],
  ['a bare machine code', /^[A-Z][A-Z0-9_.:-]*$/],
  ['an exception class name', /^[A-Z][A-Za-z]*(Exception|Error):/],
];

export function expectPlainText(message: string): void {
  expect(message.trim(), 'message is empty').not.toBe('');
  for (const [what, pattern] of NOT_PLAIN) {
    expect(pattern.test(message), `message is ${what}: ${message}`).toBe(false);
  }
}

/** Asserts that `classified` gives a user what `expectation` says the capture means. */
export function expectMeets(
  capture: Pick<RecordedCapture, 'response'>,
  classified: ClassifiedError,
  expectation: Expectation,
): void {
  const { status, headers } = capture.response;
  expect(classified.kind).toBe(expectation.kind);
  if (status >= 400) expect(classified.status).toBe(status);
  expectPlainText(classified.message);
  if (expectation.message !== undefined) expect(classified.message).toBe(expectation.message);
  if (expectation.code !== undefined) expect(classified.code).toBe(expectation.code);
  if (expectation.fieldErrors)
    expect({ ...classified.fieldErrors }).toEqual(expectation.fieldErrors);
  if (expectation.fieldKeys) {
    expect(Object.keys(classified.fieldErrors).sort()).toEqual([...expectation.fieldKeys].sort());
  }
  if (expectation.formErrors) expect(classified.formErrors).toEqual(expectation.formErrors);
  if (expectation.retryAfterMs === 'retry-after' || expectation.retryAfterMs === 'x-retry-after') {
    const seconds = headers[expectation.retryAfterMs];
    expect(seconds, `no ${expectation.retryAfterMs} header`).toMatch(/^\d+$/);
    expect(classified.retryAfterMs).toBe(Number(seconds) * 1000);
  } else if (expectation.retryAfterMs !== undefined) {
    expect(classified.retryAfterMs).toBe(expectation.retryAfterMs);
  }
}
