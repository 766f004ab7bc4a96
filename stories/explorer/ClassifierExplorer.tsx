import { useId, useMemo, useState } from 'react';
import { ERROR_KINDS, type ErrorKind } from '../../src/core';
import { ClassificationView } from './ClassificationView';
import { ExpectationView, expectationSummary } from './ExpectationView';
import { InputView } from './InputView';
import { type ExplorerEntry, groupEntries } from './model';

/** Props of {@link ClassifierExplorer}. */
export interface ClassifierExplorerProps {
  /** Every fixture, classified (see `buildEntries`). */
  entries: readonly ExplorerEntry[];
  /** Id (or `response:<id>` / `input:<id>` key) of the fixture shown first. */
  initialFixture?: string;
  /** Kind filter applied first. */
  initialKind?: ErrorKind | 'all';
}

function matchesQuery(entry: ExplorerEntry, query: string): boolean {
  if (query === '') return true;
  const haystack = [entry.id, entry.source, entry.dialect ?? '', entry.description]
    .join('\n')
    .toLowerCase();
  return haystack.includes(query);
}

function statusLabel(entry: ExplorerEntry): string {
  return entry.result.status === undefined ? 'no status' : String(entry.result.status);
}

/**
 * Every fixture and what `classifyError` makes of it: pick one on the left (filtered by kind or
 * text), read its input and its classification on the right.
 */
export function ClassifierExplorer({
  entries,
  initialFixture,
  initialKind = 'all',
}: ClassifierExplorerProps) {
  const id = useId();
  const [kind, setKind] = useState<ErrorKind | 'all'>(initialKind);
  const [query, setQuery] = useState('');
  const [selectedKey, setSelectedKey] = useState<string | undefined>(() => {
    if (initialFixture === undefined) return undefined;
    return entries.find((entry) => entry.key === initialFixture || entry.id === initialFixture)
      ?.key;
  });

  const counts = useMemo(() => {
    const byKind = new Map<ErrorKind, number>();
    for (const entry of entries)
      byKind.set(entry.result.kind, (byKind.get(entry.result.kind) ?? 0) + 1);
    return byKind;
  }, [entries]);

  const needle = query.trim().toLowerCase();
  const visible = entries.filter(
    (entry) => (kind === 'all' || entry.result.kind === kind) && matchesQuery(entry, needle),
  );
  // The chosen fixture stays chosen while it is listed; otherwise the first listed one shows.
  const selected = visible.find((entry) => entry.key === selectedKey) ?? visible[0];
  const groups = groupEntries(visible);

  return (
    <div className="ek-explorer">
      <header className="ek-explorer-header">
        <h1 className="ek-explorer-title">Classifier explorer</h1>
        <p className="ek-explorer-note">
          Every shared payload fixture, and what <code>classifyError</code> makes of it. Response
          fixtures are classified as an <code>HttpError</code> built from the fixture; thrown-value
          fixtures as the value their <code>make()</code> returns.
        </p>
      </header>

      <div className="ek-explorer-layout">
        <nav className="ek-explorer-nav" aria-labelledby={`${id}-fixtures`}>
          <h2 className="ek-explorer-heading" id={`${id}-fixtures`}>
            Fixtures
          </h2>
          <div className="ek-explorer-filters">
            <div className="ek-explorer-control">
              <label htmlFor={`${id}-kind`}>Kind</label>
              <select
                id={`${id}-kind`}
                value={kind}
                onChange={(event) => setKind(event.target.value as ErrorKind | 'all')}
              >
                <option value="all">All kinds ({entries.length})</option>
                {ERROR_KINDS.map((value) => (
                  <option key={value} value={value} disabled={!counts.get(value)}>
                    {value} ({counts.get(value) ?? 0})
                  </option>
                ))}
              </select>
            </div>
            <div className="ek-explorer-control">
              <label htmlFor={`${id}-search`}>Search id, source or description</label>
              <input
                id={`${id}-search`}
                type="search"
                value={query}
                onChange={(event) => setQuery(event.target.value)}
              />
            </div>
          </div>
          <p className="ek-explorer-count" role="status">
            Showing {visible.length} of {entries.length} fixtures
          </p>

          <div className="ek-explorer-list">
            {groups.map(([group, items], index) => (
              <section key={group} aria-labelledby={`${id}-group-${index}`}>
                <h3 className="ek-explorer-group" id={`${id}-group-${index}`}>
                  {group}
                </h3>
                <ul className="ek-explorer-items">
                  {items.map((entry) => (
                    <li key={entry.key}>
                      <button
                        type="button"
                        className="ek-explorer-item"
                        aria-current={entry === selected ? 'true' : undefined}
                        data-kind={entry.result.kind}
                        onClick={() => setSelectedKey(entry.key)}
                      >
                        <span className="ek-explorer-item-id">{entry.id}</span>
                        <span className="ek-explorer-visually-hidden">: </span>
                        <span className="ek-explorer-item-meta">
                          {entry.result.kind} · {statusLabel(entry)}
                        </span>
                      </button>
                    </li>
                  ))}
                </ul>
              </section>
            ))}
          </div>
        </nav>

        <section className="ek-explorer-detail" aria-labelledby={`${id}-detail`}>
          {selected ? (
            <>
              <h2 className="ek-explorer-heading" id={`${id}-detail`}>
                <span className="ek-explorer-visually-hidden">Fixture </span>
                <code>{selected.id}</code>
              </h2>
              <p className="ek-explorer-note">
                {selected.group} — {selected.description}
              </p>
              <p className="ek-explorer-note">
                Expectation: <strong>{expectationSummary(selected)}</strong>
              </p>
              <div className="ek-explorer-columns">
                <InputView entry={selected} />
                <ClassificationView result={selected.result} />
              </div>
              <ExpectationView entry={selected} />
            </>
          ) : (
            <>
              <h2 className="ek-explorer-heading" id={`${id}-detail`}>
                No fixture
              </h2>
              <p>No fixture matches these filters. Choose another kind or clear the search.</p>
            </>
          )}
        </section>
      </div>
    </div>
  );
}
