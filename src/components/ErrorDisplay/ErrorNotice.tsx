import { type CSSProperties, useId } from 'react';
import type { ClassifiedError } from '../../core';
import { useErrorKit } from '../../react/ErrorKitProvider';
import { fill } from '../../react/messages/format';
import { cx } from '../../react/parts/cx';
import { useAnnouncement } from '../../react/useAnnouncement';

/** Extra class names for the parts of {@link ErrorNotice}. */
export interface ErrorNoticeClassNames {
  root?: string;
  title?: string;
  message?: string;
  reference?: string;
}

/** Props of {@link ErrorNotice}. */
export interface ErrorNoticeProps {
  /** An already classified error of any kind. */
  error: ClassifiedError;
  className?: string;
  style?: CSSProperties;
  classNames?: ErrorNoticeClassNames;
}

/**
 * The plain notice `ErrorDisplay` uses for kinds without a component of their own (not found,
 * conflict, client, unknown): title, message and the request reference, announced once.
 */
export function ErrorNotice({ error, className, style, classNames }: ErrorNoticeProps) {
  const { messages } = useErrorKit();
  const titleId = useId();
  useAnnouncement(error, `${error.title}. ${error.message}`);
  return (
    <section
      aria-labelledby={titleId}
      className={cx('ek-error-notice', classNames?.root, className)}
      style={style}
      data-ek="error-notice"
      data-kind={error.kind}
      data-state="shown"
    >
      <h2 id={titleId} className={cx('ek-error-notice__title', classNames?.title)}>
        {error.title}
      </h2>
      <p className={cx('ek-error-notice__message', classNames?.message)}>{error.message}</p>
      {error.requestId ? (
        <p className={cx('ek-error-notice__reference', classNames?.reference)}>
          {fill(messages.reference, { id: error.requestId })}
        </p>
      ) : null}
    </section>
  );
}
