'use client';

import {
  Children,
  cloneElement,
  type HTMLAttributes,
  type ReactElement,
  type ReactNode,
  type Ref,
} from 'react';
import { cx } from '../../headless/cx';

/** Props of {@link Slot}: the props to merge into its only child element. */
export interface SlotProps extends HTMLAttributes<HTMLElement> {
  children?: ReactNode;
  ref?: Ref<HTMLElement>;
  /** Any other attribute (`type`, `href`, `data-*`) is passed on too. */
  [attribute: string]: unknown;
}

type Handler = (event: unknown) => void;
type AnyRef = Ref<unknown> | undefined;

/** Calls or sets every ref with the node, as one callback ref. */
export function composeRefs(...refs: AnyRef[]): (node: unknown) => void {
  return (node) => {
    for (const ref of refs) {
      if (typeof ref === 'function') ref(node);
      else if (ref) (ref as { current: unknown }).current = node;
    }
  };
}

/** The child's own ref: `props.ref` in React 19, `element.ref` in React 18. */
function elementRef(element: ReactElement): AnyRef {
  const props = element.props as { ref?: AnyRef };
  return 'ref' in props ? props.ref : (element as unknown as { ref?: AnyRef }).ref;
}

/**
 * Renders its only child with the slot's props merged in, as Radix's `Slot` does: the child's
 * handler runs first and its `preventDefault()` stops the slot's; otherwise the child's props win.
 */
export function Slot({ children, ref, ...slotProps }: SlotProps) {
  const child = Children.only(children) as ReactElement;
  const own = child.props as Record<string, unknown>;
  const merged: Record<string, unknown> = { ...slotProps, ...own };
  for (const [key, value] of Object.entries(slotProps)) {
    const mine = own[key];
    if (/^on[A-Z]/.test(key) && typeof value === 'function' && typeof mine === 'function') {
      merged[key] = (event: { defaultPrevented?: boolean }) => {
        (mine as Handler)(event);
        if (!event?.defaultPrevented) (value as Handler)(event);
      };
    }
  }
  merged.className = cx(slotProps.className as string, own.className as string);
  merged.style = { ...(slotProps.style as object), ...(own.style as object) };
  const childRef = elementRef(child);
  if (ref || childRef) merged.ref = composeRefs(ref, childRef);
  return cloneElement(child as ReactElement<Record<string, unknown>>, merged);
}
