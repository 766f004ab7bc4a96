import { useEffect, useRef } from 'react';
import { announce } from '../headless/announcer';

/**
 * Announces `text` politely once per new `event` (compared by identity: pass the classified
 * error), never on re-renders with the same event. `undefined` text announces nothing.
 */
export function useAnnouncement(event: unknown, text: string | undefined): void {
  // biome-ignore lint/correctness/useExhaustiveDependencies: one announcement per event, not per text change.
  useEffect(() => {
    if (event === undefined || event === null || !text) return;
    return announce(text);
  }, [event]);
}

/**
 * Announces `text` once each time `state` changes while `scope` (the error shown) stays the
 * same: a component's own state changes ("Automatic retries are stopped."), not its first
 * render or a new error, which the component's title announcement covers.
 */
export function useStateAnnouncement(scope: unknown, state: string, text: string | undefined) {
  const seen = useRef({ scope, state });
  // biome-ignore lint/correctness/useExhaustiveDependencies: one announcement per state change.
  useEffect(() => {
    const previous = seen.current;
    seen.current = { scope, state };
    if (previous.scope !== scope || previous.state === state || !text) return;
    return announce(text);
  }, [scope, state]);
}
