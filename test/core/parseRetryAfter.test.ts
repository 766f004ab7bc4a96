import { describe, expect, it } from 'vitest';
import { parseRetryAfter } from '../../src/core';

const NOW = Date.parse('2026-11-21T12:00:00Z');

describe('parseRetryAfter', () => {
  it.each([
    ['3', 3000],
    ['0', 0],
    [' 120 ', 120_000],
    ['1.5', 1500],
  ])('reads delay-seconds %j', (value, ms) => {
    expect(parseRetryAfter(value, NOW)).toBe(ms);
  });

  it('reads numbers as seconds', () => {
    expect(parseRetryAfter(2, NOW)).toBe(2000);
    expect(parseRetryAfter(-1, NOW)).toBeUndefined();
  });

  it('measures an HTTP-date against now', () => {
    expect(parseRetryAfter('Sat, 21 Nov 2026 12:00:30 GMT', NOW)).toBe(30_000);
  });

  it("measures an HTTP-date against the response's Date header when given", () => {
    // The server clock is 10 minutes behind ours: its own Date header is what counts.
    expect(
      parseRetryAfter('Sat, 21 Nov 2026 11:50:45 GMT', NOW, 'Sat, 21 Nov 2026 11:50:00 GMT'),
    ).toBe(45_000);
  });

  it('falls back to now when the Date header is malformed', () => {
    expect(parseRetryAfter('Sat, 21 Nov 2026 12:01:00 GMT', NOW, 'yesterday-ish')).toBe(60_000);
  });

  it('gives 0 for dates in the past', () => {
    expect(parseRetryAfter('Sat, 21 Nov 2026 11:00:00 GMT', NOW)).toBe(0);
  });

  it.each([['soon'], [''], ['-5'], ['3s'], ['1e3'], ['NaN'], ['Infinity']])(
    'ignores malformed %j',
    (value) => {
      expect(parseRetryAfter(value, NOW)).toBeUndefined();
    },
  );

  it('ignores missing values and absurd ones', () => {
    expect(parseRetryAfter(undefined, NOW)).toBeUndefined();
    expect(parseRetryAfter(null, NOW)).toBeUndefined();
    expect(parseRetryAfter('9'.repeat(400), NOW)).toBeUndefined();
  });
});
