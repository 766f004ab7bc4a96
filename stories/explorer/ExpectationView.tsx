import { short } from './format';
import type { ExplorerEntry } from './model';

/** Props of {@link ExpectationView}. */
export interface ExpectationViewProps {
  entry: ExplorerEntry;
}

/** Summary of an entry's expectation check, in words: "Matches", or which properties differ. */
export function expectationSummary(entry: ExplorerEntry): string {
  if (entry.expectation.length === 0) return 'Nothing to compare';
  const differing = entry.expectation.filter((row) => !row.matches).map((row) => row.property);
  return differing.length === 0 ? 'Matches' : `Differs: ${differing.join(', ')}`;
}

/** The fixture's `expected` properties side by side with the classification. */
export function ExpectationView({ entry }: ExpectationViewProps) {
  return (
    <section className="ek-explorer-expectation">
      <h3 className="ek-explorer-heading">Compared with the fixture's expectation</h3>
      {entry.expectation.length === 0 ? (
        <p className="ek-explorer-unset">This fixture states no expected properties.</p>
      ) : (
        <table className="ek-explorer-table">
          <caption className="ek-explorer-visually-hidden">
            Expected and actual values: {expectationSummary(entry)}
          </caption>
          <thead>
            <tr>
              <th scope="col">Property</th>
              <th scope="col">Expected</th>
              <th scope="col">Actual</th>
              <th scope="col">Verdict</th>
            </tr>
          </thead>
          <tbody>
            {entry.expectation.map((row) => (
              <tr key={row.property} data-matches={row.matches}>
                <th scope="row">
                  <code>{row.property}</code>
                </th>
                <td>
                  <code>{short(row.expected)}</code>
                </td>
                <td>
                  <code>{short(row.actual)}</code>
                </td>
                <td className="ek-explorer-verdict" data-matches={row.matches}>
                  {row.matches ? 'Matches' : 'Differs'}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
