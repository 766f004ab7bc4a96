import type { ErrorKind } from '../../core';
import { cx } from '../../headless/cx';
import type { ErrorKit } from '../../kit/types';

/**
 * The provider's status page link for an unavailable service, or its support link for server
 * and unexpected errors; nothing when the provider has no such (safe) link. `block` is the
 * component's class prefix: the line is `${block}__help`.
 */
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
