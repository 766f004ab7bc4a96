import { useEffect } from 'react';
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
