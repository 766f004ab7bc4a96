'use client';

import type { ErrorKind } from '../../core';
import { cx } from '../../headless/cx';
import type { ErrorKit } from '../../kit/types';

/** The status page link (unavailable) or support link (server, unexpected), when safe. */
export function helpLink(
  kit: ErrorKit,
  kind: ErrorKind,
  block: string,
  className: string | undefined,
) {
  const [href, label, action] =
    kind === 'unavailable'
      ? [kit.statusPageUrl, kit.messages.statusPage, 'status-page']
      : // Kinds whose catalog message tells the user to contact support.
        ['server', 'client', 'unknown'].includes(kind)
        ? [kit.supportUrl, kit.messages.contactSupport, 'support']
        : [];
  if (!href) return null;
  return (
    <p className={cx(`${block}__help`, className)}>
      <a href={href} className={`${block}__link`} data-ek-action={action}>
        {label}
      </a>
    </p>
  );
}
