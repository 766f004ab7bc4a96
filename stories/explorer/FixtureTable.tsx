import { expectationSummary } from './ExpectationView';
import { type ExplorerEntry, fieldCount } from './model';

/** Props of {@link FixtureTable}. */
export interface FixtureTableProps {
  entries: readonly ExplorerEntry[];
}

const NOT_SET = '(not set)';

/** One row per fixture, for scanning the whole catalogue at once. */
export function FixtureTable({ entries }: FixtureTableProps) {
  const mismatches = entries.filter((entry) =>
    entry.expectation.some((row) => !row.matches),
  ).length;
  return (
    <div className="ek-explorer">
      <header className="ek-explorer-header">
        <h1 className="ek-explorer-title">All fixtures</h1>
        <p className="ek-explorer-note">
          {entries.length} fixtures classified by <code>classifyError</code>;{' '}
          {mismatches === 0
            ? 'every one matches its expectation.'
            : `${mismatches} ${mismatches === 1 ? 'differs' : 'differ'} from its expectation.`}
        </p>
      </header>
      <table className="ek-explorer-table ek-explorer-catalogue">
        <caption>What classifyError makes of every fixture</caption>
        <thead>
          <tr>
            <th scope="col">Fixture</th>
            <th scope="col">Source</th>
            <th scope="col">Status</th>
            <th scope="col">Kind</th>
            <th scope="col">Code</th>
            <th scope="col">Dialect</th>
            <th scope="col">Message</th>
            <th scope="col">Fields</th>
            <th scope="col">Retry after (ms)</th>
            <th scope="col">Expectation</th>
          </tr>
        </thead>
        <tbody>
          {entries.map((entry) => {
            const { result } = entry;
            const verdict = expectationSummary(entry);
            return (
              <tr key={entry.key} data-kind={result.kind}>
                <th scope="row">
                  <code>{entry.id}</code>
                </th>
                <td>{entry.group}</td>
                <td className="ek-explorer-number">{result.status ?? NOT_SET}</td>
                <td>{result.kind}</td>
                <td>{result.code === undefined ? NOT_SET : <code>{result.code}</code>}</td>
                <td>{result.dialect === undefined ? NOT_SET : <code>{result.dialect}</code>}</td>
                <td className="ek-explorer-message">{result.message}</td>
                <td className="ek-explorer-number">{fieldCount(result)}</td>
                <td className="ek-explorer-number">
                  {result.retryAfterMs === undefined
                    ? NOT_SET
                    : result.retryAfterMs.toLocaleString('en')}
                </td>
                <td className="ek-explorer-verdict" data-matches={!verdict.startsWith('Differs')}>
                  {verdict}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
