/**
 * Failure storms against a real HTTP server on 127.0.0.1, with a real QueryClient and real React
 * components (jsdom): waves of 401s around a pending sign-in, a 429 whose Retry-After grows, a
 * server that flaps between 503 and 200. Through all of it a form the user typed into stays
 * mounted and keeps its values.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { QueryClient, QueryClientProvider, useQuery } from '@tanstack/react-query';
import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { type ReactNode, useState } from 'react';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { errorKit, fetchJson, type KitRetryOptions } from '../../src';
import { QueryReauthProvider, ReauthOutlet, retryPolicy } from '../../src/query';
import { ErrorDisplay } from '../../src/react';
import { type ScriptedServer, startScriptedServer } from '../support/scriptedServer';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

// ---------------------------------------------------------------------------------------------
// The form that must survive
// ---------------------------------------------------------------------------------------------

const TITLE = 'Quarterly plan — draft ✓';
const BODY = 'Line one\nLine two\n\tindented «quoted» 😀';

function NoteForm() {
  return (
    <form aria-label="Note">
      <label>
        Title <input name="title" />
      </label>
      <label>
        Body <textarea name="body" />
      </label>
    </form>
  );
}

/** Types into the form; returns a check that it is the same form with the same values. */
function typeIntoForm() {
  const form = screen.getByRole('form', { name: 'Note' });
  const title = screen.getByLabelText('Title') as HTMLInputElement;
  const body = screen.getByLabelText('Body') as HTMLTextAreaElement;
  fireEvent.change(title, { target: { value: TITLE } });
  fireEvent.change(body, { target: { value: BODY } });
  return () => {
    expect(screen.getByRole('form', { name: 'Note' })).toBe(form);
    expect(screen.getByLabelText('Title')).toBe(title);
    expect(screen.getByLabelText('Body')).toBe(body);
    expect(title.value).toBe(TITLE);
    expect(body.value).toBe(BODY);
    expect(form.isConnected).toBe(true);
  };
}

function client(retry: KitRetryOptions = {}): QueryClient {
  const kit = errorKit({ retry });
  return new QueryClient({
    defaultOptions: {
      queries: { ...retryPolicy(kit), gcTime: 0 },
      mutations: retryPolicy(kit, { mutation: true }),
    },
  });
}

// ---------------------------------------------------------------------------------------------
// 401 waves around a pending sign-in
// ---------------------------------------------------------------------------------------------

/** The waves' server and the app's current token. */
let wavesBase = '';
let token = 'expired';
let showWaves: (n: number) => void = () => undefined;

function WaveItem({ wave, id }: { wave: number; id: number }) {
  const query = useQuery({
    queryKey: ['w', wave, id],
    queryFn: () =>
      fetchJson(`${wavesBase}/w${wave}/${id}`, { headers: { Authorization: `Bearer ${token}` } }),
  });
  return query.isSuccess ? <i data-loaded={wave} /> : null;
}

/** 50 queries per wave; `showWaves(n)` shows waves 1 to n. */
function Waves() {
  const [waves, setWaves] = useState(0);
  showWaves = setWaves;
  return Array.from({ length: waves }, (_, w) =>
    Array.from({ length: 50 }, (_, id) => (
      // biome-ignore lint/suspicious/noArrayIndexKey: fixed lists
      <WaveItem key={`${w + 1}-${id}`} wave={w + 1} id={id} />
    )),
  );
}

describe('waves of 401s around a pending sign-in', () => {
  let server: Server;
  let base: string;
  /** The token the server accepts now (`undefined`: every request is 401). */
  let valid: string | undefined;
  const hits = new Map<string, number>();
  const count = (key: string) => hits.set(key, (hits.get(key) ?? 0) + 1);

  beforeAll(async () => {
    server = createServer((req, res) => {
      const wave = /^\/w(\d)\//.exec(req.url ?? '')?.[1] ?? '?';
      const ok = valid !== undefined && req.headers.authorization === `Bearer ${valid}`;
      count(`w${wave} ${ok ? 200 : 401}`);
      res.writeHead(ok ? 200 : 401, { 'content-type': 'application/json' });
      res.end(JSON.stringify(ok ? { ok: true } : { message: 'Your session has ended.' }));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  });

  it('3 waves of 50: one sign-in per flight, never two prompts, the form intact', async () => {
    wavesBase = base;
    token = 'expired';
    /** Sign-ins the test finishes by hand: each sets the token the server will accept. */
    const pending: Array<() => void> = [];
    const signIn = vi.fn(
      () =>
        new Promise<void>((resolve) => {
          pending.push(() => {
            token = `token-${signIn.mock.calls.length}`;
            valid = token;
            resolve();
          });
        }),
    );

    // The most prompts ever on the page at once.
    let most = 0;
    const prompts = () => document.querySelectorAll('[data-ek="reauth-prompt"]');
    const observer = new MutationObserver(() => {
      most = Math.max(most, prompts().length);
    });
    observer.observe(document.body, { subtree: true, childList: true });

    const queryClient = client();
    render(
      <QueryClientProvider client={queryClient}>
        <QueryReauthProvider reauthenticate={signIn}>
          <ReauthOutlet />
          <NoteForm />
          <ReauthOutlet />
          <Waves />
        </QueryReauthProvider>
      </QueryClientProvider>,
    );
    const formIntact = typeIntoForm();
    const loaded = (wave: number) => document.querySelectorAll(`[data-loaded="${wave}"]`).length;
    const signInButton = () => screen.getByRole('button', { name: /Sign in again|Signing in/ });

    try {
      // Wave 1: 50 failures, one prompt; the user starts signing in, which stays pending.
      act(() => showWaves(1));
      await waitFor(() => expect(hits.get('w1 401')).toBe(50), { timeout: 5000 });
      await waitFor(() => expect(prompts()).toHaveLength(1));
      fireEvent.click(signInButton());
      await waitFor(() => expect(prompts()[0]).toHaveAttribute('data-state', 'pending'));
      expect(signIn).toHaveBeenCalledTimes(1);

      // Wave 2, while the sign-in is pending: 50 more failures join the same flight.
      act(() => showWaves(2));
      await waitFor(() => expect(hits.get('w2 401')).toBe(50), { timeout: 5000 });
      await sleep(100);
      expect(prompts()).toHaveLength(1);
      expect(prompts()[0]).toHaveAttribute('data-state', 'pending');
      fireEvent.click(signInButton());
      expect(signIn).toHaveBeenCalledTimes(1);

      // The sign-in succeeds: waves 1 and 2 refetch once each.
      await act(async () => pending.shift()?.());
      await waitFor(() => expect(loaded(1) + loaded(2)).toBe(100), { timeout: 5000 });
      expect(prompts()).toHaveLength(0);
      expect(hits.get('w1 200')).toBe(50);
      expect(hits.get('w2 200')).toBe(50);

      // The session ends again; wave 3 fails after the sign-in: one new prompt, one new flight.
      valid = undefined;
      act(() => showWaves(3));
      await waitFor(() => expect(hits.get('w3 401')).toBe(50), { timeout: 5000 });
      await waitFor(() => expect(prompts()).toHaveLength(1));
      const button = signInButton();
      fireEvent.click(button);
      fireEvent.click(button);
      await waitFor(() => expect(prompts()[0]).toHaveAttribute('data-state', 'pending'));
      expect(signIn).toHaveBeenCalledTimes(2);
      await act(async () => pending.shift()?.());
      await waitFor(() => expect(loaded(3)).toBe(50), { timeout: 5000 });
      await sleep(200);

      expect(signIn).toHaveBeenCalledTimes(2);
      expect(most).toBe(1);
      expect(prompts()).toHaveLength(0);
      expect(Object.fromEntries(hits)).toEqual({
        'w1 401': 50,
        'w1 200': 50,
        'w2 401': 50,
        'w2 200': 50,
        'w3 401': 50,
        'w3 200': 50,
      });
      formIntact();
    } finally {
      observer.disconnect();
      queryClient.clear();
    }
  }, 20_000);
});

// ---------------------------------------------------------------------------------------------
// 429 with a growing Retry-After, and a flapping 503/200 server
// ---------------------------------------------------------------------------------------------

function Probe({ url, label }: { url: string; label: string }) {
  const query = useQuery({ queryKey: [url], queryFn: () => fetchJson(url) });
  if (query.isSuccess) return <i data-settled={label} data-result="ok" />;
  if (query.isError) {
    return (
      <div data-settled={label} data-result="error">
        <ErrorDisplay error={query.error} />
      </div>
    );
  }
  return null;
}

function Page({ queryClient, children }: { queryClient: QueryClient; children: ReactNode }) {
  return (
    <QueryClientProvider client={queryClient}>
      <NoteForm />
      {children}
    </QueryClientProvider>
  );
}

describe('rate limits and a flapping server', () => {
  let scripted: ScriptedServer;
  let flapping: Server;
  let flapBase: string;
  let flapHits = 0;
  const flapPerQuery = new Map<string, number>();

  beforeAll(async () => {
    scripted = await startScriptedServer();
    // Every other request, whoever sends it, is a 503 (with a short Retry-After).
    flapping = createServer((req, res) => {
      flapHits++;
      const path = req.url ?? '';
      flapPerQuery.set(path, (flapPerQuery.get(path) ?? 0) + 1);
      const down = flapHits % 2 === 1;
      res.writeHead(down ? 503 : 200, {
        'content-type': 'application/json',
        ...(down ? { 'retry-after': '0.05' } : {}),
      });
      res.end(JSON.stringify(down ? { message: 'Down for a moment' } : { path }));
    });
    await new Promise<void>((resolve) => flapping.listen(0, '127.0.0.1', resolve));
    flapBase = `http://127.0.0.1:${(flapping.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    await scripted.close();
    flapping.closeAllConnections();
    await new Promise<void>((resolve) => flapping.close(() => resolve()));
  });
  afterEach(() => scripted.reset());

  it('429 with Retry-After 0.2, 0.4, 0.8 s: requests spaced by the hint, at most maxRetries + 1', async () => {
    const hints = [0.2, 0.4, 0.8, 0.8, 0.8];
    scripted.script(
      '/limited',
      hints.map((s) => ({
        status: 429,
        headers: { 'retry-after': String(s) },
        body: { message: 'Slow down' },
      })),
    );
    const maxRetries = 3;
    const queryClient = client({ maxRetries });
    render(
      <Page queryClient={queryClient}>
        <Probe url={scripted.url('/limited')} label="limited" />
      </Page>,
    );
    const formIntact = typeIntoForm();
    await waitFor(() => expect(document.querySelector('[data-settled="limited"]')).not.toBeNull(), {
      timeout: 5000,
    });
    await sleep(300);
    const hits = scripted.hits('/limited');
    expect(hits).toHaveLength(maxRetries + 1);
    for (let i = 1; i < hits.length; i++) {
      const gap = (hits[i]?.at ?? 0) - (hits[i - 1]?.at ?? 0);
      expect(gap, `gap ${i}`).toBeGreaterThanOrEqual((hints[i - 1] ?? 0) * 1000);
    }
    expect(document.querySelector('[data-settled="limited"]')).toHaveAttribute(
      'data-result',
      'error',
    );
    expect(document.querySelector('[data-ek="retry-banner"]')).not.toBeNull();
    formIntact();
    queryClient.clear();
  }, 10_000);

  it('a server flapping 503/200 on every request: 20 queries all settle, requests bounded', async () => {
    flapHits = 0;
    flapPerQuery.clear();
    const queries = 20;
    const maxRetries = 3;
    const queryClient = client({ maxRetries });
    render(
      <Page queryClient={queryClient}>
        {Array.from({ length: queries }, (_, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: a fixed list
          <Probe key={i} url={`${flapBase}/flap/${i}`} label={String(i)} />
        ))}
      </Page>,
    );
    const formIntact = typeIntoForm();
    await waitFor(() => expect(document.querySelectorAll('[data-settled]')).toHaveLength(queries), {
      timeout: 8000,
    });
    await sleep(300);
    expect(flapHits).toBeLessThanOrEqual(queries * (maxRetries + 1));
    for (const [path, n] of flapPerQuery) {
      expect(n, path).toBeLessThanOrEqual(maxRetries + 1);
    }
    expect(flapPerQuery.size).toBe(queries);
    const ok = document.querySelectorAll('[data-result="ok"]').length;
    const failed = document.querySelectorAll('[data-result="error"]').length;
    expect(ok + failed).toBe(queries);
    // Nothing more goes out once everything settled.
    const settledHits = flapHits;
    await sleep(300);
    expect(flapHits).toBe(settledHits);
    formIntact();
    queryClient.clear();
  }, 15_000);
});
