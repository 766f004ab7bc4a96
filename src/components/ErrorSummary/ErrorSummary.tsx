'use client';

import { forwardRef, type MouseEvent, type ReactNode, useEffect, useId, useRef } from 'react';
import { type ClassifiedError, fieldNameMatches, findFieldErrors } from '../../core';
import { cx } from '../../headless/cx';
import type { ErrorKitMessages } from '../../locales/types';
import type { RootProps } from '../parts/NoticeFrame';
import { composeRefs } from '../parts/Slot';
import { useNotice } from '../parts/useNotice';

/** Extra class names for the parts of {@link ErrorSummary}, added after the `ek-` defaults. */
export interface ErrorSummaryClassNames {
  /** The root (`ek-error-summary`). */
  root?: string;
  /** The heading (`ek-error-summary__title`). */
  title?: string;
  /** The wrapper around the list (`ek-error-summary__body`). */
  body?: string;
  /** The list (`ek-error-summary__list`). */
  list?: string;
  /** Every list item (`ek-error-summary__item`). */
  item?: string;
  /** The links to fields (`ek-error-summary__link`). */
  link?: string;
  /** Items that are not links: form errors and unmatched keys (`ek-error-summary__form-error`). */
  formError?: string;
}

/** The catalog strings the summary uses; each can be overridden per summary. */
export type ErrorSummaryMessages = Pick<ErrorKitMessages, 'summaryTitle'>;

/** Props of {@link ErrorSummary}. */
export interface ErrorSummaryProps extends RootProps {
  /** The failed call's error, raw or already classified. Nothing renders without one. */
  error: unknown;
  /**
   * The form's field names, in form order. Server keys match regardless of case and style
   * (`FirstName` matches `firstName`); unmatched keys are listed as text after them.
   */
  fields?: string[];
  /**
   * The id of a field's input, for the links' `href="#id"`.
   * @default (name) => name
   */
  fieldId?: (name: string) => string;
  /**
   * The heading; wins over `messages.summaryTitle`.
   * @default messages.summaryTitle ("There is a problem")
   */
  title?: ReactNode;
  /**
   * Per-summary overrides of the catalog strings.
   * @default the provider's catalog
   */
  messages?: Partial<ErrorSummaryMessages>;
  /**
   * Move focus to the summary when a new error appears, which is how screen readers announce it.
   * @default true
   */
  autoFocus?: boolean;
  /** Class names per part. */
  classNames?: ErrorSummaryClassNames;
}

type SummaryItem = [key: string, text: string, field?: string];

function summaryItems(
  { fieldErrors, formErrors, kind, message }: ClassifiedError,
  fields: string[] | undefined,
): SummaryItem[] {
  const items: SummaryItem[] = [];
  const add = (prefix: string, texts: string[] | undefined, field?: string) =>
    texts?.forEach((text, index) => {
      items.push([`${prefix}:${index}`, text, field]);
    });
  const keys = Object.keys(fieldErrors);
  for (const field of fields ?? keys) {
    add(`field:${field}`, fields ? findFieldErrors(fieldErrors, field) : fieldErrors[field], field);
  }
  for (const key of keys) {
    if (fields && !fields.some((field) => fieldNameMatches(field, key))) {
      add(`key:${key}`, fieldErrors[key]);
    }
  }
  // Form errors belong to a form when it has field errors or the kind is about the input; a
  // GraphQL "sign in" or "no access" error carries form errors too, but other components own it.
  if (items.length > 0 || kind === 'validation' || kind === 'conflict') add('form', formErrors);
  if (items.length === 0 && kind === 'validation') items.push(['message', message]);
  return items;
}

/** A modified or non-primary click is left to the browser (new tab, etc.); a plain one focuses. */
function focusField(event: MouseEvent, id: string, name: string): void {
  if (event.defaultPrevented || event.button || event.metaKey || event.ctrlKey) return;
  if (event.shiftKey || event.altKey) return;
  const element = document.getElementById(id) ?? document.getElementsByName(name)[0];
  if (!element) return;
  // Like GOV.UK: bring the field's label into view too, not only the input.
  const label = (element as HTMLInputElement).labels?.[0];
  (label ?? element).scrollIntoView?.({ block: 'start' });
  element.focus({ preventScroll: Boolean(label) });
  event.preventDefault();
}

/**
 * "There is a problem": the form's errors, each linking to its field (GOV.UK error summary).
 * Takes focus when a new error appears, which is how screen readers announce it. A 401, 403 or
 * 503 is left to the components made for it.
 */
export const ErrorSummary = /* @__PURE__ */ forwardRef<HTMLElement, ErrorSummaryProps>(
  function ErrorSummary(
    {
      error,
      fields,
      fieldId = (name) => name,
      title,
      messages: messageOverrides,
      autoFocus = true,
      className,
      classNames,
      headingLevel = 2,
      ...root
    },
    ref,
  ) {
    const { messages, classified, cap } = useNotice(error, messageOverrides);
    const titleId = useId();
    const rootRef = useRef<HTMLElement>(null);
    const items = classified ? summaryItems(classified, fields) : [];

    // Only per new error: not on other re-renders, and not when `autoFocus` alone changes.
    // biome-ignore lint/correctness/useExhaustiveDependencies: runs per new error only, see above
    useEffect(() => {
      if (autoFocus && classified) rootRef.current?.focus();
    }, [classified]);

    if (!classified || items.length === 0) return null;
    const Heading = `h${headingLevel}` as const;
    const part = (name: keyof ErrorSummaryClassNames, extra?: string) =>
      cx(`ek-error-summary__${name}`, extra, classNames?.[name]);

    return (
      <section
        tabIndex={-1}
        aria-labelledby={titleId}
        {...root}
        ref={composeRefs(rootRef, ref)}
        className={cx('ek-error-summary', classNames?.root, className)}
        data-ek="error-summary"
        data-kind={classified.kind}
        data-state="open"
      >
        <Heading id={titleId} className={part('title')}>
          {title ?? messages.summaryTitle}
        </Heading>
        <div className={part('body')}>
          <ul className={part('list')}>
            {items.map(([key, text, field]) => {
              const shown = cap(text);
              if (field === undefined) {
                return (
                  <li
                    key={key}
                    className={cx(
                      part('item', 'ek-error-summary__form-error'),
                      classNames?.formError,
                    )}
                  >
                    <bdi>{shown}</bdi>
                  </li>
                );
              }
              const id = fieldId(field);
              return (
                <li key={key} className={part('item')}>
                  <a
                    href={`#${id}`}
                    dir="auto"
                    className={part('link')}
                    onClick={(event) => focusField(event, id, field)}
                  >
                    {shown}
                  </a>
                </li>
              );
            })}
          </ul>
        </div>
      </section>
    );
  },
);
