// Single-flight re-authentication with a real QueryClient, real React components (jsdom) and a
// real HTTP server on 127.0.0.1 that answers 401 until the client refreshes its token.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { QueryClient, QueryClientProvider, useMutation, useQuery } from '@tanstack/react-query';
import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { type FormEvent, type ReactNode, useRef } from 'react';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { PermissionNotice } from '../../src/components/PermissionNotice';
import { fetchJson } from '../../src/core';
import {
  createReauthCoordinator,
  QueryReauthProvider,
  ReauthOutlet,
  retryPolicy,
  useReauth,
} from '../../src/query';

let server: Server;
let base: string;
/** What the server answers to a valid token: 200, or 403 (signed in, but no access). */
let afterRefresh: 200 | 403;
/** How many refreshes fail (500) before one succeeds. */
let failingRefreshes: number;
let validToken: string | undefined;
let issued = 0;
const hits = new Map<string, number>();
const noteBodies: unknown[] = [];

function count(key: string) {
  hits.set(key, (hits.get(key) ?? 0) + 1);
}

beforeAll(async () => {
  server = createServer((req, res) => {
    const url = req.url ?? '';
    const authorized =
      validToken !== undefined && req.headers.authorization === `Bearer ${validToken}`;
    const reply = (status: number, body?: unknown) => {
      res.writeHead(status, { 'content-type': 'application/json' });
      res.end(body === undefined ? '' : JSON.stringify(body));
    };
    if (url === '/refresh') {
      count('refresh');
      if (failingRefreshes > 0) {
        failingRefreshes--;
        reply(500, { message: 'Sign-in service down' });
        return;
      }
      validToken = `token-${++issued}`;
      reply(200, { token: validToken });
      return;
    }
    let raw = '';
    req.on('data', (chunk) => {
      raw += chunk;
    });
    req.on('end', () => {
      const status = authorized ? afterRefresh : 401;
      const key = url.startsWith('/items/') ? 'items' : url;
      count(`${key} ${status}`);
      if (url === '/notes') noteBodies.push(raw === '' ? undefined : JSON.parse(raw));
      if (status === 401) reply(401, { message: 'Your session has ended.' });
      else if (status === 403) reply(403, { message: 'You cannot see this item.' });
      else reply(200, url === '/notes' ? { saved: true } : { id: url });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

/** The app's token, sent on every request. */
let token = 'expired';
const signIn = vi.fn(async () => {
  const { token: fresh } = await fetchJson<{ token: string }>(`${base}/refresh`, {
    method: 'POST',
  });
  token = fresh;
});

beforeEach(() => {
  hits.clear();
  noteBodies.length = 0;
  validToken = undefined;
  token = 'expired';
  afterRefresh = 200;
  failingRefreshes = 0;
  signIn.mockClear();
});

const auth = () => ({ Authorization: `Bearer ${token}` });

function client(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: retryPolicy(),
      mutations: retryPolicy(undefined, { mutation: true }),
    },
  });
}

function App({ queryClient, children }: { queryClient: QueryClient; children: ReactNode }) {
  return (
    <QueryClientProvider client={queryClient}>
      <QueryReauthProvider reauthenticate={signIn}>{children}</QueryReauthProvider>
    </QueryClientProvider>
  );
}

function Item({ id }: { id: number }) {
  const query = useQuery({
    queryKey: ['item', id],
    queryFn: () => fetchJson(`${base}/items/${id}`, { headers: auth() }),
  });
  if (query.isSuccess) return <p data-testid="loaded">{id}</p>;
  if (query.isError) return <PermissionNotice error={query.error} />;
  return null;
}

function Items({ n }: { n: number }) {
  const ids = Array.from({ length: n }, (_, i) => i);
  return ids.map((id) => <Item key={id} id={id} />);
}

/** Another place in the app that can start the sign-in (a menu entry, say). */
function SignInLink({ label }: { label: string }) {
  const { reauthenticate, state } = useReauth();
  return (
    <button type="button" data-state={state} onClick={() => void reauthenticate().catch(() => {})}>
      {label}
    </button>
  );
}

const prompts = () => document.querySelectorAll('[data-ek="reauth-prompt"]');
const signInButton = () => screen.getByRole('button', { name: 'Sign in again' });
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('single-flight re-authentication', () => {
  it('50 concurrent 401s: one prompt, one reauthenticate(), then 50 refetches (100 requests)', async () => {
    render(
      <App queryClient={client()}>
        <ReauthOutlet />
        <Items n={50} />
        <ReauthOutlet />
      </App>,
    );
    await waitFor(() => expect(hits.get('items 401')).toBe(50));
    await waitFor(() => expect(prompts()).toHaveLength(1));
    // Let every failure reach the cache: still one prompt.
    await sleep(100);
    expect(prompts()).toHaveLength(1);
    expect(signIn).not.toHaveBeenCalled();

    const button = signInButton();
    fireEvent.click(button);
    fireEvent.click(button);
    await waitFor(() => expect(screen.getAllByTestId('loaded')).toHaveLength(50));
    expect(signIn).toHaveBeenCalledTimes(1);
    expect(prompts()).toHaveLength(0);
    await sleep(300);
    expect(hits.get('items 401')).toBe(50);
    expect(hits.get('items 200')).toBe(50);
    expect(hits.get('refresh')).toBe(1);
    const total = (hits.get('items 401') ?? 0) + (hits.get('items 200') ?? 0);
    expect(total).toBe(100);
  });

  it('two components and the prompt starting it at once make one call', async () => {
    render(
      <App queryClient={client()}>
        <SignInLink label="Menu sign-in" />
        <SignInLink label="Header sign-in" />
        <ReauthOutlet />
        <Items n={50} />
      </App>,
    );
    await waitFor(() => expect(prompts()).toHaveLength(1));
    await waitFor(() => expect(hits.get('items 401')).toBe(50));
    // The prompt starts the flight and the other two join it (the prompt now reads "Signing in…").
    fireEvent.click(signInButton());
    fireEvent.click(screen.getByRole('button', { name: 'Menu sign-in' }));
    fireEvent.click(screen.getByRole('button', { name: 'Header sign-in' }));
    await waitFor(() => expect(screen.getAllByTestId('loaded')).toHaveLength(50));
    await sleep(300);
    expect(signIn).toHaveBeenCalledTimes(1);
    expect(hits.get('refresh')).toBe(1);
    expect(hits.get('items 401')).toBe(50);
    expect(hits.get('items 200')).toBe(50);
  });

  it('a failed sign-in says so in the prompt; the next click succeeds', async () => {
    failingRefreshes = 1;
    render(
      <App queryClient={client()}>
        <ReauthOutlet />
        <Items n={3} />
      </App>,
    );
    await waitFor(() => expect(prompts()).toHaveLength(1));
    await waitFor(() => expect(hits.get('items 401')).toBe(3));
    fireEvent.click(signInButton());
    await waitFor(() =>
      expect(screen.getByText('Signing in did not work. Try again.')).toBeInTheDocument(),
    );
    expect(prompts()[0]).toHaveAttribute('data-state', 'failed');
    expect(hits.get('items 200')).toBeUndefined();

    fireEvent.click(signInButton());
    await waitFor(() => expect(screen.getAllByTestId('loaded')).toHaveLength(3));
    expect(signIn).toHaveBeenCalledTimes(2);
    expect(prompts()).toHaveLength(0);
    await sleep(200);
    expect(hits.get('items 401')).toBe(3);
    expect(hits.get('items 200')).toBe(3);
  });

  it('a flight started elsewhere shows in the prompt: "Signing in…", then its failure, announced once', async () => {
    const failureText = 'Signing in did not work. Try again.';
    let rejectSignIn!: (reason: unknown) => void;
    signIn.mockImplementationOnce(
      () =>
        new Promise<void>((_, reject) => {
          rejectSignIn = reject;
        }),
    );
    // What the live region says, in order (consecutive repeats once): what a screen reader hears.
    const heard: string[] = [];
    const observer = new MutationObserver(() => {
      const text = document.querySelector('[data-ek-live-region]')?.textContent ?? '';
      if (text !== '' && heard.at(-1) !== text) heard.push(text);
      if (text === '') heard.push('');
    });
    observer.observe(document.body, { subtree: true, childList: true, characterData: true });
    try {
      render(
        <App queryClient={client()}>
          <SignInLink label="Menu sign-in" />
          <ReauthOutlet />
          <Items n={3} />
        </App>,
      );
      await waitFor(() => expect(prompts()).toHaveLength(1));
      await waitFor(() => expect(hits.get('items 401')).toBe(3));
      expect(prompts()[0]).toHaveAttribute('data-state', 'idle');

      fireEvent.click(screen.getByRole('button', { name: 'Menu sign-in' }));
      const pending = await screen.findByRole('button', { name: 'Signing in…' });
      expect(pending).toHaveAttribute('aria-disabled', 'true');
      expect(prompts()[0]).toHaveAttribute('data-state', 'pending');
      expect(prompts()[0]).toContainElement(pending);
      // The prompt's button joins the flight instead of starting another.
      fireEvent.click(pending);
      expect(signIn).toHaveBeenCalledTimes(1);

      await act(async () => {
        rejectSignIn(new Error('popup closed'));
      });
      await waitFor(() => expect(prompts()[0]).toHaveAttribute('data-state', 'failed'));
      expect(prompts()[0]).toHaveTextContent(failureText);
      expect(screen.getByRole('button', { name: 'Sign in again' })).not.toHaveAttribute(
        'aria-disabled',
      );
      await waitFor(() => expect(heard).toContain(failureText));
      await sleep(300);
      expect(
        heard.filter((text) => text === failureText),
        heard.join(' | '),
      ).toHaveLength(1);
      expect(hits.get('items 200')).toBeUndefined();

      // The prompt's own button tries again: the shared flight, now succeeding.
      fireEvent.click(signInButton());
      await waitFor(() => expect(screen.getAllByTestId('loaded')).toHaveLength(3));
      expect(signIn).toHaveBeenCalledTimes(2);
      expect(prompts()).toHaveLength(0);
      expect(heard.filter((text) => text === failureText)).toHaveLength(1);
    } finally {
      observer.disconnect();
    }
  });

  it('a 403 after signing in shows a permission notice, not the prompt', async () => {
    afterRefresh = 403;
    render(
      <App queryClient={client()}>
        <ReauthOutlet />
        <Items n={3} />
      </App>,
    );
    await waitFor(() => expect(prompts()).toHaveLength(1));
    await waitFor(() => expect(hits.get('items 401')).toBe(3));
    expect(document.querySelectorAll('[data-ek="permission-notice"]')).toHaveLength(0);
    fireEvent.click(signInButton());
    await waitFor(() =>
      expect(document.querySelectorAll('[data-ek="permission-notice"]')).toHaveLength(3),
    );
    expect(prompts()).toHaveLength(0);
    await sleep(200);
    expect(hits.get('items 403')).toBe(3);
    expect(signIn).toHaveBeenCalledTimes(1);
  });
});

/** A note form whose values are the app's own state (uncontrolled inputs in the DOM here). */
function NoteForm({ onForm }: { onForm: (form: HTMLFormElement | null) => void }) {
  const formRef = useRef<HTMLFormElement>(null);
  const mutation = useMutation({
    mutationFn: (note: { title: string; body: string }) =>
      fetchJson(`${base}/notes`, {
        method: 'POST',
        headers: { ...auth(), 'content-type': 'application/json' },
        body: JSON.stringify(note),
      }),
  });
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    mutation.mutate({ title: String(data.get('title')), body: String(data.get('body')) });
  };
  return (
    <form
      ref={(form) => {
        formRef.current = form;
        onForm(form);
      }}
      onSubmit={submit}
      aria-label="New note"
    >
      <label>
        Title <input name="title" />
      </label>
      <label>
        Body <textarea name="body" />
      </label>
      <button type="submit">Save</button>
      {mutation.isSuccess ? <p role="status">Saved</p> : null}
    </form>
  );
}

/** The banner the app shows for a mutation that failed before signing in. */
function ResendBanner() {
  const { state, failedMutations } = useReauth();
  if (state !== 'idle') return null;
  return failedMutations.map((failed) => (
    <button
      key={failed.mutation.mutationId}
      type="button"
      onClick={() => void failed.resend().catch(() => {})}
    >
      Try again
    </button>
  ));
}

describe('a mutation that failed as unauthenticated', () => {
  it('is not resent automatically, and is resent with the same variables after signing in', async () => {
    const forms: (HTMLFormElement | null)[] = [];
    render(
      <App queryClient={client()}>
        <ReauthOutlet />
        <NoteForm onForm={(form) => forms.push(form)} />
        <ResendBanner />
      </App>,
    );
    const title = screen.getByLabelText('Title') as HTMLInputElement;
    const body = screen.getByLabelText('Body') as HTMLTextAreaElement;
    fireEvent.change(title, { target: { value: 'Quarterly plan' } });
    fireEvent.change(body, { target: { value: 'Line one\nLine two' } });
    const form = screen.getByRole('form', { name: 'New note' });
    fireEvent.submit(form);

    await waitFor(() => expect(prompts()).toHaveLength(1));
    await sleep(300);
    expect(hits.get('/notes 401')).toBe(1);
    expect(screen.queryByRole('button', { name: 'Try again' })).toBeNull();

    fireEvent.click(signInButton());
    const again = await screen.findByRole('button', { name: 'Try again' });
    expect(prompts()).toHaveLength(0);
    await sleep(200);
    // Signing in refetches queries only: the mutation waits for the user.
    expect(hits.get('/notes 200')).toBeUndefined();

    await act(async () => {
      fireEvent.click(again);
    });
    await screen.findByRole('status');
    expect(hits.get('/notes 401')).toBe(1);
    expect(hits.get('/notes 200')).toBe(1);
    const sent = { title: 'Quarterly plan', body: 'Line one\nLine two' };
    expect(noteBodies).toEqual([sent, sent]);
    expect(title.value).toBe('Quarterly plan');
    expect(body.value).toBe('Line one\nLine two');
    expect(screen.getByRole('form', { name: 'New note' })).toBe(form);
    expect(new Set(forms.filter(Boolean))).toEqual(new Set([form]));
    expect(signIn).toHaveBeenCalledTimes(1);
  });
});

describe('createReauthCoordinator without React', () => {
  it('shares one flight between concurrent callers and never repeats a request', async () => {
    const queryClient = client();
    const coordinator = createReauthCoordinator(queryClient, { reauthenticate: signIn });
    const stop = coordinator.mount();
    const states: string[] = [];
    coordinator.subscribe(() => {
      if (states.at(-1) !== coordinator.state) states.push(coordinator.state);
    });
    const results = await Promise.allSettled(
      Array.from({ length: 5 }, (_, i) =>
        queryClient.fetchQuery({
          queryKey: ['item', i],
          queryFn: () => fetchJson(`${base}/items/${i}`, { headers: auth() }),
        }),
      ),
    );
    expect(results.every((result) => result.status === 'rejected')).toBe(true);
    expect(coordinator.state).toBe('needs-auth');
    expect(coordinator.failedQueries()).toHaveLength(5);
    const flights = [coordinator.reauthenticate(), coordinator.reauthenticate()];
    expect(flights[0]).toBe(flights[1]);
    await Promise.all(flights);
    expect(signIn).toHaveBeenCalledTimes(1);
    expect(coordinator.state).toBe('idle');
    expect(states).toEqual(['needs-auth', 'pending', 'idle']);
    expect(hits.get('items 401')).toBe(5);
    expect(hits.get('items 200')).toBe(5);
    stop();
  });
});
