// errorkit/apollo with the real Apollo Client 4 (HttpLink, InMemoryCache, React hooks) against a
// real HTTP server on 127.0.0.1: what is sent, when, and what the page shows.
import { ApolloClient, ApolloLink, gql, HttpLink, InMemoryCache } from '@apollo/client';
import { ApolloProvider, useMutation, useQuery } from '@apollo/client/react';
import { act, render, renderHook, screen, waitFor } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import type { ReactNode } from 'react';
import { Observable } from 'rxjs';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { ApolloReauthProvider, ReauthOutlet, retryLink, useRetryState } from '../../src/apollo';
import { ErrorDisplay, type ErrorKit, ErrorKitProvider, errorKit } from '../../src/react';
import { type ScriptedServer, startScriptedServer } from '../support/scriptedServer';

let server: ScriptedServer;
const arrivals = (path: string) => server.hits(path).map((hit) => hit.at);
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

beforeAll(async () => {
  server = await startScriptedServer();
});
afterAll(() => server.close());
beforeEach(() => server.reset());

const ITEM = gql`
  query Item($path: String!) {
    item(path: $path) {
      id
    }
  }
`;
const SAVE = gql`
  mutation Save($name: String!) {
    save(name: $name) {
      id
    }
  }
`;

/** Each operation goes to `/gql/<path variable>` (or `/gql/save`), so the server scripts it. */
const uri = (operation: ApolloLink.Operation) =>
  server.url(`/gql${(operation.variables as { path?: string }).path ?? '/save'}`);

function makeClient(kit: ErrorKit, terminating?: ApolloLink) {
  return new ApolloClient({
    link: ApolloLink.from([retryLink(kit), terminating ?? new HttpLink({ uri })]),
    cache: new InMemoryCache(),
  });
}

function wrapperFor(kit: ErrorKit, reauthenticate?: () => Promise<unknown>, link?: ApolloLink) {
  const client = makeClient(kit, link);
  return ({ children }: { children: ReactNode }) => (
    <ApolloProvider client={client}>
      <ErrorKitProvider kit={kit} reauthenticate={reauthenticate}>
        <ApolloReauthProvider>{children}</ApolloReauthProvider>
      </ErrorKitProvider>
    </ApolloProvider>
  );
}

const data = (id: unknown) => ({ data: { item: { __typename: 'Item', id } } });

function renderItem(path: string, kit = errorKit(), link?: ApolloLink) {
  return renderHook(
    () => {
      const query = useQuery(ITEM, { variables: { path } });
      return { query, state: useRetryState(query) };
    },
    { wrapper: wrapperFor(kit, undefined, link) },
  );
}

function Item({ path }: { path: string }) {
  const query = useQuery(ITEM, { variables: { path } });
  const { error, retry } = useRetryState(query);
  return query.data ? <p>item {path}</p> : <ErrorDisplay error={error} retry={retry} />;
}

function Form() {
  const [save, saving] = useMutation(SAVE);
  const { error, retry } = useRetryState(saving, () => save({ variables: { name: 'Ada' } }));
  return (
    <>
      <button
        type="button"
        onClick={() => void save({ variables: { name: 'Ada' } }).catch(() => {})}
      >
        Save
      </button>
      <ErrorDisplay error={error} retry={retry} />
    </>
  );
}

describe('retryLink', () => {
  it.each([
    [404, 'not-found'],
    [422, 'validation'],
    [403, 'forbidden'],
  ])('a %i is not retried: one request, the classified error, no retry', async (status, kind) => {
    server.script(`/gql/s${status}`, [{ status, body: { message: 'No' } }]);
    const { result } = renderItem(`/s${status}`);
    await waitFor(() => expect(result.current.query.error).toBeDefined());
    expect(result.current.state.error?.kind).toBe(kind);
    expect(result.current.state.retry).toMatchObject({ willRetry: false, attempt: 0 });
    await sleep(300);
    expect(arrivals(`/gql/s${status}`)).toHaveLength(1);
  });

  it('GraphQL errors over HTTP 200 are classified and a BAD_USER_INPUT is not retried', async () => {
    server.script('/gql/input', [
      {
        status: 200,
        body: {
          data: null,
          errors: [
            {
              message: 'Email is taken',
              extensions: { code: 'BAD_USER_INPUT', field: 'email' },
            },
          ],
        },
      },
    ]);
    const { result } = renderItem('/input');
    await waitFor(() => expect(result.current.query.error).toBeDefined());
    expect(result.current.query.error?.name).toBe('CombinedGraphQLErrors');
    expect(result.current.state.error?.kind).toBe('validation');
    expect(result.current.state.retry?.willRetry).toBe(false);
    await sleep(300);
    expect(arrivals('/gql/input')).toHaveLength(1);
  });

  it('429 Retry-After 1 then 200: the second request leaves at the server time, the hook counts down to it', async () => {
    server.script('/gql/limited', [
      { status: 429, headers: { 'retry-after': '1' } },
      { status: 200, body: data(1) },
    ]);
    const { result } = renderItem('/limited');
    await waitFor(() => expect(result.current.state.retry?.willRetry).toBe(true));
    const { error, retry } = result.current.state;
    expect(error?.kind).toBe('rate-limited');
    expect(retry).toMatchObject({ attempt: 1, maxRetries: 3, paused: false });
    await waitFor(() => expect(result.current.query.data).toBeDefined(), { timeout: 3000 });
    const [first = 0, second = 0] = arrivals('/gql/limited');
    expect(second - first).toBeGreaterThanOrEqual(1000);
    expect(second - (retry?.nextAttemptAt ?? 0)).toBeGreaterThanOrEqual(-5);
    expect(second - (retry?.nextAttemptAt ?? 0)).toBeLessThan(250);
    expect(result.current.state).toEqual({ error: undefined, retry: undefined });
  });

  it('503 Retry-After 1 twice then 200: three requests, each a second apart', async () => {
    server.script('/gql/busy', [
      { status: 503, headers: { 'retry-after': '1' } },
      { status: 503, headers: { 'retry-after': '1' } },
      { status: 200, body: data(2) },
    ]);
    const { result } = renderItem('/busy');
    await waitFor(() => expect(result.current.query.data).toBeDefined(), { timeout: 4000 });
    const [a = 0, b = 0, c = 0] = arrivals('/gql/busy');
    expect(arrivals('/gql/busy')).toHaveLength(3);
    expect(b - a).toBeGreaterThanOrEqual(1000);
    expect(c - b).toBeGreaterThanOrEqual(1000);
  });

  it('retryNow() sends at once; stop() ends the retries and keeps the error', async () => {
    server.script('/gql/wait', [{ status: 503, headers: { 'retry-after': '5' } }]);
    const { result } = renderItem('/wait');
    await waitFor(() => expect(result.current.state.retry?.willRetry).toBe(true));
    const pressedAt = Date.now();
    act(() => result.current.state.retry?.retryNow());
    await waitFor(() => expect(arrivals('/gql/wait')).toHaveLength(2));
    expect((arrivals('/gql/wait')[1] ?? 0) - pressedAt).toBeLessThan(250);
    await waitFor(() => expect(result.current.state.retry?.attempt).toBe(2));
    act(() => result.current.state.retry?.stop());
    await waitFor(() => expect(result.current.query.error).toBeDefined());
    expect(result.current.state.retry).toMatchObject({ willRetry: false, stopped: true });
    expect(result.current.state.error?.kind).toBe('unavailable');
    await sleep(300);
    expect(arrivals('/gql/wait')).toHaveLength(2);
  });

  it('a mutation answered 502 is not retried', async () => {
    server.script('/gql/save', [{ status: 502 }]);
    const client = makeClient(errorKit());
    await expect(client.mutate({ mutation: SAVE, variables: { name: 'x' } })).rejects.toThrow();
    await sleep(1200);
    expect(arrivals('/gql/save')).toHaveLength(1);
  });
});

describe('ApolloReauthProvider', () => {
  it('50 concurrent 401s: one prompt, one reauthenticate call, then every query has data', {
    timeout: 40_000,
  }, async () => {
    const reauthenticate = vi.fn(async () => {});
    const paths = Array.from({ length: 50 }, (_, n) => `/item${n}`);
    for (const path of paths) {
      server.script(`/gql${path}`, [{ status: 401 }, { status: 200, body: data(path) }]);
    }
    const Wrapper = wrapperFor(errorKit(), reauthenticate);
    render(
      <Wrapper>
        <ReauthOutlet />
        {paths.map((path) => (
          <Item key={path} path={path} />
        ))}
      </Wrapper>,
    );
    await waitFor(() => expect(server.hits('/gql/item49')).toHaveLength(1));
    await sleep(300);
    const buttons = await screen.findAllByRole('button', { name: 'Sign in again' });
    expect(buttons).toHaveLength(1);
    await userEvent.click(buttons[0] as HTMLElement);
    await waitFor(() => expect(screen.getAllByText(/^item \/item\d+$/)).toHaveLength(50), {
      timeout: 15_000,
    });
    expect(reauthenticate).toHaveBeenCalledTimes(1);
    for (const path of paths) expect(server.hits(`/gql${path}`)).toHaveLength(2);
    expect(screen.queryByRole('button', { name: 'Sign in again' })).toBeNull();
  });

  it('a throwing reauthenticate() shows the failed prompt, never loops, and keeps a mutation to send again', async () => {
    let calls = 0;
    const reauthenticate = () => {
      calls += 1;
      if (calls === 1) throw new Error('popup closed');
      return Promise.resolve();
    };
    server.script('/gql/save', [
      {
        status: 200,
        body: {
          data: null,
          errors: [{ message: 'Sign in', extensions: { code: 'UNAUTHENTICATED' } }],
        },
      },
      { status: 200, body: { data: { save: { __typename: 'Saved', id: 1 } } } },
    ]);
    const Wrapper = wrapperFor(errorKit(), reauthenticate);
    render(
      <Wrapper>
        <Form />
      </Wrapper>,
    );
    await userEvent.click(screen.getByRole('button', { name: 'Save' }));
    await userEvent.click(await screen.findByRole('button', { name: 'Sign in again' }));
    expect(await screen.findByText('Signing in did not work. Try again.')).toBeInTheDocument();
    await sleep(200);
    expect(calls).toBe(1);
    expect(server.hits('/gql/save')).toHaveLength(1);
    await userEvent.click(screen.getByRole('button', { name: 'Sign in again' }));
    await userEvent.click(await screen.findByRole('button', { name: 'Send again' }));
    await waitFor(() => expect(server.hits('/gql/save')).toHaveLength(2));
    expect(calls).toBe(2);
    expect(JSON.parse(server.hits('/gql/save')[1]?.body ?? '').variables).toEqual({ name: 'Ada' });
  });
});

describe('bad input', () => {
  it('a link error of an unexpected shape is classified and not retried', async () => {
    let sent = 0;
    const odd = new ApolloLink(
      () =>
        new Observable((observer) => {
          sent += 1;
          observer.error({ weird: [1, 2] });
        }),
    );
    const { result } = renderItem('/odd', errorKit(), odd);
    await waitFor(() => expect(result.current.state.error).toBeDefined());
    expect(result.current.state.error?.message).toBeTruthy();
    expect(result.current.state.retry?.willRetry).toBe(false);
    await sleep(300);
    expect(sent).toBe(1);
  });

  it('a 429 without Retry-After falls back to backoff', async () => {
    server.script('/gql/noheader', [{ status: 429 }, { status: 200, body: data(3) }]);
    const { result } = renderItem('/noheader', errorKit({ retry: { random: () => 1 } }));
    await waitFor(() => expect(result.current.state.retry?.willRetry).toBe(true));
    expect(result.current.state.error?.kind).toBe('rate-limited');
    expect(result.current.state.retry?.nextAttemptAt).toBeDefined();
    act(() => result.current.state.retry?.retryNow());
    await waitFor(() => expect(result.current.query.data).toBeDefined());
  });
});
