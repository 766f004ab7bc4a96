import { forwardRef, type MouseEvent, type ReactNode, useEffect, useId, useRef } from 'react';
import {
  type ClassifiedError,
  type ErrorKind,
  fieldNameMatches,
  findFieldErrors,
} from '../../core';
import { cx } from '../../headless/cx';
import { withOverrides } from '../../headless/messages/format';
import type { ErrorKitMessages } from '../../headless/messages/types';
import { useErrorKit } from '../../react/ErrorKitProvider';
import { useClassifiedError } from '../../react/useClassifiedError';
import type { RootProps } from '../parts/NoticeFrame';
import { capText, textLimit } from '../parts/payloadText';
import { composeRefs } from '../parts/Slot';

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
   * The form's field names, in form order. Server keys that match one (regardless of case and
   * style: `FirstName` matches `firstName`) link to that field, in this order; other keys are
   * listed as text after them. Without `fields`, every server key links to its own id.
   */
  fields?: string[];
  /**
   * The id of a field's input, for the links' `href="#id"`.
   * @default (name) => name
   */
  fieldId?: (name: string) => string;
  /**
   * The heading. Wins over `messages.summaryTitle` (from this prop's `messages` or the
   * provider's catalog) when both are given.
   * @default messages.summaryTitle ("There is a problem")
   */
  title?: ReactNode;
  /**
   * Per-summary overrides of the catalog strings, merged over the provider's catalog. The
   * `title` prop, when given, wins over `summaryTitle`.
   * @default the provider's catalog
   */
  messages?: Partial<ErrorSummaryMessages>;
  /**
   * Move focus to the summary when a new error appears (the announcement for screen readers).
   * @default true
   */
  autoFocus?: boolean;
  /** Class names per part. */
  classNames?: ErrorSummaryClassNames;
}

interface SummaryItem {
  key: string;
  text: string;
  /** The field's id to link to; absent for text items. */
  target?: { id: string; name: string };
}

const identity = (name: string): string => name;

/** Kinds whose form errors (errors not tied to one field) the summary lists on their own. */
const FORM_KINDS: ReadonlySet<ErrorKind> = new Set<ErrorKind>(['validation', 'conflict']);

function summaryItems(
  classified: ClassifiedError,
  fields: string[] | undefined,
  fieldId: (name: string) => string,
): SummaryItem[] {
  const items: SummaryItem[] = [];
  const { fieldErrors } = classified;
  const keys = Object.keys(fieldErrors);
  if (fields) {
    const used = new Set<string>();
    for (const field of fields) {
      const matching = keys.filter((key) => fieldNameMatches(field, key));
      if (matching.length === 0) continue;
      for (const key of matching) used.add(key);
      findFieldErrors(fieldErrors, field).forEach((text, index) => {
        items.push({
          key: `field:${field}:${index}`,
          text,
          target: { id: fieldId(field), name: field },
        });
      });
    }
    for (const key of keys) {
      if (used.has(key)) continue;
      (fieldErrors[key] ?? []).forEach((text, index) => {
        items.push({ key: `key:${key}:${index}`, text });
      });
    }
  } else {
    for (const key of keys) {
      (fieldErrors[key] ?? []).forEach((text, index) => {
        items.push({ key: `field:${key}:${index}`, text, target: { id: fieldId(key), name: key } });
      });
    }
  }
  // Form errors belong to a form when it has field errors or the kind is about the input; a
  // GraphQL "sign in" or "no access" error carries form errors too, but other components own it.
  if (items.length > 0 || FORM_KINDS.has(classified.kind)) {
    classified.formErrors.forEach((text, index) => {
      items.push({ key: `form:${index}`, text });
    });
  }
  if (items.length === 0 && classified.kind === 'validation') {
    items.push({ key: 'message', text: classified.message });
  }
  return items;
}

/** Moves focus to a field by id, else to the first element with that name; true if found. */
function focusField(target: { id: string; name: string }): boolean {
  const element =
    document.getElementById(target.id) ??
    (document.getElementsByName(target.name)[0] as HTMLElement | undefined);
  if (!element) return false;
  // Like GOV.UK: bring the field's label into view too, not only the input.
  const label = 'labels' in element ? (element as HTMLInputElement).labels?.[0] : undefined;
  (label ?? element).scrollIntoView?.({ block: 'start' });
  element.focus({ preventScroll: Boolean(label) });
  return true;
}

/**
 * "There is a problem": a list of the form's errors, each field's message linking to the field
 * (GOV.UK error summary pattern). Takes focus when a new error appears, which is how screen
 * readers announce it; clicking a link focuses the field without changing the URL hash.
 *
 * Renders nothing unless there is something to fix in the form: field errors (of any kind), or
 * form errors of a validation or conflict error, or a validation error's message when it has
 * neither. A 401, 403 or 503 is left to the components made for it.
 */
export const ErrorSummary = forwardRef<HTMLElement, ErrorSummaryProps>(function ErrorSummary(
  {
    error,
    fields,
    fieldId = identity,
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
  const { messages: kitMessages, classifyOptions } = useErrorKit();
  const messages = withOverrides<ErrorSummaryMessages>(kitMessages, messageOverrides);
  const classified = useClassifiedError(error);
  const max = textLimit(classifyOptions.maxMessageLength);
  const titleId = useId();
  const rootRef = useRef<HTMLElement>(null);
  const items = classified ? summaryItems(classified, fields, fieldId) : [];
  const open = items.length > 0;

  // Focus only when the classified error changes (a new error): not on other re-renders, and not
  // when `autoFocus` alone changes.
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs per new error only, see above
  useEffect(() => {
    if (autoFocus && classified) rootRef.current?.focus();
  }, [classified]);

  if (!classified || !open) return null;
  const Heading = `h${headingLevel}` as const;

  const onLinkClick = (event: MouseEvent<HTMLAnchorElement>, target: SummaryItem['target']) => {
    if (!target || event.defaultPrevented || event.button !== 0) return;
    if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    if (focusField(target)) event.preventDefault();
  };

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
      <Heading id={titleId} className={cx('ek-error-summary__title', classNames?.title)}>
        {title ?? messages.summaryTitle}
      </Heading>
      <div className={cx('ek-error-summary__body', classNames?.body)}>
        <ul className={cx('ek-error-summary__list', classNames?.list)}>
          {items.map((item) =>
            item.target ? (
              <li key={item.key} className={cx('ek-error-summary__item', classNames?.item)}>
                <a
                  href={`#${item.target.id}`}
                  dir="auto"
                  className={cx('ek-error-summary__link', classNames?.link)}
                  onClick={(event) => onLinkClick(event, item.target)}
                >
                  {capText(item.text, max)}
                </a>
              </li>
            ) : (
              <li
                key={item.key}
                dir="auto"
                className={cx(
                  'ek-error-summary__item',
                  'ek-error-summary__form-error',
                  classNames?.item,
                  classNames?.formError,
                )}
              >
                {capText(item.text, max)}
              </li>
            ),
          )}
        </ul>
      </div>
    </section>
  );
});
