'use client';

import { type HTMLAttributes, type ReactNode, type Ref, useId } from 'react';
import type { ErrorKind } from '../../core';
import { cx } from '../../headless/cx';
import { fillParts } from '../../locales/format';
import { useErrorKit } from '../../react/kitContext';
import { useAnnouncement } from '../../react/useAnnouncement';
import { Action, type ActionProps } from './Action';
import { helpLink } from './HelpLink';
import { capText, REFERENCE_LIMIT } from './payloadText';
import { composeRefs } from './Slot';
import { useFocusHandoff } from './useFocusHandoff';

/** The level of a component's heading: `<h1>` to `<h6>`. */
export type HeadingLevel = 1 | 2 | 3 | 4 | 5 | 6;

/** What every titled component passes to its `<section>` root, whose `ref` it also forwards. */
export interface RootProps extends Omit<HTMLAttributes<HTMLElement>, 'title' | 'children'> {
  /**
   * @default 2
   */
  headingLevel?: HeadingLevel;
}

export interface NoticeFrameProps extends RootProps {
  /** The forwarded ref of the component's root (a prop of its own, so React 18 passes it on). */
  rootRef?: Ref<HTMLElement>;
  /** Class prefix of the component (`ek-retry-banner`); its parts are `${block}__title`, ... */
  block: string;
  kind: ErrorKind;
  state: string;
  /** The component's `classNames`: `root`, `title`, `message`, `actions`, `reference`, `help`. */
  classNames?: object;
  title: ReactNode;
  message: ReactNode;
  /**
   * Announced once per new `event` (the error shown), politely; the text defaults to "title.
   * message". Prompts taking turns share the `spoken` set (see `useAnnouncement`).
   */
  announce: [event: unknown, text?: string, spoken?: WeakSet<object>];
  children?: ReactNode;
  actions?: Omit<ActionProps, 'block' | 'classNames'>[];
  /** The request id to quote, and the catalog's `reference` template (`Reference: {id}`). */
  reference?: [id: string | undefined, template: string];
}

/** "Title. Message." as read out: the title alone when the message only repeats it. */
function spokenNotice(title: ReactNode, message: ReactNode): string {
  const heading = `${title}`;
  const body = `${message}`;
  return body.startsWith(heading) && body.length <= heading.length + 1
    ? heading
    : `${heading}. ${body}`;
}

/**
 * The frame every notice shares: a `<section>` labelled by its heading. When a pressed action is
 * replaced, focus moves to the next action (or the root), never to `<body>`.
 */
export function NoticeFrame({
  block,
  kind,
  state,
  classNames,
  title,
  message,
  announce,
  children,
  actions = [],
  reference,
  headingLevel = 2,
  className,
  rootRef,
  ...root
}: NoticeFrameProps) {
  const titleId = useId();
  const kit = useErrorKit();
  const focus = useFocusHandoff();
  useAnnouncement(announce[0], announce[1] ?? spokenNotice(title, message), announce[2]);
  const Heading = `h${headingLevel}` as const;
  const names = classNames as Partial<Record<string, string>> | undefined;
  const part = (name: string) => cx(`${block}__${name}`, names?.[name]);
  const [id, template] = reference ?? [];
  return (
    <section
      aria-labelledby={titleId}
      {...root}
      ref={composeRefs(focus, rootRef)}
      className={cx(block, names?.root, className)}
      data-ek={block.slice(3)}
      data-kind={kind}
      data-state={state}
    >
      <Heading id={titleId} className={part('title')}>
        <bdi>{title}</bdi>
      </Heading>
      <p className={part('message')}>
        <bdi>{message}</bdi>
      </p>
      {children}
      {actions.length > 0 && (
        <div className={part('actions')}>
          {actions.map((action) => (
            <Action key={action.name} {...action} block={block} classNames={classNames} />
          ))}
        </div>
      )}
      {helpLink(kit, kind, block, names?.help)}
      {id && template ? (
        <p className={part('reference')}>
          {fillParts(template, {
            id: (
              <bdi key="id" dir="ltr">
                {capText(id, REFERENCE_LIMIT)}
              </bdi>
            ),
          })}
        </p>
      ) : null}
    </section>
  );
}
