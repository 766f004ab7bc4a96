// errorkit/swr with the real SWR against a real HTTP server on 127.0.0.1: what is sent, when, and
// what the page shows.
import { act, render, renderHook, screen, waitFor } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import type { ReactNode } from 'react';
import useSWR, { SWRConfig } from 'swr';
import useSWRMutation from 'swr/mutation';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { fetchJson } from '../../src/core';
import { ErrorDisplay, type ErrorKit, ErrorKitProvider, errorKit } from '../../src/react';
import { ReauthOutlet, SWRReauthProvider, swrConfig, useRetryState } from '../../src/swr';
import { type ScriptedServer, startScriptedServer } from '../support/scriptedServer';

let server: ScriptedServer;
const arrivals = (path: string) => server.hits(path).map((hit) => hit.at);
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

beforeAll(async () => {
  server = await startScriptedServer();
});
afterAll(() => server.close());
beforeEach(() => server.reset());

const load = (path: string) => fetchJson(server.url(path));

function wrapperFor(kit: ErrorKit, reauthenticate?: () => Promise<unknown>) {
  return ({ children }: { children: ReactNode }) => (
    // A cache per test, as each test's keys start fresh.
    <SWRConfig value={{ ...swrConfig(kit), provider: () => new Map(), dedupingInterval: 0 }}>
      <ErrorKitProvider kit={kit} reauthenticate={reauthenticate}>
        <SWRReauthProvider>{children}</SWRReauthProvider>
      </ErrorKitProvider>
    </SWRConfig>
  );
}

function renderLoad(path: string, kit = errorKit()) {
  return renderHook(
    () => {
      const query = useSWR(path, load);
      return { query, state: useRetryState(query, path) };
    },
    { wrapper: wrapperFor(kit) },
  );
}

function Page({ path }: { path: string }) {
  const query = useSWR(path, load);
  const { error, retry } = useRetryState(query, path);
  return query.data ? <p>back</p> : <ErrorDisplay error={error} retry={retry} />;
}

function Item({ n }: { n: number }) {
  const path = `/item/${n}`;
  const query = useSWR(path, load);
  const { error, retry } = useRetryState(query, path);
  return query.data ? <p>item {n}</p> : <ErrorDisplay error={error} retry={retry} />;
}

const save = (path: string, { arg }: { arg: unknown }) =>
  fetchJson(server.url(path), { method: 'POST', body: JSON.stringify(arg) });

function Form() {
  const saving = useSWRMutation('/save', save, { throwOnError: false });
  return (
    <>
      <button type="button" onClick={() => void saving.trigger({ name: 'Ada' })}>
        Save
      </button>
      <ErrorDisplay error={saving.error} />
    </>
  );
}

describe('errorkitOnErrorRetry', () => {
  it.each([
    [404, 'not-found'],
    [422, 'validation'],
    [403, 'forbidden'],
  ])('a %i is not retried: one request, the classified error, no retry', async (status, kind) => {
    server.script(`/s${status}`, [{ status, body: { message: 'No' } }]);
    const { result } = renderLoad(`/s${status}`);
    await waitFor(() => expect(result.current.query.error).toBeDefined());
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
    await waitFor(() => expect(result.current.state.retry?.stopped).toBe(true));
    expect(result.current.state.retry?.willRetry).toBe(false);
    expect(result.current.state.error?.kind).toBe('unavailable');
    await sleep(300);
    expect(arrivals('/wait')).toHaveLength(2);
  });

  it('a POST answered 502 is not retried', async () => {
    server.script('/post', [{ status: 502 }]);
    const fetcher = (path: string) => fetchJson(server.url(path), { method: 'POST', body: '{}' });
    const { result } = renderHook(
      () => {
        const query = useSWR('/post', fetcher);
        return useRetryState(query, '/post');
      },
      { wrapper: wrapperFor(errorKit()) },
    );
    await waitFor(() => expect(result.current.error?.kind).toBe('unavailable'));
    expect(result.current.retry).toMatchObject({ willRetry: false, reason: 'not-idempotent' });
    await sleep(300);
    expect(arrivals('/post')).toHaveLength(1);
  });

  it('the banner renders the retry state unchanged, and "Try again" revalidates after the retries', async () => {
    server.script('/down', [{ status: 500 }, { status: 200, body: { back: true } }]);
    const Wrapper = wrapperFor(errorKit({ retry: { maxRetries: 0 } }));
    render(
      <Wrapper>
        <Page path="/down" />
      </Wrapper>,
    );
    await userEvent.click(await screen.findByRole('button', { name: 'Try again' }));
    expect(await screen.findByText('back')).toBeInTheDocument();
    expect(arrivals('/down')).toHaveLength(2);
  });
});

describe('SWRReauthProvider', () => {
  it('50 concurrent 401s: one prompt, one reauthenticate call, then every key has data', {
    timeout: 40_000,
  }, async () => {
    const reauthenticate = vi.fn(async () => {});
    for (let n = 0; n < 50; n++) {
      server.script(`/item/${n}`, [{ status: 401 }, { status: 200, body: { n } }]);
    }
    const Wrapper = wrapperFor(errorKit(), reauthenticate);
    const items = Array.from({ length: 50 }, (_, n) => n);
    render(
      <Wrapper>
        <ReauthOutlet />
        {items.map((n) => (
          <Item key={n} n={n} />
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
    expect(server.hits('/save')).toHaveLength(1);
    await userEvent.click(screen.getByRole('button', { name: 'Sign in again' }));
    await userEvent.click(await screen.findByRole('button', { name: 'Send again' }));
    await waitFor(() => expect(server.hits('/save')).toHaveLength(2));
    expect(calls).toBe(2);
    expect(JSON.parse(server.hits('/save')[1]?.body ?? '')).toEqual({ name: 'Ada' });
  });
});

describe('bad input', () => {
  it('a thrown value of an unexpected shape is classified and not retried', async () => {
    const odd = () => Promise.reject({ weird: [1, 2] });
    const { result } = renderHook(
      () => {
        const query = useSWR('/odd', odd);
        return useRetryState(query, '/odd');
      },
      { wrapper: wrapperFor(errorKit()) },
    );
    await waitFor(() => expect(result.current.error).toBeDefined());
    expect(result.current.error?.message).toBeTruthy();
    expect(result.current.retry?.willRetry).toBe(false);
  });

  it('a 429 without Retry-After falls back to backoff', async () => {
    server.script('/noheader', [{ status: 429 }, { status: 200, body: { ok: 1 } }]);
    const { result } = renderLoad('/noheader', errorKit({ retry: { random: () => 1 } }));
    await waitFor(() => expect(result.current.state.retry?.willRetry).toBe(true));
    expect(result.current.state.error?.kind).toBe('rate-limited');
    expect(result.current.state.retry?.nextAttemptAt).toBeDefined();
    act(() => result.current.state.retry?.retryNow());
    await waitFor(() => expect(result.current.query.data).toEqual({ ok: 1 }));
  });
});
