import { describe, expect, it, vi } from 'vitest';
import { createTicker } from '../../src/headless/ticker';

/** A hand-driven clock and timer queue, to count exactly how many timers the ticker keeps. */
function fakeTimers(start: number) {
  let time = start;
  let nextId = 1;
  const pending = new Map<number, { at: number; callback: () => void }>();
  const timers = {
    now: () => time,
    setTimeout: vi.fn((callback: () => void, ms: number) => {
      const id = nextId++;
      pending.set(id, { at: time + ms, callback });
      return id;
    }),
    clearTimeout: vi.fn((id: unknown) => {
      pending.delete(id as number);
    }),
  };
  return {
    timers,
    pending,
    /** Moves the clock, firing due timers in order. */
    advance(ms: number) {
      const end = time + ms;
      for (;;) {
        const due = [...pending.entries()]
          .filter(([, timer]) => timer.at <= end)
          .sort((a, b) => a[1].at - b[1].at)[0];
        if (!due) break;
        pending.delete(due[0]);
        time = Math.max(time, due[1].at);
        due[1].callback();
      }
      time = end;
    },
    /** Moves the clock without firing anything (the tab slept). */
    sleep(ms: number) {
      time += ms;
    },
  };
}

describe('createTicker', () => {
  it('keeps exactly one timer for any number of subscribers, and none after the last leaves', () => {
    const fake = fakeTimers(1_700_000_000_250);
    const ticker = createTicker(fake.timers);
    expect(fake.pending.size).toBe(0);

    const listeners = Array.from({ length: 25 }, () => vi.fn());
    const unsubscribes = listeners.map((listener) => ticker.subscribe(listener));
    expect(ticker.size).toBe(25);
    expect(fake.pending.size).toBe(1);
    expect(fake.timers.setTimeout).toHaveBeenCalledTimes(1);

    fake.advance(3000);
    expect(fake.pending.size).toBe(1);
    for (const listener of listeners) expect(listener).toHaveBeenCalledTimes(3);
    // One timer per tick: three ticks plus the one pending.
    expect(fake.timers.setTimeout).toHaveBeenCalledTimes(4);

    for (const unsubscribe of unsubscribes.slice(1)) unsubscribe();
    expect(fake.pending.size).toBe(1);
    unsubscribes[0]?.();
    expect(ticker.size).toBe(0);
    expect(fake.pending.size).toBe(0);
    expect(fake.timers.clearTimeout).toHaveBeenCalledTimes(1);

    fake.advance(5000);
    for (const listener of listeners) expect(listener).toHaveBeenCalledTimes(3);
  });

  it('ticks on whole seconds of the clock and passes the time', () => {
    const fake = fakeTimers(1_700_000_000_250);
    const ticker = createTicker(fake.timers);
    const seen: number[] = [];
    ticker.subscribe((now) => seen.push(now));
    expect(fake.timers.setTimeout).toHaveBeenLastCalledWith(expect.any(Function), 750);
    fake.advance(2000);
    expect(seen).toEqual([1_700_000_001_000, 1_700_000_002_000]);
  });

  it('after a sleep, the next tick reports the real time (listeners compute from deadlines)', () => {
    const fake = fakeTimers(1_700_000_000_000);
    const ticker = createTicker(fake.timers);
    const seen: number[] = [];
    ticker.subscribe((now) => seen.push(now));
    fake.sleep(600_000);
    fake.advance(0);
    expect(seen).toEqual([1_700_000_600_000]);
  });

  it('lets a listener unsubscribe itself or another during a tick', () => {
    const fake = fakeTimers(0);
    const ticker = createTicker(fake.timers);
    const second = vi.fn();
    let offSecond = () => {};
    const offFirst = ticker.subscribe(() => {
      offFirst();
      offSecond();
    });
    offSecond = ticker.subscribe(second);
    fake.advance(1000);
    expect(second).not.toHaveBeenCalled();
    expect(ticker.size).toBe(0);
    expect(fake.pending.size).toBe(0);
  });

  it('unsubscribing twice is harmless, and the same function can subscribe twice', () => {
    const fake = fakeTimers(0);
    const ticker = createTicker(fake.timers);
    const listener = vi.fn();
    const a = ticker.subscribe(listener);
    const b = ticker.subscribe(listener);
    fake.advance(1000);
    expect(listener).toHaveBeenCalledTimes(2);
    a();
    a();
    expect(ticker.size).toBe(1);
    b();
    expect(fake.pending.size).toBe(0);
  });

  it('a throwing listener does not stop the others', () => {
    const fake = fakeTimers(0);
    const ticker = createTicker(fake.timers);
    const report = vi.fn();
    vi.stubGlobal('reportError', report);
    const after = vi.fn();
    ticker.subscribe(() => {
      throw new Error('boom');
    });
    ticker.subscribe(after);
    fake.advance(1000);
    expect(after).toHaveBeenCalledTimes(1);
    expect(report).toHaveBeenCalledTimes(1);
    vi.unstubAllGlobals();
  });

  it('starts nothing when created', () => {
    const fake = fakeTimers(0);
    createTicker(fake.timers);
    expect(fake.timers.setTimeout).not.toHaveBeenCalled();
  });
});
