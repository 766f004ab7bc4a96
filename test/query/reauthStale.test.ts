// A request sent with the old credentials can fail after the user has already signed in again
// (its 401 was still on the way). That answer is stale: the user is not asked to sign in again.
// Real QueryClient, real HttpErrors; each request is answered when the test says so.
import { QueryClient } from '@tanstack/react-query';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { HttpError } from '../../src/core';
import { createReauthCoordinator } from '../../src/query';

/** A request whose answer the test gives later: 401 with the old token, 200 with a fresh one. */
function requests() {
  const pending: Array<{ token: string; answer: () => void }> = [];
  let token = 'old';
  const send = () =>
    new Promise<string>((resolve, reject) => {
      const sentWith = token;
      pending.push({
        token: sentWith,
        answer: () =>
          sentWith === 'old'
            ? reject(new HttpError({ status: 401, method: 'GET' }))
            : resolve('ok'),
      });
    });
  const answerAll = async () => {
    for (const request of pending.splice(0)) request.answer();
    await new Promise((resolve) => setTimeout(resolve, 0));
  };
  const signIn = async () => {
    token = 'fresh';
  };
  return { send, answerAll, pending, signIn };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 10));

let stop: (() => void) | undefined;
afterEach(() => stop?.());

function setup() {
  const server = requests();
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  const reauthenticate = vi.fn(server.signIn);
  const coordinator = createReauthCoordinator(client, { reauthenticate });
  stop = coordinator.mount();
  const states: string[] = [];
  coordinator.subscribe(() => {
    if (states.at(-1) !== coordinator.state) states.push(coordinator.state);
  });
  return { server, client, coordinator, reauthenticate, states };
}

/** Signs in, then answers every request still out (their 401s arrive after the sign-in). */
async function signInThenAnswer({ server, coordinator }: ReturnType<typeof setup>) {
  const flight = coordinator.reauthenticate();
  await settle();
  await server.answerAll();
  await flight;
}

describe('a 401 that arrives after signing in again', () => {
  it('for a query sent before the sign-in: no new prompt, the query is sent again once', async () => {
    const { server, client, coordinator, states } = setup();
    const first = client.fetchQuery({ queryKey: ['a'], queryFn: server.send }).catch(() => {});
    const late = client.fetchQuery({ queryKey: ['b'], queryFn: server.send }).catch(() => {});
    // Only the first answer comes back before the sign-in.
    server.pending.shift()?.answer();
    await first;
    expect(coordinator.state).toBe('needs-auth');
    const flight = coordinator.reauthenticate();
    await settle();
    expect(coordinator.state).toBe('idle');
    // Query a's refetch (fresh token), and query b's late 401 (old token).
    expect(server.pending.map((request) => request.token)).toEqual(['old', 'fresh']);
    await server.answerAll();
    await flight;
    await late;
    await settle();
    expect(coordinator.state).toBe('idle');
    expect(server.pending.map((request) => request.token)).toEqual(['fresh']);
    await server.answerAll();
    await settle();
    expect(client.getQueryData(['b'])).toBe('ok');
    expect(client.getQueryData(['a'])).toBe('ok');
    expect(states).toEqual(['needs-auth', 'pending', 'idle']);
    expect(coordinator.failedQueries()).toEqual([]);
  });

  it('for a mutation sent before the sign-in: no new prompt, it is offered again', async () => {
    const kit = setup();
    const { server, client, coordinator, states } = kit;
    const query = client.fetchQuery({ queryKey: ['a'], queryFn: server.send }).catch(() => {});
    const mutation = client
      .getMutationCache()
      .build(client, { mutationFn: (_note: { title: string }) => server.send() });
    const sent = mutation.execute({ title: 'Quarterly plan' }).catch(() => {});
    server.pending.shift()?.answer();
    await query;
    await signInThenAnswer(kit);
    await sent;
    await settle();
    expect(coordinator.state).toBe('idle');
    expect(states).toEqual(['needs-auth', 'pending', 'idle']);
    const failed = coordinator.failedMutations();
    expect(failed).toHaveLength(1);
    expect(failed[0]?.variables).toEqual({ title: 'Quarterly plan' });
    expect(coordinator.resendable(mutation.state.error)).toBe(failed[0]?.resend);
  });

  it('for a request sent after the sign-in: the fresh sign-in did not work, so the prompt returns', async () => {
    const kit = setup();
    const { server, client, coordinator, states } = kit;
    const first = client.fetchQuery({ queryKey: ['a'], queryFn: server.send }).catch(() => {});
    server.pending.shift()?.answer();
    await first;
    await signInThenAnswer(kit);
    expect(coordinator.state).toBe('idle');
    // The server takes the fresh token back: a request sent now is answered 401.
    const again = client
      .fetchQuery({
        queryKey: ['c'],
        queryFn: () => Promise.reject(new HttpError({ status: 401, method: 'GET' })),
      })
      .catch(() => {});
    await again;
    expect(coordinator.state).toBe('needs-auth');
    expect(states).toEqual(['needs-auth', 'pending', 'idle', 'needs-auth']);
  });
});
