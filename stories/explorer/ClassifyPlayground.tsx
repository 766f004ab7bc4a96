import { useId, useState } from 'react';
import { classifyError, HttpError } from '../../src/core';
import { ClassificationView } from './ClassificationView';

/** Props of {@link ClassifyPlayground}. */
export interface ClassifyPlaygroundProps {
  /** Starting status. */
  initialStatus?: number;
  /** Starting method; empty for none. */
  initialMethod?: string;
  /** Starting headers, one `Name: value` per line. */
  initialHeaders?: string;
  /** Starting body text (JSON or anything else). */
  initialBody?: string;
}

const METHODS = ['', 'GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'];

/** `Name: value` lines to header pairs; lines without a colon are skipped. */
export function parseHeaderLines(text: string): [string, string][] {
  const pairs: [string, string][] = [];
  for (const line of text.split(/\r?\n/)) {
    const colon = line.indexOf(':');
    if (colon <= 0) continue;
    const name = line.slice(0, colon).trim();
    if (name) pairs.push([name, line.slice(colon + 1).trim()]);
  }
  return pairs;
}

/** The pasted body as `fetchJson` would hand it over: parsed JSON, else the text, else nothing. */
export function parseBody(text: string): { body: unknown; format: 'json' | 'text' | 'none' } {
  if (text.trim() === '') return { body: undefined, format: 'none' };
  try {
    return { body: JSON.parse(text), format: 'json' };
  } catch {
    return { body: text, format: 'text' };
  }
}

const FORMAT_NOTE = {
  json: 'The body is valid JSON and is passed parsed.',
  text: 'The body is not valid JSON, so it is passed as text.',
  none: 'There is no body.',
} as const;

/** Paste a status, headers and a body; see the classification as you type. */
export function ClassifyPlayground({
  initialStatus = 422,
  initialMethod = 'POST',
  initialHeaders = '',
  initialBody = '',
}: ClassifyPlaygroundProps) {
  const id = useId();
  const [status, setStatus] = useState(String(initialStatus));
  const [method, setMethod] = useState(initialMethod);
  const [headers, setHeaders] = useState(initialHeaders);
  const [bodyText, setBodyText] = useState(initialBody);

  const statusNumber = Number(status);
  const statusValid = Number.isInteger(statusNumber) && statusNumber >= 100 && statusNumber <= 599;
  const { body, format } = parseBody(bodyText);
  const result = classifyError(
    new HttpError({
      status: statusValid ? statusNumber : 0,
      headers: parseHeaderLines(headers),
      body,
      method: method || undefined,
    }),
  );

  return (
    <div className="ek-explorer">
      <header className="ek-explorer-header">
        <h1 className="ek-explorer-title">Classify a response</h1>
        <p className="ek-explorer-note">
          Paste what a server answered. It is classified as{' '}
          <code>new HttpError(&#123; status, headers, body, method &#125;)</code> on every change.
        </p>
      </header>
      <div className="ek-explorer-columns">
        <form
          className="ek-explorer-form"
          aria-labelledby={`${id}-form`}
          onSubmit={(event) => event.preventDefault()}
        >
          <h2 className="ek-explorer-heading" id={`${id}-form`}>
            Response
          </h2>
          <div className="ek-explorer-control">
            <label htmlFor={`${id}-status`}>Status</label>
            <input
              id={`${id}-status`}
              type="number"
              inputMode="numeric"
              min={100}
              max={599}
              value={status}
              aria-describedby={statusValid ? undefined : `${id}-status-note`}
              aria-invalid={statusValid ? undefined : true}
              onChange={(event) => setStatus(event.target.value)}
            />
            {statusValid ? null : (
              <p className="ek-explorer-hint" id={`${id}-status-note`}>
                Not a status from 100 to 599: classified as a response with no usable status.
              </p>
            )}
          </div>
          <div className="ek-explorer-control">
            <label htmlFor={`${id}-method`}>Method</label>
            <select
              id={`${id}-method`}
              value={method}
              onChange={(event) => setMethod(event.target.value)}
            >
              {METHODS.map((value) => (
                <option key={value} value={value}>
                  {value || '(not known)'}
                </option>
              ))}
            </select>
          </div>
          <div className="ek-explorer-control">
            <label htmlFor={`${id}-headers`}>Headers</label>
            <p className="ek-explorer-hint" id={`${id}-headers-hint`}>
              One <code>Name: value</code> per line.
            </p>
            <textarea
              id={`${id}-headers`}
              rows={4}
              spellCheck={false}
              aria-describedby={`${id}-headers-hint`}
              value={headers}
              onChange={(event) => setHeaders(event.target.value)}
            />
          </div>
          <div className="ek-explorer-control">
            <label htmlFor={`${id}-body`}>Body</label>
            <p className="ek-explorer-hint" id={`${id}-body-hint`}>
              JSON or any text. {FORMAT_NOTE[format]}
            </p>
            <textarea
              id={`${id}-body`}
              rows={14}
              spellCheck={false}
              aria-describedby={`${id}-body-hint`}
              value={bodyText}
              onChange={(event) => setBodyText(event.target.value)}
            />
          </div>
        </form>
        <ClassificationView result={result} headingLevel={2} />
      </div>
    </div>
  );
}
