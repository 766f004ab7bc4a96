import { type RefObject, useEffect, useRef } from 'react';

/**
 * Keeps keyboard focus in a component whose pressed control is replaced ("Stop" becomes "Try
 * again", "Sign in again" becomes "Send again"): when focus was inside the root as it rendered
 * and the focused element went away, focus moves to the root's first action, else to the root
 * itself (`tabindex="-1"`), never to `<body>`. Focus the user moved elsewhere is left alone.
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
