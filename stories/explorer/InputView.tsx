import { type BodyFormat, bodyText, inspect } from './format';
import type { ExplorerEntry } from './model';

const FORMAT_LABEL: Record<BodyFormat, string> = {
  none: 'No body',
  json: 'JSON',
  text: 'Plain text',
  html: 'HTML, shown as source (errorkit never renders it)',
  value: 'A value that is not plain JSON',
};

/** Props of {@link InputView}. */
export interface InputViewProps {
  entry: ExplorerEntry;
}

function ResponseInput({ response, options }: Pick<ExplorerEntry, 'response' | 'options'>) {
  if (!response) return null;
  const body = bodyText(response.body);
  const now = options?.now;
  const codes = options?.codes ? Object.entries(options.codes) : [];
  return (
    <>
      <dl className="ek-explorer-props">
        <div className="ek-explorer-prop">
          <dt>Method</dt>
          <dd className={response.method ? undefined : 'ek-explorer-unset'}>
            {response.method ?? '(not given)'}
          </dd>
        </div>
        <div className="ek-explorer-prop">
          <dt>Status</dt>
          <dd>
            {response.status}
            {response.statusText ? ` ${response.statusText}` : ''}
          </dd>
        </div>
        {now === undefined ? null : (
          <div className="ek-explorer-prop">
            <dt>Clock (options.now)</dt>
            <dd>
              {Number.isFinite(now) ? new Date(now).toISOString() : String(now)} ({now} ms)
            </dd>
          </div>
        )}
      </dl>

      {codes.length === 0 ? null : (
        <table className="ek-explorer-table">
          <caption>Vendor codes (options.codes)</caption>
          <thead>
            <tr>
              <th scope="col">Code</th>
              <th scope="col">Kind</th>
            </tr>
          </thead>
          <tbody>
            {codes.map(([code, kind]) => (
              <tr key={code}>
                <th scope="row">
                  <code>{code}</code>
                </th>
                <td>{kind}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}

      {response.headers.length === 0 ? (
        <p className="ek-explorer-unset">No headers.</p>
      ) : (
        <table className="ek-explorer-table">
          <caption>Headers</caption>
          <thead>
            <tr>
              <th scope="col">Name</th>
              <th scope="col">Value</th>
            </tr>
          </thead>
          <tbody>
            {response.headers.map(([name, value], index) => (
              // Header names may repeat (Set-Cookie), so the position is part of the key.
              // biome-ignore lint/suspicious/noArrayIndexKey: the list is static for an entry
              <tr key={`${index}:${name}`}>
                <th scope="row">
                  <code>{name}</code>
                </th>
                <td>
                  <code>{value}</code>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}

      {body.format === 'none' ? (
        <p className="ek-explorer-unset">No body.</p>
      ) : (
        <figure className="ek-explorer-figure">
          <figcaption>
            Body <span className="ek-explorer-format">({FORMAT_LABEL[body.format]})</span>
          </figcaption>
          <pre className="ek-explorer-pre" data-format={body.format}>
            {body.text}
          </pre>
        </figure>
      )}
    </>
  );
}

/** What a fixture hands to `classifyError`: the response it describes, or the thrown value. */
export function InputView({ entry }: InputViewProps) {
  return (
    <section className="ek-explorer-input">
      <h3 className="ek-explorer-heading">Input</h3>
      {entry.origin === 'response' ? (
        <>
          <p className="ek-explorer-note">
            Classified as <code>new HttpError(&#123; ...fixture.response, method &#125;)</code>
            {entry.options ? ' with the options below.' : ' with no options.'}
          </p>
          <ResponseInput response={entry.response} options={entry.options} />
        </>
      ) : (
        <>
          <p className="ek-explorer-note">
            {entry.makeError === undefined ? (
              <>
                Classified as the value <code>make()</code> returns:
              </>
            ) : (
              <>
                <strong>make() threw</strong>; the thrown value is classified instead:
              </>
            )}
          </p>
          <pre className="ek-explorer-pre">{inspect(entry.input)}</pre>
        </>
      )}
    </section>
  );
}
