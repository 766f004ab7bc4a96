'use client';

import { useEffect } from 'react';
import { announce } from '../headless/announcer';

/**
 * Announces `text` politely once per new `event` (by identity), never on re-renders. Prompts that
 * take turns pass the same `spoken` set, so the next one does not announce it again.
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
