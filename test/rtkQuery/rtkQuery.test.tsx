// errorkit/rtk-query with the real Redux Toolkit, React Redux and fetchBaseQuery against a real
// HTTP server on 127.0.0.1: what is sent, when, and what the page shows.
import { configureStore } from '@reduxjs/toolkit';
import { type BaseQueryFn, createApi, fetchBaseQuery } from '@reduxjs/toolkit/query/react';
import { act, render, renderHook, screen, waitFor } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import type { ReactNode } from 'react';
import { Provider } from 'react-redux';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { ErrorDisplay, type ErrorKit, ErrorKitProvider, errorKit } from '../../src/react';
import {
  errorkitBaseQuery,
  ReauthOutlet,
  RtkReauthProvider,
  useRetryState,
} from '../../src/rtkQuery';
import { type ScriptedServer, startScriptedServer } from '../support/scriptedServer';

let server: ScriptedServer;
const arrivals = (path: string) => server.hits(path).map((hit) => hit.at);
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

beforeAll(async () => {
  server = await startScriptedServer();
});
afterAll(() => server.close());

function makeApi(kit: ErrorKit) {
  return createApi({
    baseQuery: errorkitBaseQuery(fetchBaseQuery({ baseUrl: server.url('') }), { kit }),
    endpoints: (build) => ({
      load: build.query<unknown, string>({ query: (path) => path }),
      save: build.mutation<unknown, { path: string; body: unknown; key?: string }>({
        query: ({ path, body, key }) => ({
          url: path,
          method: 'POST',
          body,
          headers: key ? { 'idempotency-key': key } : undefined,
        }),
      }),
    }),
  });
}
type TestApi = ReturnType<typeof makeApi>;

function setup(reauthenticate?: () => Promise<unknown>, kit = errorKit({ reauthenticate })) {
  const api = makeApi(kit);
  const store = configureStore({
    reducer: { [api.reducerPath]: api.reducer },
    middleware: (getDefault) => getDefault().concat(api.middleware),
  });
  const wrapper = ({ children }: { children: ReactNode }) => (
    <Provider store={store}>
      <ErrorKitProvider kit={kit}>
        <RtkReauthProvider api={api}>{children}</RtkReauthProvider>
      </ErrorKitProvider>
    </Provider>
  );
  return { api, store, wrapper };
}

beforeEach(() => server.reset());

function renderLoad(path: string, kit?: ErrorKit) {
  const { api, wrapper } = setup(undefined, kit);
  return renderHook(
    () => {
      const query = api.useLoadQuery(path);
      return { query, state: useRetryState(query) };
    },
    { wrapper },
  );
}

function Page({ api }: { api: TestApi }) {
  const query = api.useLoadQuery('/down');
  const { error, retry } = useRetryState(query);
  return query.data ? <p>back</p> : <ErrorDisplay error={error} retry={retry} />;
}

function Item({ api, n }: { api: TestApi; n: number }) {
  const query = api.useLoadQuery(`/item/${n}`);
  const { error, retry } = useRetryState(query);
  return query.data ? <p>item {n}</p> : <ErrorDisplay error={error} retry={retry} />;
}

function Form({ api }: { api: TestApi }) {
  const [save, saving] = api.useSaveMutation();
  const { error, retry } = useRetryState(saving, save);
  return (
    <>
      <button type="button" onClick={() => void save({ path: '/save', body: { name: 'Ada' } })}>
        Save
      </button>
      <ErrorDisplay error={error} retry={retry} />
    </>
  );
}

describe('errorkitBaseQuery', () => {
  it.each([
    [404, 'not-found'],
    [422, 'validation'],
    [403, 'forbidden'],
  ])('a %i is not retried: one request, the classified error, no retry', async (status, kind) => {
    server.script(`/s${status}`, [{ status, body: { message: 'No' } }]);
    const { result } = renderLoad(`/s${status}`);
    await waitFor(() => expect(result.current.query.isError).toBe(true));
    expect(result.current.state.error?.kind).toBe(kind);
    expect(result.current.state.retry).toMatchObject({ willRetry: false, attempt: 0 });
    await sleep(300);
    expect(arrivals(`/s${status}`)).toHaveLength(1);
  });

  it('429 Retry-After 1 then 200: the second request leaves at the server time, the hook counts down to it', async () => {
    server.script('/limited', [
      { status: 429, headers: { 'retry-after': '1' } },
      { status: 200, body: { id: 1 } },
    ]);
    const { result } = renderLoad('/limited');
    await waitFor(() => expect(result.current.state.retry?.willRetry).toBe(true));
    const { error, retry } = result.current.state;
    expect(error?.kind).toBe('rate-limited');
    expect(error?.retryAfterMs).toBe(1000);
    expect(retry).toMatchObject({ attempt: 1, maxRetries: 3, paused: false });
    await waitFor(() => expect(result.current.query.data).toEqual({ id: 1 }), { timeout: 3000 });
    const [first = 0, second = 0] = arrivals('/limited');
    expect(second - first).toBeGreaterThanOrEqual(1000);
    expect(second - (retry?.nextAttemptAt ?? 0)).toBeGreaterThanOrEqual(-5);
    expect(second - (retry?.nextAttemptAt ?? 0)).toBeLessThan(250);
    expect(result.current.state).toEqual({ error: undefined, retry: undefined });
  });

  it('503 Retry-After 1 twice then 200: three requests, each a second apart', async () => {
    server.script('/busy', [
      { status: 503, headers: { 'retry-after': '1' } },
      { status: 503, headers: { 'retry-after': '1' } },
      { status: 200, body: { ok: true } },
    ]);
    const { result } = renderLoad('/busy');
    await waitFor(() => expect(result.current.query.data).toEqual({ ok: true }), { timeout: 4000 });
    const [a = 0, b = 0, c = 0] = arrivals('/busy');
    expect(arrivals('/busy')).toHaveLength(3);
    expect(b - a).toBeGreaterThanOrEqual(1000);
    expect(c - b).toBeGreaterThanOrEqual(1000);
  });

  it('retryNow() sends at once; stop() ends the retries and keeps the error', async () => {
    server.script('/wait', [{ status: 503, headers: { 'retry-after': '5' } }]);
    const { result } = renderLoad('/wait');
    await waitFor(() => expect(result.current.state.retry?.willRetry).toBe(true));
    const pressedAt = Date.now();
    act(() => result.current.state.retry?.retryNow());
    await waitFor(() => expect(arrivals('/wait')).toHaveLength(2));
    expect((arrivals('/wait')[1] ?? 0) - pressedAt).toBeLessThan(250);
    await waitFor(() => expect(result.current.state.retry?.attempt).toBe(2));
    act(() => result.current.state.retry?.stop());
    await waitFor(() => expect(result.current.query.isError).toBe(true));
    expect(result.current.state.retry).toMatchObject({ willRetry: false, stopped: true });
    expect(result.current.state.error?.kind).toBe('unavailable');
    await sleep(300);
    expect(arrivals('/wait')).toHaveLength(2);
  });

  it('a POST answered 502 is not retried; with an Idempotency-Key it is', async () => {
    server.script('/post', [{ status: 502 }]);
    server.script('/keyed', [{ status: 502 }, { status: 200, body: { saved: true } }]);
    const { api, store } = setup();
    const plain = await store.dispatch(api.endpoints.save.initiate({ path: '/post', body: {} }));
    expect(plain.error).toMatchObject({ status: 502 });
    const keyed = await store.dispatch(
      api.endpoints.save.initiate({ path: '/keyed', body: {}, key: 'k1' }),
    );
    expect(keyed.data).toEqual({ saved: true });
    expect(arrivals('/post')).toHaveLength(1);
    expect(arrivals('/keyed')).toHaveLength(2);
  });

  it('the banner renders the retry state unchanged, and "Try again" refetches after the retries', async () => {
    server.script('/down', [{ status: 500 }, { status: 200, body: { back: true } }]);
    const { api, wrapper: Wrapper } = setup(undefined, errorKit({ retry: { maxRetries: 0 } }));
    render(
      <Wrapper>
        <Page api={api} />
      </Wrapper>,
    );
    await userEvent.click(await screen.findByRole('button', { name: 'Try again' }));
    expect(await screen.findByText('back')).toBeInTheDocument();
    expect(arrivals('/down')).toHaveLength(2);
  });
});

describe('RtkReauthProvider', () => {
  it('50 concurrent 401s: one prompt, one reauthenticate call, then every query has data', {
    timeout: 40_000,
  }, async () => {
    let signedIn = false;
    const reauthenticate = vi.fn(async () => {
      signedIn = true;
    });
    for (let n = 0; n < 50; n++) {
      server.script(`/item/${n}`, [{ status: 401 }, { status: 200, body: { n } }]);
    }
    const { api, wrapper } = setup(reauthenticate);
    const Wrapper = wrapper;
    const items = Array.from({ length: 50 }, (_, n) => n);
    render(
      <Wrapper>
        <ReauthOutlet />
        {items.map((n) => (
          <Item key={n} api={api} n={n} />
        ))}
      </Wrapper>,
    );
    await waitFor(() => expect(server.hits('/item/49')).toHaveLength(1));
    await sleep(300);
    const buttons = await screen.findAllByRole('button', { name: 'Sign in again' });
    expect(buttons).toHaveLength(1);
    await userEvent.click(buttons[0] as HTMLElement);
    await waitFor(() => expect(screen.getAllByText(/^item \d+$/)).toHaveLength(50), {
      timeout: 15_000,
    });
    expect(signedIn).toBe(true);
    expect(reauthenticate).toHaveBeenCalledTimes(1);
    for (let n = 0; n < 50; n++) expect(server.hits(`/item/${n}`)).toHaveLength(2);
    expect(screen.queryByRole('button', { name: 'Sign in again' })).toBeNull();
  });

  it('a throwing reauthenticate() shows the failed prompt, never loops, and keeps a mutation to send again', async () => {
    let calls = 0;
    const reauthenticate = () => {
      calls += 1;
      if (calls === 1) throw new Error('popup closed');
      return Promise.resolve();
    };
    server.script('/save', [{ status: 401 }, { status: 201, body: { saved: true } }]);
    const { api, wrapper } = setup(reauthenticate);
    const Wrapper = wrapper;
    render(
      <Wrapper>
        <Form api={api} />
      </Wrapper>,
    );
    await userEvent.click(screen.getByRole('button', { name: 'Save' }));
    await userEvent.click(await screen.findByRole('button', { name: 'Sign in again' }));
    expect(await screen.findByText('Signing in did not work. Try again.')).toBeInTheDocument();
    await sleep(200);
    expect(calls).toBe(1);
    expect(server.hits('/save')).toHaveLength(1);
    await userEvent.click(screen.getByRole('button', { name: 'Sign in again' }));
    await userEvent.click(await screen.findByRole('button', { name: 'Send again' }));
    await waitFor(() => expect(server.hits('/save')).toHaveLength(2));
    expect(calls).toBe(2);
    expect(JSON.parse(server.hits('/save')[1]?.body ?? '')).toEqual({ name: 'Ada' });
  });
});

/** Backoff at the top of its range (a second for the first retry), so the wait can be seen. */
const steadyKit = () => errorKit({ retry: { random: () => 1 } });

const oddBaseQuery: BaseQueryFn<string, unknown, unknown> = async () => ({
  error: { weird: [1, 2] },
});

describe('bad input', () => {
  it('an error of an unexpected shape from a base query is classified, not retried, shown with Try again', async () => {
    const kit = errorKit();
    const api = createApi({
      baseQuery: errorkitBaseQuery(oddBaseQuery, { kit }),
      endpoints: (build) => ({ load: build.query<unknown, string>({ query: (path) => path }) }),
    });
    const store = configureStore({
      reducer: { [api.reducerPath]: api.reducer },
      middleware: (getDefault) => getDefault().concat(api.middleware),
    });
    const { result } = renderHook(
      () => {
        const query = api.useLoadQuery('/x');
        return useRetryState(query);
      },
      {
        wrapper: ({ children }) => (
          <Provider store={store}>
            <ErrorKitProvider kit={kit}>{children}</ErrorKitProvider>
          </Provider>
        ),
      },
    );
    await waitFor(() => expect(result.current.error).toBeDefined());
    expect(result.current.error?.message).toBeTruthy();
    expect(result.current.retry?.willRetry).toBe(false);
  });

  it('a 429 without Retry-After falls back to backoff, and a thrown SerializedError is classified', async () => {
    server.script('/noheader', [{ status: 429 }, { status: 200, body: { ok: 1 } }]);
    const { result } = renderLoad('/noheader', steadyKit());
    await waitFor(() => expect(result.current.state.retry?.willRetry).toBe(true));
    expect(result.current.state.error?.kind).toBe('rate-limited');
    expect(result.current.state.retry?.nextAttemptAt).toBeDefined();
    act(() => result.current.state.retry?.retryNow());
    await waitFor(() => expect(result.current.query.data).toEqual({ ok: 1 }));

    const kit = errorKit();
    const api = createApi({
      baseQuery: errorkitBaseQuery(fetchBaseQuery({ baseUrl: server.url('') }), { kit }),
      endpoints: (build) => ({
        boom: build.query<unknown, void>({
          queryFn: () => {
            throw new TypeError('not a function');
          },
        }),
      }),
    });
    const store = configureStore({
      reducer: { [api.reducerPath]: api.reducer },
      middleware: (getDefault) => getDefault().concat(api.middleware),
    });
    const outcome = await store.dispatch(api.endpoints.boom.initiate());
    expect(outcome.error).toMatchObject({ name: 'TypeError', message: 'not a function' });
    expect(kit.classify(outcome.error).kind).toBe('unknown');
  });
});
