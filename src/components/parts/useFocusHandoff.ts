'use client';

import { type RefObject, useEffect, useRef } from 'react';

/**
 * When a pressed control is replaced ("Stop" becomes "Try again"), moves focus to the root's first
 * action, else the root, never `<body>`. Focus the user moved elsewhere is left alone.
 */
export function useFocusHandoff(): RefObject<HTMLElement | null> {
  const ref = useRef<HTMLElement | null>(null);
  const root = ref.current;
  // Read while rendering: the commit that follows may remove the focused control.
  const had = root?.contains(document.activeElement);
  useEffect(() => {
    if (!had || !root || document.activeElement !== document.body) return;
    const next = root.querySelector<HTMLElement>('[data-ek-action]') ?? root;
    // A section's tabIndex reads -1 without the attribute; setting it adds the attribute.
    if (root.tabIndex < 0) root.tabIndex = -1;
    next.focus();
  });
  return ref;
}
