import {
  Children,
  cloneElement,
  type HTMLAttributes,
  isValidElement,
  type ReactElement,
  type ReactNode,
  type Ref,
} from 'react';
import { cx } from '../../headless/cx';

/** Props of {@link Slot}: the props to merge into its only child element. */
export interface SlotProps extends HTMLAttributes<HTMLElement> {
  children?: ReactNode;
  ref?: Ref<HTMLElement>;
}

type Handler = (event: unknown) => void;

/**
 * Renders its only child element with the slot's props merged in (Radix `asChild`): class names
 * are joined, event handlers both run (the child's first), the child's other props win.
 */
export function Slot({ children, ...slotProps }: SlotProps) {
  const child = Children.only(children);
  if (!isValidElement(child)) return null;
  const childProps = child.props as Record<string, unknown>;
  const merged: Record<string, unknown> = { ...slotProps, ...childProps };
  for (const [key, value] of Object.entries(slotProps)) {
    const own = childProps[key];
    if (/^on[A-Z]/.test(key) && typeof value === 'function' && typeof own === 'function') {
      merged[key] = (event: unknown) => {
        (own as Handler)(event);
        (value as Handler)(event);
      };
    }
  }
  merged.className = cx(slotProps.className, childProps.className as string | undefined);
  return cloneElement(child as ReactElement<Record<string, unknown>>, merged);
}
