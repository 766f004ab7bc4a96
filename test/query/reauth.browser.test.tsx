// The form flow in Chromium: typed values survive a 401, signing in again in place and the
// resubmit. Requests are real `fetch` calls answered at the network level by a Mock Service
// Worker (the browser project cannot reach a Node server); the same flow runs against a real
// HTTP server on 127.0.0.1 in `reauth.test.tsx` (jsdom).
import { QueryClient, QueryClientProvider, useMutation, useQuery } from '@tanstack/react-query';
import { cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { HttpResponse, http } from 'msw';
import { setupWorker } from 'msw/browser';
import { type FormEvent, useState } from 'react';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { fetchJson } from '../../src/core';
import {
  QueryReauthProvider,
  ReauthOutlet,
  retryDefaults,
  retryPolicy,
  useReauth,
  useRetryState,
} from '../../src/query';
import { ErrorDisplay, ErrorKitProvider } from '../../src/react';
import '../../src/styles/index.css';

let validToken: string | undefined;
let token = 'expired';
const hits = new Map<string, number>();
const bodies: unknown[] = [];
/** While set, the notes endpoint answers only once this settles (a 401 still on the way). */
let holdNotes: Promise<void> | undefined;
const count = (key: string) => hits.set(key, (hits.get(key) ?? 0) + 1);
const authorized = (request: Request) =>
  validToken !== undefined && request.headers.get('authorization') === `Bearer ${validToken}`;

const worker = setupWorker(
  http.post('/api/refresh', () => {
    count('refresh');
    validToken = `token-${hits.get('refresh')}`;
    return HttpResponse.json({ token: validToken });
  }),
  http.post('/api/notes', async ({ request }) => {
    bodies.push(await request.json());
    await holdNotes;
    const ok = authorized(request);
    count(ok ? 'notes 200' : 'notes 401');
    return ok
      ? HttpResponse.json({ saved: true }, { status: 201 })
      : HttpResponse.json({ message: 'Your session has ended.' }, { status: 401 });
  }),
  http.get('/api/profile', ({ request }) => {
    const ok = authorized(request);
    count(ok ? 'profile 200' : 'profile 401');
    return ok
      ? HttpResponse.json({ name: 'Ada' })
      : HttpResponse.json({ message: 'Your session has ended.' }, { status: 401 });
  }),
);

beforeAll(async () => {
  await worker.start({ quiet: true, onUnhandledRequest: 'bypass' });
});
afterAll(() => {
  worker.stop();
});
beforeEach(() => {
  validToken = undefined;
  token = 'expired';
  hits.clear();
  bodies.length = 0;
  holdNotes = undefined;
});
afterEach(() => {
  cleanup();
});

const signIn = vi.fn(async () => {
  token = (await fetchJson<{ token: string }>('/api/refresh', { method: 'POST' })).token;
});
const auth = () => ({ Authorization: `Bearer ${token}` });

function Profile() {
  const query = useQuery({
    queryKey: ['profile'],
    queryFn: () => fetchJson<{ name: string }>('/api/profile', { headers: auth() }),
  });
  return query.data ? <p>Signed in as {query.data.name}</p> : null;
}

function useNoteForm() {
  const mutation = useMutation({
    mutationFn: (note: { title: string; body: string }) =>
      fetchJson('/api/notes', {
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
  return { mutation, submit };
}

function NoteFields({ saved }: { saved: boolean }) {
  return (
    <>
      <label>
        Title <input name="title" />
      </label>
      <label>
        Body <textarea name="body" />
      </label>
      <button type="submit">Save</button>
      {saved ? <p role="status">Saved</p> : null}
    </>
  );
}

/** Resends through `useReauth` by hand. */
function NoteForm() {
  const { mutation, submit } = useNoteForm();
  const { state, failedMutations } = useReauth();
  const failed = failedMutations.find((entry) => entry.mutation.state.status === 'error');
  return (
    <form onSubmit={submit} aria-label="New note">
      <NoteFields saved={mutation.isSuccess} />
      {state === 'idle' && failed ? (
        <button type="button" onClick={() => void failed.resend().catch(() => {})}>
          Try again
        </button>
      ) : null}
    </form>
  );
}

function App() {
  const [queryClient] = useState(
    () =>
      new QueryClient({
        defaultOptions: {
          queries: retryPolicy(),
          mutations: retryPolicy(undefined, { mutation: true }),
        },
      }),
  );
  return (
    <QueryClientProvider client={queryClient}>
      <QueryReauthProvider reauthenticate={signIn}>
        <ReauthOutlet />
        <Profile />
        <NoteForm />
      </QueryReauthProvider>
    </QueryClientProvider>
  );
}

describe('re-authentication in Chromium', () => {
  it('keeps the typed form through 401, sign-in in place and resubmit', async () => {
    const user = userEvent.setup();
    render(<App />);
    const form = screen.getByRole('form', { name: 'New note' });
    const title = screen.getByLabelText('Title') as HTMLInputElement;
    const body = screen.getByLabelText('Body') as HTMLTextAreaElement;
    await user.type(title, 'Quarterly plan');
    await user.type(body, 'Line one{Enter}Line two');
    await user.click(screen.getByRole('button', { name: 'Save' }));

    const signInAgain = await screen.findByRole('button', { name: 'Sign in again' });
    expect(document.querySelectorAll('[data-ek="reauth-prompt"]')).toHaveLength(1);
    await user.click(signInAgain);
    await user.click(signInAgain);
    await screen.findByText('Signed in as Ada');
    expect(document.querySelectorAll('[data-ek="reauth-prompt"]')).toHaveLength(0);
    expect(hits.get('notes 200')).toBeUndefined();

    await user.click(await screen.findByRole('button', { name: 'Try again' }));
    await screen.findByRole('status');
    await waitFor(() => expect(hits.get('notes 200')).toBe(1));

    expect(signIn).toHaveBeenCalledTimes(1);
    expect(hits.get('refresh')).toBe(1);
    expect(hits.get('notes 401')).toBe(1);
    expect(hits.get('profile 401')).toBe(1);
    expect(hits.get('profile 200')).toBe(1);
    const sent = { title: 'Quarterly plan', body: 'Line one\nLine two' };
    expect(bodies).toEqual([sent, sent]);
    expect(screen.getByRole('form', { name: 'New note' })).toBe(form);
    expect(form.isConnected).toBe(true);
    expect(screen.getByLabelText('Title')).toBe(title);
    expect(title.value).toBe('Quarterly plan');
    expect(body.value).toBe('Line one\nLine two');
  });
});

// The README's setup: every query and the form show their failure through `ErrorDisplay`, under
// `ErrorKitProvider` + `QueryReauthProvider`, with no `renderers` in sight.
const QUERIES = 10;

function Panel({ index }: { index: number }) {
  const query = useQuery({
    queryKey: ['panel', index],
    queryFn: () => fetchJson<{ name: string }>(`/api/profile?panel=${index}`, { headers: auth() }),
  });
  const { error, retry } = useRetryState(query);
  return (
    <section aria-label={`Panel ${index}`}>
      {query.data ? (
        <p>
          Panel {index}: {query.data.name}
        </p>
      ) : null}
      <ErrorDisplay error={error} retry={retry} />
    </section>
  );
}

function ReadmeForm() {
  const { mutation, submit } = useNoteForm();
  const { error, retry } = useRetryState(mutation);
  return (
    <form onSubmit={submit} aria-label="New note">
      <ErrorDisplay error={error} retry={retry} />
      <NoteFields saved={mutation.isSuccess} />
    </form>
  );
}

function ReadmeApp({ outlet }: { outlet: boolean }) {
  const [queryClient] = useState(() => new QueryClient({ defaultOptions: retryDefaults() }));
  return (
    <QueryClientProvider client={queryClient}>
      <ErrorKitProvider reauthenticate={signIn}>
        <QueryReauthProvider>
          {outlet ? <ReauthOutlet /> : null}
          <ReadmeForm />
          {Array.from({ length: QUERIES }, (_, index) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: a fixed list
            <Panel key={index} index={index} />
          ))}
        </QueryReauthProvider>
      </ErrorKitProvider>
    </QueryClientProvider>
  );
}

/** Renders the README setup, types a note and saves it; resolves once every query got its 401. */
async function typeAndSave(outlet: boolean) {
  const user = userEvent.setup();
  render(<ReadmeApp outlet={outlet} />);
  const title = screen.getByLabelText('Title') as HTMLInputElement;
  const body = screen.getByLabelText('Body') as HTMLTextAreaElement;
  await user.type(title, 'Quarterly plan');
  await user.type(body, 'Line one{Enter}Line two');
  await user.click(screen.getByRole('button', { name: 'Save' }));
  await waitFor(() => expect(hits.get('profile 401')).toBe(QUERIES));
  return { user, title, body };
}

const signInPrompts = () =>
  document.querySelectorAll('[data-ek="reauth-prompt"]:not([data-state="signed-in"])');

describe.each([
  ['with a ReauthOutlet', true],
  ['without an outlet', false],
])('10 queries and 1 mutation answered 401, %s', (_name, outlet) => {
  beforeEach(() => {
    signIn.mockClear();
  });

  it('show one prompt, sign in once, recover every query and offer the mutation again', async () => {
    const { user, title, body } = await typeAndSave(outlet);
    await waitFor(() => expect(hits.get('notes 401')).toBe(1));

    // Eleven failures, eleven ErrorDisplays (and maybe an outlet): one prompt on the page.
    const signInAgain = await screen.findByRole('button', { name: 'Sign in again' });
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(signInPrompts()).toHaveLength(1);
    expect(screen.getAllByRole('button', { name: 'Sign in again' })).toHaveLength(1);
    if (outlet) expect(signInAgain.closest('form')).toBeNull();

    await user.click(signInAgain);
    for (let index = 0; index < QUERIES; index += 1) {
      expect(await screen.findByText(`Panel ${index}: Ada`)).toBeInTheDocument();
    }
    expect(signIn).toHaveBeenCalledTimes(1);
    expect(hits.get('refresh')).toBe(1);
    expect(hits.get('profile 200')).toBe(QUERIES);
    expect(signInPrompts()).toHaveLength(0);

    // The save is offered again where it failed, and nothing was sent twice meanwhile.
    const form = screen.getByRole('form', { name: 'New note' });
    const sendAgain = await within(form).findByRole('button', { name: 'Send again' });
    expect(hits.get('notes 200')).toBeUndefined();
    expect(title.value).toBe('Quarterly plan');
    expect(body.value).toBe('Line one\nLine two');
    await user.click(sendAgain);
    await within(form).findByRole('status');
    expect(hits.get('notes 200')).toBe(1);
    const sent = { title: 'Quarterly plan', body: 'Line one\nLine two' };
    expect(bodies).toEqual([sent, sent]);
    expect(within(form).queryByRole('button', { name: 'Send again' })).toBeNull();
    expect(document.querySelectorAll('[data-ek="reauth-prompt"]')).toHaveLength(0);
    expect(signIn).toHaveBeenCalledTimes(1);
  });
});

describe("the README setup, when the save's 401 arrives after signing in again", () => {
  it('asks for no second sign-in and offers the save again with the typed values', async () => {
    signIn.mockClear();
    let release = () => {};
    holdNotes = new Promise((resolve) => {
      release = resolve;
    });
    const { user, title, body } = await typeAndSave(false);

    // The save is still on the way, sent with the old token, when the user signs in.
    await user.click(await screen.findByRole('button', { name: 'Sign in again' }));
    for (let index = 0; index < QUERIES; index += 1) {
      expect(await screen.findByText(`Panel ${index}: Ada`)).toBeInTheDocument();
    }
    expect(signInPrompts()).toHaveLength(0);
    release();
    await waitFor(() => expect(hits.get('notes 401')).toBe(1));

    const form = screen.getByRole('form', { name: 'New note' });
    const sendAgain = await within(form).findByRole('button', { name: 'Send again' });
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(signInPrompts()).toHaveLength(0);
    expect(screen.queryByRole('button', { name: 'Sign in again' })).toBeNull();
    expect(title.value).toBe('Quarterly plan');
    expect(body.value).toBe('Line one\nLine two');
    await user.click(sendAgain);
    await within(form).findByRole('status');
    expect(hits.get('notes 200')).toBe(1);
    expect(signIn).toHaveBeenCalledTimes(1);
    expect(hits.get('refresh')).toBe(1);
  });
});
