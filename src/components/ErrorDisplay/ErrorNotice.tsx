import { forwardRef } from 'react';
import type { ClassifiedError } from '../../core';
import { withOverrides } from '../../headless/messages/format';
import type { ErrorKitMessages } from '../../headless/messages/types';
import { useErrorKit } from '../../react/ErrorKitProvider';
import { NoticeFrame, type RootProps } from '../parts/NoticeFrame';
import { capText, textLimit } from '../parts/payloadText';

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
   * Per-notice overrides of the catalog strings, merged over the provider's catalog.
   * @default the provider's catalog
   */
  messages?: Partial<ErrorNoticeMessages>;
  /** Class names per part. */
  classNames?: ErrorNoticeClassNames;
}

/**
 * The plain notice `ErrorDisplay` uses for kinds without a component of their own (not found,
 * conflict, client, unknown): title, message, the support link and the request reference,
 * announced once.
 */
export const ErrorNotice = forwardRef<HTMLElement, ErrorNoticeProps>(function ErrorNotice(
  { error, messages: messageOverrides, ...rest },
  ref,
) {
  const kit = useErrorKit();
  const messages = withOverrides<ErrorNoticeMessages>(kit.messages, messageOverrides);
  const max = textLimit(kit.classifyOptions.maxMessageLength);
  const title = capText(error.title, max);
  const message = capText(error.message, max);
  return (
    <NoticeFrame
      {...rest}
      rootRef={ref}
      block="ek-error-notice"
      kind={error.kind}
      state="shown"
      title={title}
      message={message}
      announce={[error, `${title}. ${message}`]}
      reference={[error.requestId, messages.reference]}
    />
  );
});
