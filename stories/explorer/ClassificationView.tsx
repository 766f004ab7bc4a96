import type { ClassifiedError } from '../../src/core';

/** Props of {@link ClassificationView}. */
export interface ClassificationViewProps {
  result: ClassifiedError;
  /** Level of this section's heading; its subsections use the next level. */
  headingLevel?: 2 | 3;
  /** Heading text. */
  heading?: string;
}

const NOT_SET = '(not set)';

function formatRetryAfter(ms: number | undefined): string {
  if (ms === undefined) return NOT_SET;
  const seconds = ms / 1000;
  return `${ms.toLocaleString('en')} ms (${seconds.toLocaleString('en', { maximumFractionDigits: 3 })} s)`;
}

/** Everything `classifyError` returned (but `cause`), as a definition list and a table. */
export function ClassificationView({
  result,
  headingLevel = 3,
  heading = 'Classification',
}: ClassificationViewProps) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const SubHeading = headingLevel === 2 ? 'h3' : 'h4';
  const fields = Object.keys(result.fieldErrors);
  const rows: [term: string, value: string][] = [
    ['Kind', result.kind],
    ['Status', result.status === undefined ? NOT_SET : String(result.status)],
    ['Code', result.code ?? NOT_SET],
    ['Read by dialect', result.dialect ?? NOT_SET],
    ['Title', result.title],
    ['Message', result.message],
    ['Detail', result.detail ?? NOT_SET],
    ['Retryable', result.retryable ? 'Yes' : 'No'],
    ['Retry after', formatRetryAfter(result.retryAfterMs)],
    ['Request ID', result.requestId ?? NOT_SET],
    ['Method', result.method ?? NOT_SET],
    ['Idempotency key', result.idempotencyKey ?? NOT_SET],
  ];

  return (
    <section className="ek-explorer-result" data-kind={result.kind}>
      <Heading className="ek-explorer-heading">{heading}</Heading>
      <dl className="ek-explorer-props">
        {rows.map(([term, value]) => (
          <div className="ek-explorer-prop" key={term} data-term={term}>
            <dt>{term}</dt>
            <dd className={value === NOT_SET ? 'ek-explorer-unset' : undefined}>{value}</dd>
          </div>
        ))}
      </dl>

      <SubHeading className="ek-explorer-subheading">Field errors</SubHeading>
      {fields.length === 0 ? (
        <p className="ek-explorer-unset">No field errors.</p>
      ) : (
        <table className="ek-explorer-table ek-explorer-fields">
          <caption className="ek-explorer-visually-hidden">
            Field errors: {fields.length} {fields.length === 1 ? 'field' : 'fields'}
          </caption>
          <thead>
            <tr>
              <th scope="col">Field</th>
              <th scope="col">Messages</th>
            </tr>
          </thead>
          <tbody>
            {fields.map((field) => (
              <tr key={field}>
                <th scope="row">
                  <code>{field}</code>
                </th>
                <td>
                  <ul className="ek-explorer-messages">
                    {(result.fieldErrors[field] ?? []).map((message) => (
                      <li key={message}>{message}</li>
                    ))}
                  </ul>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}

      <SubHeading className="ek-explorer-subheading">Form errors</SubHeading>
      {result.formErrors.length === 0 ? (
        <p className="ek-explorer-unset">No form errors.</p>
      ) : (
        <ul className="ek-explorer-messages" aria-label="Form errors">
          {result.formErrors.map((message) => (
            <li key={message}>{message}</li>
          ))}
        </ul>
      )}
    </section>
  );
}
