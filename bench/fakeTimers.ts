/**
 * Fake `setTimeout` / `setInterval` and a fake `Date.now` for the render benches, driven by
 * hand: `advance(ms)` moves the clock and runs every timer that falls due, in order, each at
 * its own due time. Counts live timers (created minus cleared minus fired) and their peak.
 */

interface FakeTimer {
  id: number;
  due: number;
  /** Repeat period for intervals. */
  every: number | undefined;
  callback: () => void;
}

export interface FakeTimers {
  /** The fake clock, ms since the epoch. */
  now(): number;
  /** Sets the clock (no timer runs). */
  setNow(time: number): void;
  /** Moves the clock `ms` forward, running the timers that fall due. */
  advance(ms: number): void;
  /** Timers pending now. */
  readonly live: number;
  /** Most timers pending at once since the last `resetPeak`. */
  readonly peak: number;
  resetPeak(): void;
  /** `setTimeout` and `setInterval` calls since install. */
  readonly created: { timeouts: number; intervals: number };
  /** Puts the real timers and `Date.now` back. */
  uninstall(): void;
}

type TimerGlobals = Pick<
  typeof globalThis,
  'setTimeout' | 'clearTimeout' | 'setInterval' | 'clearInterval'
>;

/** Replaces the timer globals and `Date.now` with fakes starting at `start`. */
export function installFakeTimers(start: number): FakeTimers {
  const real: TimerGlobals & { dateNow: () => number } = {
    setTimeout: globalThis.setTimeout,
    clearTimeout: globalThis.clearTimeout,
    setInterval: globalThis.setInterval,
    clearInterval: globalThis.clearInterval,
    dateNow: Date.now,
  };
  let clock = start;
  let nextId = 1;
  let peak = 0;
  const created = { timeouts: 0, intervals: 0 };
  const pending = new Map<number, FakeTimer>();

  const add = (callback: unknown, ms: unknown, repeat: boolean): number => {
    const delay = Math.max(0, Number(ms) || 0);
    const id = nextId++;
    const fn = typeof callback === 'function' ? (callback as () => void) : () => {};
    pending.set(id, {
      id,
      due: clock + delay,
      every: repeat ? Math.max(1, delay) : undefined,
      callback: fn,
    });
    peak = Math.max(peak, pending.size);
    return id;
  };
  const remove = (handle: unknown) => {
    pending.delete(Number(handle));
  };

  const fakes: TimerGlobals = {
    setTimeout: ((callback: unknown, ms?: unknown) => {
      created.timeouts += 1;
      return add(callback, ms, false);
    }) as unknown as typeof setTimeout,
    clearTimeout: remove as typeof clearTimeout,
    setInterval: ((callback: unknown, ms?: unknown) => {
      created.intervals += 1;
      return add(callback, ms, true);
    }) as unknown as typeof setInterval,
    clearInterval: remove as typeof clearInterval,
  };
  Object.assign(globalThis, fakes);
  Date.now = () => clock;

  const nextDue = (until: number): FakeTimer | undefined => {
    let first: FakeTimer | undefined;
    for (const timer of pending.values()) {
      if (timer.due <= until && (!first || timer.due < first.due)) first = timer;
    }
    return first;
  };

  return {
    now: () => clock,
    setNow(time) {
      clock = time;
    },
    advance(ms) {
      const until = clock + ms;
      for (let timer = nextDue(until); timer; timer = nextDue(until)) {
        clock = Math.max(clock, timer.due);
        if (timer.every === undefined) pending.delete(timer.id);
        else timer.due += timer.every;
        timer.callback();
      }
      clock = until;
    },
    get live() {
      return pending.size;
    },
    get peak() {
      return peak;
    },
    resetPeak() {
      peak = pending.size;
    },
    created,
    uninstall() {
      Object.assign(globalThis, {
        setTimeout: real.setTimeout,
        clearTimeout: real.clearTimeout,
        setInterval: real.setInterval,
        clearInterval: real.clearInterval,
      });
      Date.now = real.dateNow;
      pending.clear();
    },
  };
}
