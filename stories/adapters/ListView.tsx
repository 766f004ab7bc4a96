import { type ReactNode, useId } from 'react';
import type { ClassifiedError, RetryState } from '../../src/react';
import { ErrorDisplay } from '../../src/react';
import '../query/flows.css';

export interface ListViewProps {
  /** The panel's heading (its accessible name). */
  title: string;
  items: readonly string[] | undefined;
  error: ClassifiedError | undefined;
  retry: RetryState | undefined;
}

/** A panel of a data-layer story: the list, or the failure with its live retry state. */
export function ListView({ title, items, error, retry }: ListViewProps) {
  const headingId = useId();
  let body: ReactNode;
  if (items) {
    body = (
      <ul className="query-flows__list">
        {items.map((item) => (
          <li key={item}>{item}</li>
        ))}
      </ul>
    );
  } else if (error) {
    body = <ErrorDisplay error={error} retry={retry} />;
  } else {
    body = <p className="query-flows__note">Loading…</p>;
  }
  return (
    <section className="query-flows__panel" aria-labelledby={headingId}>
      <h2 id={headingId} className="query-flows__heading">
        {title}
      </h2>
      {body}
    </section>
  );
}
