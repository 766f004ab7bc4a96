import { ReauthOutlet } from 'errorkit/query';
import type { ReactNode } from 'react';

export interface PageHeadingProps {
  /** The heading's id, which the page's section is labelled by. */
  id: string;
  /** A link back up, shown above the heading. */
  back?: { href: string; label: string };
  children: ReactNode;
}

/**
 * A page's back link and heading, then the one sign-in prompt for every request that found the
 * session expired: in the content, under the heading it concerns (GOV.UK puts notices after the
 * `h1`), never above the page's title.
 */
export function PageHeading({ id, back, children }: PageHeadingProps) {
  return (
    <>
      {back ? (
        <p className="billing-back">
          <a href={back.href}>{back.label}</a>
        </p>
      ) : null}
      <h1 id={id}>{children}</h1>
      <ReauthOutlet />
    </>
  );
}
