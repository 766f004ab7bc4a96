import type { ErrorKind } from '../../core';
import { cx } from '../../headless/cx';
import { useErrorKit } from '../../react/ErrorKitProvider';

/** Props of {@link HelpLink}. */
export interface HelpLinkProps {
  kind: ErrorKind;
  /** The component's class prefix: the line is `${block}__help`. */
  block: string;
  className?: string;
}

/**
 * The provider's status page link for an unavailable service, or its support link for server
 * and unexpected errors; nothing when the provider has no such (safe) link.
 */
export function HelpLink({ kind, block, className }: HelpLinkProps) {
  const { supportUrl, statusPageUrl, messages } = useErrorKit();
  const [href, label, action] =
    kind === 'unavailable'
      ? [statusPageUrl, messages.statusPage, 'status-page']
      : // Kinds whose catalog message tells the user to contact support.
        ['server', 'client', 'unknown'].includes(kind)
        ? [supportUrl, messages.contactSupport, 'support']
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
