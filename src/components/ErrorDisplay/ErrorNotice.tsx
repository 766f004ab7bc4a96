import { type CSSProperties, useId } from 'react';
import type { ClassifiedError } from '../../core';
import { cx } from '../../headless/cx';
import { fill, withOverrides } from '../../headless/messages/format';
import type { ErrorKitMessages } from '../../headless/messages/types';
import { useErrorKit } from '../../react/ErrorKitProvider';
import { useAnnouncement } from '../../react/useAnnouncement';
import { HelpLink } from '../HelpLink';
import { capText, isolateText, REFERENCE_LIMIT, textLimit } from '../payloadText';

/** Extra class names for the parts of {@link ErrorNotice}. */
export interface ErrorNoticeClassNames {
  root?: string;
  title?: string;
  message?: string;
  reference?: string;
  /** The support link's line (`ek-error-notice__help`). */
  help?: string;
}

/** The catalog strings the notice uses; each can be overridden per notice. */
export type ErrorNoticeMessages = Pick<ErrorKitMessages, 'reference'>;

/** Props of {@link ErrorNotice}. */
export interface ErrorNoticeProps {
  /** An already classified error of any kind. */
  error: ClassifiedError;
  /**
   * Per-notice overrides of the catalog strings, merged over the provider's catalog.
   * @default the provider's catalog
   */
  messages?: Partial<ErrorNoticeMessages>;
  className?: string;
  style?: CSSProperties;
  classNames?: ErrorNoticeClassNames;
}

/**
 * The plain notice `ErrorDisplay` uses for kinds without a component of their own (not found,
 * conflict, client, unknown): title, message and the request reference, announced once.
 */
export function ErrorNotice({
  error,
  messages: messageOverrides,
  className,
  style,
  classNames,
}: ErrorNoticeProps) {
  const { messages: kitMessages, classifyOptions } = useErrorKit();
  const messages = withOverrides<ErrorNoticeMessages>(kitMessages, messageOverrides);
  const titleId = useId();
  const max = textLimit(classifyOptions.maxMessageLength);
  const title = capText(error.title, max);
  const message = capText(error.message, max);
  useAnnouncement(error, `${title}. ${message}`);
  return (
    <section
      aria-labelledby={titleId}
      className={cx('ek-error-notice', classNames?.root, className)}
      style={style}
      data-ek="error-notice"
      data-kind={error.kind}
      data-state="shown"
    >
      <h2 id={titleId} dir="auto" className={cx('ek-error-notice__title', classNames?.title)}>
        {title}
      </h2>
      <p dir="auto" className={cx('ek-error-notice__message', classNames?.message)}>
        {message}
      </p>
      <HelpLink kind={error.kind} block="ek-error-notice" className={classNames?.help} />
      {error.requestId ? (
        <p className={cx('ek-error-notice__reference', classNames?.reference)}>
          {fill(messages.reference, {
            id: isolateText(capText(error.requestId, REFERENCE_LIMIT), kitMessages.dir),
          })}
        </p>
      ) : null}
    </section>
  );
}
