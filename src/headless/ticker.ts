/**
 * One shared once-a-second tick for every countdown on the page, with exactly one `setTimeout`
 * pending while anyone listens. Listeners compute from a deadline rather than counting ticks, so
 * a tab that slept for ten minutes is right on its first tick back.
 */

export type TickListener = (now: number) => void;

/** The clock and timer functions a ticker uses; inject them in tests. */
export interface TickerTimers {
  /**
   * Clock in ms since the epoch.
   * @default Date.now (read when called, so fake timers apply)
   */
  now: () => number;
  /** @default globalThis.setTimeout (read when called) */
  setTimeout: (callback: () => void, ms: number) => unknown;
  /** @default globalThis.clearTimeout (read when called) */
  clearTimeout: (handle: unknown) => void;
}

export interface Ticker {
  /**
   * Adds a listener; returns its remover. `wakeAt` also calls it at that exact time, so a
   * countdown ends at its deadline, not at the next tick after it.
   */
  subscribe(listener: TickListener, wakeAt?: number): () => void;
  /** How many listeners are subscribed (for tests and diagnostics). */
  readonly size: number;
}

const SECOND = 1000;

export function createTicker(timers: Partial<TickerTimers> = {}): Ticker {
  // Read when called, so fake timers installed later apply.
  const now = timers.now ?? (() => Date.now());
  const setTimer = timers.setTimeout ?? ((callback, ms) => globalThis.setTimeout(callback, ms));
  const clearTimer =
    timers.clearTimeout ??
    ((handle) => globalThis.clearTimeout(handle as ReturnType<typeof setTimeout>));
  // Each listener with the time it asked to be woken at, if any.
  const listeners = new Map<TickListener, number | undefined>();
  let handle: unknown;
  let dueAt: number | undefined;

  function cancel(): void {
    if (dueAt !== undefined) clearTimer(handle);
    dueAt = undefined;
  }

  function schedule(): void {
    if (listeners.size === 0) return;
    const time = now();
    // The next whole second of the clock (a full second when `time` is on one).
    let target = time + SECOND - (((time % SECOND) + SECOND) % SECOND);
    for (const wakeAt of listeners.values()) {
      if (wakeAt !== undefined && wakeAt < target) target = Math.max(time, wakeAt);
    }
    // Still one timer: keep the pending one when it is due in time, else move it earlier.
    if (dueAt !== undefined && dueAt <= target) return;
    cancel();
    dueAt = target;
    handle = setTimer(tick, target - time);
  }

  function tick(): void {
    dueAt = undefined;
    const time = now();
    // A copy: a listener may unsubscribe itself (or another) while we iterate.
    for (const [listener, wakeAt] of [...listeners]) {
      if (!listeners.has(listener)) continue;
      if (wakeAt !== undefined && wakeAt <= time) listeners.set(listener, undefined);
      try {
        listener(time);
      } catch (error) {
        // One failing countdown must not stop the others; report it without breaking the loop.
        if (typeof globalThis.reportError === 'function') globalThis.reportError(error);
        else
          queueMicrotask(() => {
            throw error;
          });
      }
    }
    schedule();
  }

  return {
    subscribe(listener, wakeAt) {
      // A wrapper per subscription, so the same function subscribed twice is two subscriptions.
      const entry: TickListener = (time) => listener(time);
      listeners.set(entry, wakeAt);
      schedule();
      return () => {
        if (listeners.delete(entry) && listeners.size === 0) cancel();
      };
    },
    get size() {
      return listeners.size;
    },
  };
}

/** The page's shared ticker. Creating it starts nothing; the first subscriber starts its timer. */
export const ticker: Ticker = /* @__PURE__ */ createTicker();
