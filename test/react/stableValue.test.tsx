import { renderHook } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { sameContent, useStableValue } from '../../src/react/stableValue';

describe('useStableValue', () => {
  it('keeps one object while the content stays the same, and calls the latest functions', () => {
    const first = vi.fn(() => 1);
    const second = vi.fn(() => 2);
    const { result, rerender } = renderHook(
      ({ fn, codes }) => useStableValue({ codes, fn, list: [fn] }),
      {
        initialProps: { fn: first, codes: { '1006': 'forbidden' } },
      },
    );
    const stable = result.current;
    rerender({ fn: second, codes: { '1006': 'forbidden' } });
    expect(result.current).toBe(stable);
    // The first render's forwarders run the latest function, not a stale one.
    expect(stable.fn()).toBe(2);
    expect(stable.list[0]?.()).toBe(2);
    expect(first).not.toHaveBeenCalled();

    rerender({ fn: second, codes: { '1006': 'not-found' } });
    expect(result.current).not.toBe(stable);
    expect(result.current.codes).toEqual({ '1006': 'not-found' });
  });

  it('compares plain data by content and anything else by identity', () => {
    expect(sameContent({ a: [1, { b: 'x' }] }, { a: [1, { b: 'x' }] })).toBe(true);
    expect(sameContent({ a: [1] }, { a: [1, 2] })).toBe(false);
    expect(sameContent({ a: 1 }, { b: 1 })).toBe(false);
    expect(sameContent(new Map(), new Map())).toBe(false);
    const circular: Record<string, unknown> = {};
    circular.self = circular;
    expect(() => sameContent(circular, { self: { self: {} } })).not.toThrow();
  });
});
