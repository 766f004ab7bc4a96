'use client';

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
   * Who can grant access, as plain text (`'your workspace admin'`); without one, no such line.
   * @default the provider's `accessContact`
   */
  accessContact?: string;
  /**
   * Shows a "Request access" button that calls it.
   * @default the provider's `onRequestAccess`
   */
  onRequestAccess?: () => void;
  /** Your own elements for the actions, merged through `Slot`. */
  actions?: Partial<Record<PermissionNoticeAction, ReactElement>>;
  /**
   * Per-notice overrides of the catalog strings.
   * @default the provider's catalog
   */
  messages?: Partial<PermissionNoticeMessages>;
  /** Class names per part. */
  classNames?: PermissionNoticeClassNames;
}

/**
 * "You do not have access": who can grant it, "Request access" and the reference to quote, each
 * when known. Announced politely once per new error. Renders nothing unless `forbidden`.
 */
export const PermissionNotice = /* @__PURE__ */ forwardRef<HTMLElement, PermissionNoticeProps>(
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
