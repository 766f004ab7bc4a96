import { type FocusEvent, type RefObject, useEffect, useRef } from 'react';

/** What {@link useFocusHandoff} gives the component's root. */
export interface FocusHandoff {
  ref: RefObject<HTMLElement | null>;
  onFocus: () => void;
  onBlur: (event: FocusEvent<HTMLElement>) => void;
}

/**
 * Keeps keyboard focus in a component whose pressed control is replaced ("Stop" becomes "Try
 * again", "Sign in again" becomes "Send again"): when focus was inside the root and the focused
 * element went away, focus moves to the root's first action, else to the root itself
 * (`tabindex="-1"`), never to `<body>`. Focus the user moved elsewhere is left alone.
 */
export function useFocusHandoff(): FocusHandoff {
  const ref = useRef<HTMLElement | null>(null);
  const inside = useRef(false);
  useEffect(() => {
    const root = ref.current;
    const active = root?.ownerDocument.activeElement;
    if (!root || !inside.current || (active && active !== root.ownerDocument.body)) return;
    const next = root.querySelector<HTMLElement>('[data-ek-action]');
    if (next) return next.focus();
    if (!root.hasAttribute('tabindex')) root.setAttribute('tabindex', '-1');
    root.focus();
  });
  return {
    ref,
    onFocus: () => {
      inside.current = true;
    },
    onBlur: (event) => {
      const next = event.relatedTarget as Node | null;
      // A focused element removed from the page blurs while detached: that is the handoff's case.
      if (next ? !event.currentTarget.contains(next) : event.target.isConnected) {
        inside.current = false;
      }
    },
  };
}
