import { forwardRef, type ReactElement } from 'react';
import { cx } from '../../headless/cx';
import { fillParts } from '../../locales/format';
import type { ErrorKitMessages } from '../../locales/types';
import { NoticeFrame, type RootProps } from '../parts/NoticeFrame';
import { useNotice } from '../parts/useNotice';

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
  /** The actions' wrapper (`ek-permission-notice__actions`). */
  actions?: string;
  /** Every action (`ek-permission-notice__action`). */
  action?: string;
  /** The "Request access" button (`ek-permission-notice__request-access`). */
  requestAccess?: string;
  /** The support reference (`ek-permission-notice__reference`). */
  reference?: string;
}

/** The notice's actions: the names of its `actions` map, `classNames` and `data-ek-action`. */
export type PermissionNoticeAction = 'requestAccess';

/** The catalog strings the notice uses; each can be overridden per notice. */
export type PermissionNoticeMessages = Pick<
  ErrorKitMessages,
  'askForAccess' | 'requestAccess' | 'reference'
>;

/** Props of {@link PermissionNotice}. */
export interface PermissionNoticeProps extends RootProps {
  /** The failed call's error, raw or already classified. Renders only for `forbidden`. */
  error: unknown;
  /**
   * Who can grant access, as plain text (`'your workspace admin'`), named in
   * "Ask {contact} to give you access." Without one that line is left out.
   * @default the provider's `accessContact`
   */
  accessContact?: string;
  /**
   * Lets the user ask for access: shows a "Request access" button that calls it. Without one
   * there is no button.
   * @default the provider's `onRequestAccess`
   */
  onRequestAccess?: () => void;
  /**
   * Your own elements to render the actions as (through `Slot`: errorkit merges `type`,
   * `onClick`, class names and `data-ek-action` in, and sets the label unless the element has
   * children of its own), e.g. `{ requestAccess: <MyButton variant="secondary" /> }`.
   */
  actions?: Partial<Record<PermissionNoticeAction, ReactElement>>;
  /**
   * Per-notice overrides of the catalog strings, merged over the provider's catalog.
   * @default the provider's catalog
   */
  messages?: Partial<PermissionNoticeMessages>;
  /** Class names per part. */
  classNames?: PermissionNoticeClassNames;
}

/**
 * "You do not have access": says what cannot be done, who can grant access (when a contact is
 * known), offers "Request access" (when there is a request-access action) and shows the
 * request reference to quote (when the response carried one). Its title and message are
 * announced politely once per new error. Renders nothing unless the error is `forbidden`.
 */
export const PermissionNotice = forwardRef<HTMLElement, PermissionNoticeProps>(
  function PermissionNotice(
    { error, accessContact, onRequestAccess, actions, messages: messageOverrides, ...rest },
    ref,
  ) {
    const { kit, messages, classified, cap } = useNotice(error, messageOverrides);
    if (classified?.kind !== 'forbidden') return null;
    const rawContact = accessContact ?? kit.accessContact;
    const contact = typeof rawContact === 'string' ? cap(rawContact.trim()) : undefined;
    const requestAccess = onRequestAccess ?? kit.onRequestAccess;
    return (
      <NoticeFrame
        {...rest}
        rootRef={ref}
        block="ek-permission-notice"
        kind="forbidden"
        state="denied"
        title={cap(classified.title)}
        message={cap(classified.message)}
        announce={[classified]}
        reference={[classified.requestId, messages.reference]}
        actions={
          requestAccess
            ? [
                {
                  name: 'requestAccess',
                  label: messages.requestAccess,
                  as: actions?.requestAccess,
                  onClick: () => requestAccess(),
                },
              ]
            : []
        }
      >
        {contact ? (
          <p className={cx('ek-permission-notice__contact', rest.classNames?.contact)}>
            {fillParts(messages.askForAccess, { contact: <bdi key="contact">{contact}</bdi> })}
          </p>
        ) : null}
      </NoticeFrame>
    );
  },
);
