import { useEffect } from 'react';
import { announce } from '../headless/announcer';

/**
 * Announces `text` politely once per new `event` (compared by identity: pass the classified
 * error), never on re-renders with the same event. `undefined` text announces nothing.
 * Components that take turns showing one thing (the prompts of a shared sign-in) pass the same
 * `spoken` set, so an event one of them announced is not announced again by the next.
 */
export function useAnnouncement(
  event: unknown,
  text: string | undefined,
  spoken?: WeakSet<object>,
): void {
  // biome-ignore lint/correctness/useExhaustiveDependencies: one announcement per event, not per text change.
  useEffect(() => {
    if (event === undefined || event === null || !text) return;
    const shared = spoken && typeof event === 'object' ? event : undefined;
    if (shared) {
      if (spoken?.has(shared)) return;
      spoken?.add(shared);
    }
    const cancel = announce(text);
    return () => {
      // Taken away before it was said: whoever shows the event next says it.
      if (cancel() && shared) spoken?.delete(shared);
    };
  }, [event]);
}
