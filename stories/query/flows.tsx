import { QueryClient, QueryClientProvider, useMutation, useQuery } from '@tanstack/react-query';
import { HttpResponse } from 'msw';
import { type FormEvent, type ReactNode, useId, useState } from 'react';
import { fetchJson } from '../../src/core';
import {
  QueryReauthProvider,
  ReauthOutlet,
  retryDefaults,
  useReauth,
  useRetryState,
} from '../../src/query';
import { ErrorDisplay, type ErrorKit } from '../../src/react';
import { type ResponseFixture, responseFixture } from '../../test/fixtures';
import './flows.css';

// ---------------------------------------------------------------------------------------------
// The pretend server's session and request log (module state, reset before every story).
// ---------------------------------------------------------------------------------------------

const SIGNED_IN_TOKEN = 'session-after-sign-in';

/** The token the app sends; `signIn` swaps the expired one for a valid one. */
const session = { token: 'expired' };

/** How many requests each handler saw, by name (e.g. `invoices 401`). */
export const hits = new Map<string, number>();

/** The JSON bodies the form stories sent, in order. */
export const sentBodies: unknown[] = [];

/** Back to a fresh start: expired session, no requests seen. */
export function resetServer(): void {
  session.token = 'expired';
  hits.clear();
  sentBodies.length = 0;
}

export const count = (name: string): void => {
  hits.set(name, (hits.get(name) ?? 0) + 1);
};

/** Whether a request carries the token handed out by {@link signIn}. */
export const isSignedIn = (request: Request): boolean =>
  request.headers.get('authorization') === `Bearer ${SIGNED_IN_TOKEN}`;

/** The app's `reauthenticate`: a short sign-in (about 300 ms) that replaces the token. */
export async function signIn(): Promise<void> {
  await new Promise((resolve) => setTimeout(resolve, 300));
  session.token = SIGNED_IN_TOKEN;
}

export const authHeaders = (): Record<string, string> => ({
  Authorization: `Bearer ${session.token}`,
});

/**
 * A shared fixture's status, headers and body as a network response (for MSW handlers).
 * `headers` are merged over the fixture's own.
 */
export function serveFixture(id: string, headers: Record<string, string> = {}): Response {
  const { response }: ResponseFixture = responseFixture(id);
  const merged = new Headers({ ...response.headers, ...headers });
  let body: string | null = null;
  if (typeof response.body === 'string') body = response.body;
  else if (response.body !== undefined) {
    body = JSON.stringify(response.body);
    if (!merged.has('content-type')) merged.set('content-type', 'application/json');
  }
  return new HttpResponse(body, {
    status: response.status,
    statusText: response.statusText,
    headers: merged,
  });
}

// ---------------------------------------------------------------------------------------------
// The app around each story: a fresh QueryClient with errorkit's retry policy.
// ---------------------------------------------------------------------------------------------

export interface FlowAppProps {
  /** The app's sign-in: however many requests fail as unauthenticated, one prompt runs it once. */
  reauthenticate?: () => Promise<void>;
  /** The app's errorkit configuration, which the retry rules read too. */
  kit?: ErrorKit;
  children: ReactNode;
}

/** A new `QueryClient` per render of the story (retry rules from `retryDefaults`). */
export function FlowApp({ reauthenticate, kit, children }: FlowAppProps) {
  const [client] = useState(() => new QueryClient({ defaultOptions: retryDefaults(kit) }));
  return (
    <QueryClientProvider client={client}>
      <div className="query-flows">
        <QueryReauthProvider reauthenticate={reauthenticate}>
          <ReauthOutlet />
          {children}
        </QueryReauthProvider>
      </div>
    </QueryClientProvider>
  );
}

// ---------------------------------------------------------------------------------------------
// A panel: one `useQuery` over `fetchJson`, its list or its error.
// ---------------------------------------------------------------------------------------------

export interface ListPayload {
  items: string[];
}

export interface ListPanelProps {
  /** The panel's heading (its accessible name). */
  title: string;
  /** The GET endpoint answering {@link ListPayload}. */
  url: string;
}

/** A list loaded with `useQuery`; a failure shows through `ErrorDisplay` with the live retry state. */
export function ListPanel({ title, url }: ListPanelProps) {
  const headingId = useId();
  const query = useQuery({
    queryKey: [url],
    queryFn: () => fetchJson<ListPayload>(url, { headers: authHeaders() }),
  });
  const { error, retry } = useRetryState(query);
  let body: ReactNode;
  if (query.data) {
    body = (
      <ul className="query-flows__list">
        {query.data.items.map((item) => (
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

// ---------------------------------------------------------------------------------------------
// A form: one `useMutation` POST over `fetchJson`.
// ---------------------------------------------------------------------------------------------

export interface NoteFormProps {
  /** The form's accessible name. */
  label: string;
  /** The POST endpoint. */
  url: string;
  /** The button that sends the form. */
  submitLabel: string;
  /** The status line after a successful send. */
  successText: string;
}

interface Note {
  title: string;
  body: string;
}

/**
 * A labelled form sent with `useMutation`. A failure that needs signing in waits for the shared
 * prompt, then offers "Try again" (the same variables, sent again); any other failure shows
 * through `ErrorDisplay` with the live retry state. The inputs are uncontrolled and never reset:
 * what the user typed stays.
 */
export function NoteForm({ label, url, submitLabel, successText }: NoteFormProps) {
  const titleId = useId();
  const bodyId = useId();
  const mutation = useMutation({
    mutationFn: (note: Note) =>
      fetchJson(url, {
        method: 'POST',
        headers: { ...authHeaders(), 'content-type': 'application/json' },
        body: JSON.stringify(note),
      }),
  });
  const { error, retry } = useRetryState(mutation);
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    mutation.mutate({ title: String(data.get('title')), body: String(data.get('body')) });
  };
  return (
    <form className="query-flows__form" aria-label={label} onSubmit={submit}>
      {error && error.kind !== 'unauthenticated' ? (
        <ErrorDisplay error={error} retry={retry} />
      ) : null}
      <div className="query-flows__field">
        <label htmlFor={titleId}>Title</label>
        <input id={titleId} name="title" />
      </div>
      <div className="query-flows__field">
        <label htmlFor={bodyId}>Message</label>
        <textarea id={bodyId} name="body" rows={3} />
      </div>
      <button type="submit" className="query-flows__submit" data-ek-action="submit">
        {submitLabel}
      </button>
      <ResendAfterSignIn />
      {mutation.isSuccess ? (
        <p role="status" className="query-flows__success">
          <bdi>{successText}</bdi>
        </p>
      ) : null}
    </form>
  );
}

/** "Try again" for a mutation that failed as unauthenticated, once signing in is done. */
function ResendAfterSignIn() {
  const { state, failedMutations } = useReauth();
  const failed = failedMutations.find((entry) => entry.mutation.state.status === 'error');
  if (state !== 'idle' || !failed) return null;
  return (
    <button
      type="button"
      data-ek-action="resend"
      onClick={() => void failed.resend().catch(() => {})}
    >
      Try again
    </button>
  );
}
