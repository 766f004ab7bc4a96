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
    const key = event as object;
    if (event === undefined || event === null || !text || spoken?.has(key)) return;
    // Only ReauthPrompt shares a set, with objects and functions as events.
    spoken?.add(key);
    const cancel = announce(text);
    return () => {
      // Taken away before it was said: whoever shows the event next says it.
      if (cancel()) spoken?.delete(key);
    };
  }, [event]);
}
