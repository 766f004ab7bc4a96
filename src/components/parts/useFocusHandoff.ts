import { type RefObject, useEffect, useRef } from 'react';

/**
 * Keeps keyboard focus in a component whose pressed control is replaced ("Stop" becomes "Try
 * again", "Sign in again" becomes "Send again"): when focus was inside the root as it rendered
 * and the focused element went away, focus moves to the root's first action, else to the root
 * itself (`tabindex="-1"`), never to `<body>`. Focus the user moved elsewhere is left alone.
 */
export function useFocusHandoff(): RefObject<HTMLElement | null> {
  const ref = useRef<HTMLElement | null>(null);
  // Read while rendering: the commit that follows may remove the focused control.
  const root = ref.current;
  const had = root?.contains(root.ownerDocument.activeElement) === true;
  useEffect(() => {
    const doc = root?.ownerDocument;
    if (!had || !root?.isConnected || (doc?.activeElement && doc.activeElement !== doc.body)) {
      return;
    }
    const next = root.querySelector<HTMLElement>('[data-ek-action]');
    if (next) return next.focus();
    if (!root.hasAttribute('tabindex')) root.tabIndex = -1;
    root.focus();
  });
  return ref;
}
