'use client';

import { useEffect, useRef, useState } from 'react';
import { ticker as sharedTicker, type Ticker } from '../headless/ticker';
import { useErrorKit } from './kitContext';

/** Options of {@link useRetryCountdown}. */
export interface UseRetryCountdownOptions {
  /** When the next attempt is due, in ms since the epoch of the clock. No countdown without one. */
  deadline: number | undefined;
  /** Called once when the deadline is reached (not again for the same deadline). */
  onElapsed?: () => void;
  /**
   * Hold the countdown (e.g. while offline); a deadline passed meanwhile fires `onElapsed` on
   * resume.
   * @default false
   */
  paused?: boolean;
  /**
   * @default the provider's `now` (`Date.now` without a provider)
   */
  now?: () => number;
  /**
   * The tick source.
   * @default the page's shared ticker (one timer for every countdown on the page)
   */
  ticker?: Ticker;
}

/** What a countdown is doing. */
export type RetryCountdownState = 'idle' | 'counting' | 'paused' | 'elapsed';

/** The result of {@link useRetryCountdown}. */
export interface UseRetryCountdownResult {
  /** Whole seconds until the deadline, rounded up (`0` once reached, and without a deadline). */
  secondsLeft: number;
  /** `idle` without a deadline, `paused`, `counting`, or `elapsed` once the deadline is reached. */
  state: RetryCountdownState;
}

/** Whole seconds from `now` to `deadline`, rounded up, never negative. */
export function secondsUntil(deadline: number, now: number): number {
  return Math.max(0, Math.ceil((deadline - now) / 1000));
}

/**
 * A deadline-based countdown that re-reads the clock on every tick, so it is right after the tab
 * sleeps. It re-renders its component whenever the seconds change: call it in a small component.
 */
export function useRetryCountdown({
  deadline,
  onElapsed,
  paused = false,
  now: clock,
  ticker = sharedTicker,
}: UseRetryCountdownOptions): UseRetryCountdownResult {
  const kit = useErrorKit();
  const now = clock ?? kit.now;
  const read = () => (deadline === undefined ? 0 : secondsUntil(deadline, now()));
  const [shown, setShown] = useState(() => ({ deadline, seconds: read() }));
  // A new deadline is read at once, not one tick later.
  const seconds = shown.deadline === deadline ? shown.seconds : read();

  const onElapsedRef = useRef(onElapsed);
  useEffect(() => {
    onElapsedRef.current = onElapsed;
  });
  // The deadline `onElapsed` was last called for: once per deadline, whatever re-subscribes.
  const firedRef = useRef<number | undefined>(undefined);

  useEffect(() => {
    if (deadline === undefined || paused) return;
    let unsubscribe: (() => void) | undefined;
    let wakeAt: number | undefined;
    const check = () => {
      const left = secondsUntil(deadline, now());
      setShown((previous) =>
        previous.deadline === deadline && previous.seconds === left
          ? previous
          : { deadline, seconds: left },
      );
      if (left > 0) {
        // Woken when the shown number changes, so every second shown lasts a whole second and
        // the last one ends at the deadline, when the retry leaves.
        const next = deadline - (left - 1) * 1000;
        if (next === wakeAt) return;
        unsubscribe?.();
        wakeAt = next;
        unsubscribe = ticker.subscribe(check, next);
        return;
      }
      unsubscribe?.();
      if (firedRef.current === deadline) return;
      firedRef.current = deadline;
      onElapsedRef.current?.();
    };
    check();
    return () => unsubscribe?.();
  }, [deadline, paused, now, ticker]);

  const state: RetryCountdownState =
    deadline === undefined ? 'idle' : seconds <= 0 ? 'elapsed' : paused ? 'paused' : 'counting';
  return { secondsLeft: seconds, state };
}
