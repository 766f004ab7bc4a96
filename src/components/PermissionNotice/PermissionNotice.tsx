import { type CSSProperties, cloneElement, isValidElement, type ReactElement, useId } from 'react';
import { cx } from '../../headless/cx';
import { fill, withOverrides } from '../../headless/messages/format';
import type { ErrorKitMessages } from '../../headless/messages/types';
import { useErrorKit } from '../../react/ErrorKitProvider';
import { Slot } from '../../react/parts/Slot';
import { useAnnouncement } from '../../react/useAnnouncement';
import { useClassifiedError } from '../../react/useClassifiedError';
import { capText, isolateText, REFERENCE_LIMIT, textLimit } from '../payloadText';

/** Extra class names for the parts of {@link PermissionNotice}, added after the `ek-` defaults. */
export interface PermissionNoticeClassNames {
  /** The root (`ek-permission-notice`). */
  root?: string;
  /** The heading (`ek-permission-notice__title`). */
  title?: string;
  /** The sentence under the heading (`ek-permission-notice__message`). */
  message?: string;
  /** Who can grant access (`ek-permission-notice__contact`). */
  contact?: string;
  /** The "Request access" button (`ek-permission-notice__action`). */
  action?: string;
  /** The support reference (`ek-permission-notice__reference`). */
  reference?: string;
}

/** The catalog strings the notice uses; each can be overridden per notice. */
export type PermissionNoticeMessages = Pick<
  ErrorKitMessages,
  'askForAccess' | 'requestAccess' | 'reference'
>;

/** Props of {@link PermissionNotice}. */
export interface PermissionNoticeProps {
  /** The failed call's error, raw or already classified. Renders only for `forbidden`. */
  error: unknown;
  /**
   * Who can grant access, as plain text (`'your workspace admin'`), named in
   * "Ask {contact} to give you access." Without one that line is left out.
   * @default the provider's `accessContact`
   */
  contact?: string;
  /**
   * Lets the user ask for access: shows a "Request access" button that calls it. Without one
   * there is no button.
   * @default the provider's `requestAccess`
   */
  onRequestAccess?: () => void;
  /**
   * Render the "Request access" button through your own element (Radix-style `asChild`): pass
   * one element as `children`; errorkit merges `type`, `onClick` and class names into it and
   * sets the label as its children, replacing its own. It must render a `<button>`.
   * @default false
   */
  actionAsChild?: boolean;
  /** With `actionAsChild`: the one element to render the action as. Ignored otherwise. */
  children?: ReactElement;
  /**
   * Per-notice overrides of the catalog strings, merged over the provider's catalog.
   * @default the provider's catalog
   */
  messages?: Partial<PermissionNoticeMessages>;
  /** Class names added to the root, after `ek-permission-notice`. */
  className?: string;
  /** Inline style of the root, passed through as given. */
  style?: CSSProperties;
  /** Class names per part. */
  classNames?: PermissionNoticeClassNames;
}

/**
 * "You do not have access": says what cannot be done, who can grant access (when a contact is
 * known), offers "Request access" (when there is a request-access action) and shows the
 * request reference to quote (when the response carried one). Its title and message are
 * announced politely once per new error. Renders nothing unless the error is `forbidden`.
 */
export function PermissionNotice({
  error,
  contact: contactProp,
  onRequestAccess,
  actionAsChild = false,
  children,
  messages: messageOverrides,
  className,
  style,
  classNames,
}: PermissionNoticeProps) {
  const kit = useErrorKit();
  const messages = withOverrides<PermissionNoticeMessages>(kit.messages, messageOverrides);
  const classified = useClassifiedError(error);
  const titleId = useId();
  const mine = classified?.kind === 'forbidden' ? classified : undefined;
  const max = textLimit(kit.classifyOptions.maxMessageLength);
  const title = mine ? capText(mine.title, max) : '';
  const message = mine ? capText(mine.message, max) : '';
  useAnnouncement(mine, mine ? `${title}. ${message}` : undefined);

  if (!mine) return null;

  const rawContact = contactProp ?? kit.accessContact;
  const contact = typeof rawContact === 'string' ? capText(rawContact.trim(), max) : undefined;
  const requestAccess = onRequestAccess ?? kit.requestAccess;
  const asChild = actionAsChild && isValidElement(children) ? children : undefined;

  let action: ReactElement | null = null;
  if (requestAccess) {
    const props = {
      type: 'button' as const,
      className: cx('ek-permission-notice__action', classNames?.action),
      onClick: () => requestAccess(),
    };
    action = asChild ? (
      <Slot {...props}>{cloneElement(asChild, undefined, messages.requestAccess)}</Slot>
    ) : (
      <button {...props}>{messages.requestAccess}</button>
    );
  }

  return (
    <section
      className={cx('ek-permission-notice', classNames?.root, className)}
      style={style}
      aria-labelledby={titleId}
      data-ek="permission-notice"
      data-kind={mine.kind}
      data-state="denied"
    >
      <h2 id={titleId} dir="auto" className={cx('ek-permission-notice__title', classNames?.title)}>
        {title}
      </h2>
      <p dir="auto" className={cx('ek-permission-notice__message', classNames?.message)}>
        {message}
      </p>
      {contact ? (
        <p className={cx('ek-permission-notice__contact', classNames?.contact)}>
          {fill(messages.askForAccess, { contact: isolateText(contact, kit.messages.dir) })}
        </p>
      ) : null}
      {action}
      {mine.requestId ? (
        <p className={cx('ek-permission-notice__reference', classNames?.reference)}>
          {fill(messages.reference, {
            id: isolateText(capText(mine.requestId, REFERENCE_LIMIT), kit.messages.dir),
          })}
        </p>
      ) : null}
    </section>
  );
}
