'use client';

import { forwardRef, type HTMLAttributes } from 'react';
import { cx } from '../../headless/cx';
import type { ErrorKitMessages } from '../../locales/types';
import { useFieldErrors } from '../../react/useFieldErrors';
import { useNotice } from '../parts/useNotice';

/** Extra class names for the parts of {@link FieldError}, added after the `ek-` defaults. */
export interface FieldErrorClassNames {
  /** The root (`ek-field-error`). */
  root?: string;
  /** The visually hidden "Error:" prefix (`ek-field-error__prefix ek-visually-hidden`). */
  prefix?: string;
  /** Each message (`ek-field-error__message`); with one message, the root itself. */
  message?: string;
}

/** The catalog strings the field error uses; each can be overridden per field error. */
export type FieldErrorMessages = Pick<ErrorKitMessages, 'errorPrefix'>;

/** Props of {@link FieldError}; its `id` is always `${idPrefix}${name}-error`. */
export interface FieldErrorProps
  extends Omit<HTMLAttributes<HTMLElement>, 'id' | 'children' | 'className'> {
  /** The failed call's error, raw or already classified. Nothing renders without one. */
  error: unknown;
  /** The form field's name; keys match regardless of case and style (`firstName`, `first_name`). */
  name: string;
  /**
   * Put before the element id; use the same prefix as `useFieldErrors`.
   * @default ''
   */
  idPrefix?: string;
  /**
   * Per-field-error overrides of the catalog strings.
   * @default the provider's catalog
   */
  messages?: Partial<FieldErrorMessages>;
  /** Class names added to the root, after `ek-field-error`. */
  className?: string;
  /** Class names per part. */
  classNames?: FieldErrorClassNames;
}

/**
 * A field's error messages, each read after a visually hidden "Error:" prefix (GOV.UK error
 * message). Point the input's `aria-describedby` at it (`useFieldErrors`' `fieldProps` does).
 */
export const FieldError = /* @__PURE__ */ forwardRef<HTMLElement, FieldErrorProps>(
  function FieldError(
    { error, name, idPrefix, messages: messageOverrides, className, classNames, ...rest },
    ref,
  ) {
    const { messages: catalog, cap } = useNotice(undefined, messageOverrides);
    const { classified, messagesFor, errorId } = useFieldErrors(error, { idPrefix });
    const messages = messagesFor(name);
    if (!classified || messages.length === 0) return null;
    // Each message is a `dir="auto"` paragraph taking the catalog's direction; the server's text
    // sits in a `<bdi>`, so an English message under Arabic keeps its full stop at its own end and
    // a bidi control in it reaches only itself.
    const prefix = (
      <span className={cx('ek-field-error__prefix ek-visually-hidden', classNames?.prefix)}>
        {catalog.errorPrefix}
      </span>
    );
    const line = (message: string, props: HTMLAttributes<HTMLElement>, key?: string) => (
      <p key={key} {...props} dir="auto">
        {prefix} <bdi>{cap(message)}</bdi>
      </p>
    );
    const root = {
      ...rest,
      ref: ref as never,
      id: errorId(name),
      'data-ek': 'field-error',
      'data-kind': classified.kind,
      'data-state': 'invalid',
    };
    if (messages.length === 1) {
      return line(messages[0] as string, {
        ...root,
        className: cx(
          'ek-field-error ek-field-error__message',
          classNames?.root,
          classNames?.message,
          className,
        ),
      });
    }
    return (
      <div {...root} className={cx('ek-field-error', classNames?.root, className)}>
        {[...new Set(messages)].map((message) =>
          // Each text once (a hand-built error may repeat one), so the text is a stable key.
          line(message, { className: cx('ek-field-error__message', classNames?.message) }, message),
        )}
      </div>
    );
  },
);
