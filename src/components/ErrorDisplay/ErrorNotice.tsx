'use client';

import { forwardRef } from 'react';
import type { ClassifiedError } from '../../core';
import type { ErrorKitMessages } from '../../locales/types';
import { NoticeFrame, type RootProps } from '../parts/NoticeFrame';
import { useNotice } from '../parts/useNotice';

/** Extra class names for the parts of {@link ErrorNotice}, added after the `ek-` defaults. */
export interface ErrorNoticeClassNames {
  /** The root (`ek-error-notice`). */
  root?: string;
  /** The heading (`ek-error-notice__title`). */
  title?: string;
  /** The sentence under it (`ek-error-notice__message`). */
  message?: string;
  /** The support reference (`ek-error-notice__reference`). */
  reference?: string;
  /** The support link's line (`ek-error-notice__help`). */
  help?: string;
}

/** The catalog strings the notice uses; each can be overridden per notice. */
export type ErrorNoticeMessages = Pick<ErrorKitMessages, 'reference'>;

/** Props of {@link ErrorNotice}. */
export interface ErrorNoticeProps extends RootProps {
  /** An already classified error of any kind. */
  error: ClassifiedError;
  /**
   * Per-notice overrides of the catalog strings.
   * @default the provider's catalog
   */
  messages?: Partial<ErrorNoticeMessages>;
  /** Class names per part. */
  classNames?: ErrorNoticeClassNames;
}

/** The plain notice `ErrorDisplay` uses for kinds without a component of their own. */
export const ErrorNotice = /* @__PURE__ */ forwardRef<HTMLElement, ErrorNoticeProps>(
  function ErrorNotice({ error, messages: messageOverrides, ...rest }, ref) {
    const { messages, cap } = useNotice(undefined, messageOverrides);
    return (
      <NoticeFrame
        {...rest}
        rootRef={ref}
        block="ek-error-notice"
        kind={error.kind}
        state="shown"
        title={cap(error.title)}
        message={cap(error.message)}
        announce={[error]}
        reference={[error.requestId, messages.reference]}
      />
    );
  },
);
