'use client';

import { cloneElement, type MouseEventHandler, type ReactElement, type ReactNode } from 'react';
import { cx } from '../../headless/cx';
import { Slot } from './Slot';

export interface ActionProps {
  /** The component's class prefix (`ek-retry-banner`). */
  block: string;
  /** The action's name (`retryNow`): `data-ek-action="retry-now"`, `${block}__retry-now`. */
  name: string;
  label: ReactNode;
  /** Your own element to render the action as (through `Slot`); keeps its children if it has any. */
  as?: ReactElement;
  /** Class names from the component's `classNames`: `action` for all, `[name]` for this one. */
  classNames?: object;
  onClick?: MouseEventHandler<HTMLElement>;
  href?: string;
  'aria-disabled'?: true;
}

/** One action, the same everywhere: a `<button type="button">`, an `<a>`, or the app's `as`. */
export function Action({ block, name, label, as, classNames, ...props }: ActionProps) {
  const own = name.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`);
  const names = classNames as Partial<Record<string, string>> | undefined;
  const merged = {
    ...props,
    type: props.href ? undefined : ('button' as const),
    className: cx(`${block}__action`, `${block}__${own}`, names?.action, names?.[name]),
    'data-ek-action': own,
  };
  if (as) {
    const child =
      (as.props as { children?: unknown }).children == null
        ? cloneElement(as, undefined, label)
        : as;
    return <Slot {...merged}>{child}</Slot>;
  }
  return props.href ? <a {...merged}>{label}</a> : <button {...merged}>{label}</button>;
}
