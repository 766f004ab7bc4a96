import { useMutation, useQuery } from '@tanstack/react-query';
import { type HttpHandler, http } from 'msw';
import { type FormEvent, type ReactNode, useId, useMemo } from 'react';
import { type ClassifyOptions, fetchJson } from '../../src/core';
import { useRetryState } from '../../src/query';
import {
  ErrorDisplay,
  ErrorKitProvider,
  errorKit,
  FieldError,
  useErrorKit,
  useFieldErrors,
} from '../../src/react';
import { type ResponseFixture, responseFixture } from '../../test/fixtures';
import { count, FlowApp, serveFixture, signIn } from '../query/flows';
import '../query/flows.css';

// ---------------------------------------------------------------------------------------------
// Serving a fixture: MSW answers the fixture's own endpoint with its status, headers and body.
// ---------------------------------------------------------------------------------------------

/** Methods sent with `useMutation`; everything else is a `useQuery` GET. */
const MUTATION_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/** Whether the fixture's request is a mutation (POST, PUT, PATCH, DELETE). */
export const isMutation = (fixture: ResponseFixture): boolean =>
  MUTATION_METHODS.has((fixture.method ?? 'GET').toUpperCase());

/** The endpoint a fixture is served from in the gallery. */
export const fixtureUrl = (fixture: ResponseFixture): string => `/api/gallery/${fixture.id}`;

/**
 * An MSW handler for the fixture's method and endpoint that answers with the fixture (its
 * `headers` merged over the fixture's own). Each request is counted under the fixture's id.
 */
export function fixtureHandler(
  fixture: ResponseFixture,
  headers: Record<string, string> = {},
): HttpHandler {
  const method = (fixture.method ?? 'GET').toLowerCase() as
    | 'get'
    | 'post'
    | 'put'
    | 'patch'
    | 'delete';
  const route = method in http ? http[method] : http.get;
  return route(fixtureUrl(fixture), () => {
    count(fixture.id);
    return serveFixture(fixture.id, headers);
  });
}

// ---------------------------------------------------------------------------------------------
// The story component.
// ---------------------------------------------------------------------------------------------

/** Fetches like a GraphQL client: a 200 whose body carries `errors` is a failure. */
async function request(fixture: ResponseFixture, init?: RequestInit): Promise<unknown> {
  const data = await fetchJson<unknown>(fixtureUrl(fixture), init);
  if (fixture.dialect === 'graphql' && typeof data === 'object' && data && 'errors' in data) {
    throw data;
  }
  return data;
}

/** The field names a fixture's form has: the server keys its response is expected to name. */
export function fixtureFields(fixture: ResponseFixture): string[] {
  const { fieldErrors, fieldKeys } = fixture.expected;
  return [...new Set([...Object.keys(fieldErrors ?? {}), ...(fieldKeys ?? [])])];
}

export interface FixtureStoryProps {
  /** A response fixture's id (`test/fixtures/payloads.ts`). */
  id: string;
}

/**
 * One fixture, end to end: MSW serves the fixture's response; a `useQuery` (GET) or
 * `useMutation` (POST, PUT, PATCH, DELETE) calls `fetchJson` under `retryDefaults(kit)`; the
 * failure shows through `ErrorDisplay` with `useRetryState`, classified with the fixture's
 * `codes`. Sign-in prompts show in the app's `ReauthOutlet`.
 */
export function FixtureStory({ id }: FixtureStoryProps) {
  const fixture = responseFixture(id);
  return (
    <GalleryApp codes={fixture.options?.codes}>
      <FixtureCaption fixture={fixture} />
      {isMutation(fixture) ? <FixtureForm fixture={fixture} /> : <FixtureQuery fixture={fixture} />}
    </GalleryApp>
  );
}

export interface GalleryAppProps {
  /** Vendor code -> kind, for `ErrorKitProvider`'s `classify` (e.g. `seed004Codes`). */
  codes?: ClassifyOptions['codes'];
  /** The app's sign-in (default: the query flows' `signIn`, about 300 ms). */
  reauthenticate?: () => Promise<void>;
  children: ReactNode;
}

/**
 * `ErrorKitProvider` with the fixture's `codes` around the query flows' `FlowApp` (a fresh
 * `QueryClient` with `retryDefaults(kit)`, `QueryReauthProvider` and one `ReauthOutlet`).
 */
export function GalleryApp({ codes, reauthenticate = signIn, children }: GalleryAppProps) {
  // The app's own configuration (its codes), read by its provider and its retry rules alike.
  const kit = useMemo(() => errorKit({ classify: { codes } }), [codes]);
  // In the toolbar's locale.
  const { messages } = useErrorKit();
  return (
    <ErrorKitProvider kit={kit} messages={messages}>
      <FlowApp reauthenticate={reauthenticate} kit={kit}>
        {children}
      </FlowApp>
    </ErrorKitProvider>
  );
}

function FixtureCaption({ fixture }: { fixture: ResponseFixture }) {
  const { status, statusText } = fixture.response;
  return (
    <p className="query-flows__note">
      {fixture.method ?? 'GET'} → {status}
      {statusText ? ` ${statusText}` : ''} · {fixture.source}: {fixture.description}
    </p>
  );
}

function Panel({ title, children }: { title: string; children: ReactNode }) {
  const headingId = useId();
  return (
    <section className="query-flows__panel" aria-labelledby={headingId}>
      <h2 id={headingId} className="query-flows__heading">
        {title}
      </h2>
      {children}
    </section>
  );
}

/** A GET through `useQuery`. */
function FixtureQuery({ fixture }: { fixture: ResponseFixture }) {
  const query = useQuery({
    queryKey: ['gallery', fixture.id],
    queryFn: () => request(fixture),
  });
  const { error, retry } = useRetryState(query);
  let body: ReactNode;
  if (error) {
    body = <ErrorDisplay error={error} retry={retry} />;
  } else if (query.isSuccess) {
    body = <p className="query-flows__note">Loaded.</p>;
  } else {
    body = <p className="query-flows__note">Loading…</p>;
  }
  return <Panel title="Response">{body}</Panel>;
}

export interface RequestFormProps {
  /** One labelled input per field name. */
  fields: string[];
  method: string;
  /** The form's accessible name. */
  label: string;
  /** Sends the form's values (a JSON body in `init`). */
  send: (init: RequestInit) => Promise<unknown>;
}

/**
 * A mutation through `useMutation`, in GOV.UK's order: what went wrong at the top of the form,
 * then one input per field (label, `FieldError`, input with `useFieldErrors`'s ARIA props),
 * sent with "Send request".
 */
export function RequestForm({ fields, method, label, send }: RequestFormProps) {
  const mutation = useMutation({
    mutationFn: (values: Record<string, string>) =>
      send({
        method,
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(values),
      }),
  });
  const { error, retry } = useRetryState(mutation);
  const { fieldProps } = useFieldErrors(error);
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    mutation.mutate(Object.fromEntries(fields.map((name) => [name, String(data.get(name))])));
  };
  return (
    <form className="query-flows__form" aria-label={label} onSubmit={submit}>
      {error ? <ErrorDisplay error={error} retry={retry} /> : null}
      {mutation.isSuccess ? (
        <p role="status" className="query-flows__success">
          Sent.
        </p>
      ) : null}
      {fields.map((name) => (
        <div key={name} className="query-flows__field">
          <label htmlFor={name}>{name}</label>
          <FieldError error={error} name={name} />
          <input id={name} name={name} {...fieldProps(name)} />
        </div>
      ))}
      <button type="submit" className="query-flows__submit" data-ek-action="send">
        Send request
      </button>
    </form>
  );
}

function FixtureForm({ fixture }: { fixture: ResponseFixture }) {
  const method = fixture.method ?? 'POST';
  return (
    <Panel title="Request">
      <RequestForm
        fields={fixtureFields(fixture)}
        method={method}
        label={`${method} request`}
        send={(init) => request(fixture, init)}
      />
    </Panel>
  );
}
