import { act, renderHook } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createTicker } from '../../src/headless/ticker';
import { useRetryCountdown } from '../../src/react';

const START = 1_700_000_000_000;

beforeEach(() => {
  vi.useFakeTimers({ now: START });
});
afterEach(() => {
  vi.useRealTimers();
});

describe('useRetryCountdown', () => {
  it('counts whole seconds to the deadline and calls onElapsed once', () => {
    const onElapsed = vi.fn();
    const ticker = createTicker();
    const { result } = renderHook(() =>
      useRetryCountdown({ deadline: START + 2000, onElapsed, now: Date.now, ticker }),
    );
    expect(result.current).toEqual({ secondsLeft: 2, state: 'counting' });
    expect(ticker.size).toBe(1);
    act(() => vi.advanceTimersByTime(1000));
    expect(result.current).toEqual({ secondsLeft: 1, state: 'counting' });
    act(() => vi.advanceTimersByTime(1000));
    expect(result.current).toEqual({ secondsLeft: 0, state: 'elapsed' });
    expect(onElapsed).toHaveBeenCalledTimes(1);
    expect(ticker.size).toBe(0);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('shows each number for a whole second, counted back from a deadline between two seconds', () => {
    // The response arrived 20 ms after a whole second of the clock: "1 second" still lasts 1 s.
    vi.setSystemTime(START + 20);
    const deadline = START + 20 + 2000;
    const ticker = createTicker();
    const shown: number[] = [];
    const { result } = renderHook(() => {
      const countdown = useRetryCountdown({ deadline, now: Date.now, ticker });
      if (shown.at(-1) !== countdown.secondsLeft) shown.push(countdown.secondsLeft);
      return countdown;
    });
    act(() => vi.advanceTimersByTime(999));
    expect(result.current.secondsLeft).toBe(2);
    act(() => vi.advanceTimersByTime(1));
    expect(result.current.secondsLeft).toBe(1);
    act(() => vi.advanceTimersByTime(999));
    expect(result.current.secondsLeft).toBe(1);
    act(() => vi.advanceTimersByTime(1));
    expect(result.current.state).toBe('elapsed');
    expect(shown).toEqual([2, 1, 0]);
  });

  it('is idle without a deadline and subscribes to nothing', () => {
    const ticker = createTicker();
    const { result } = renderHook(() => useRetryCountdown({ deadline: undefined, ticker }));
    expect(result.current).toEqual({ secondsLeft: 0, state: 'idle' });
    expect(ticker.size).toBe(0);
  });

  it('holds while paused and fires on resume when the deadline passed meanwhile', () => {
    const onElapsed = vi.fn();
    const ticker = createTicker();
    const { result, rerender } = renderHook(
      ({ paused }) =>
        useRetryCountdown({ deadline: START + 2000, onElapsed, paused, now: Date.now, ticker }),
      { initialProps: { paused: true } },
    );
    expect(result.current.state).toBe('paused');
    expect(ticker.size).toBe(0);
    act(() => vi.advanceTimersByTime(5000));
    expect(onElapsed).not.toHaveBeenCalled();
    rerender({ paused: false });
    expect(onElapsed).toHaveBeenCalledTimes(1);
    expect(result.current.state).toBe('elapsed');
  });

  it('unsubscribes on unmount', () => {
    const ticker = createTicker();
    const { unmount } = renderHook(() =>
      useRetryCountdown({ deadline: START + 60_000, now: Date.now, ticker }),
    );
    expect(vi.getTimerCount()).toBe(1);
    unmount();
    expect(ticker.size).toBe(0);
    expect(vi.getTimerCount()).toBe(0);
  });
});
