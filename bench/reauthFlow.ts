/**
 * The re-authentication flow, headless: 50 concurrent queries on a fresh `QueryClient` with
 * `retryPolicy()` fail 401 against the scripted server; a `createReauthCoordinator` sees them;
 * `reauthenticate()` is called from 50 places at once; the app's own function (one POST to a
 * refresh path) makes the server answer 200 from then on; the coordinator refetches the failed
 * queries. No React: the figures are what any UI on top of the coordinator would get.
 */
import { QueryClient } from '@tanstack/react-query';
import { fetchJson } from '../src/core';
import { createReauthCoordinator, type ReauthState, retryPolicy } from '../src/query';
import type { Reply, ScriptedServer } from './scriptedServer';

export interface ReauthFlowResult {
  /** Requests to the data path: the 401s plus the refetches. */
  requests: number;
  /** From the first query to the final state (every refetch settled). */
  elapsedMs: number;
  /** `success` when all queries ended with data; `timeout` past the guard. */
  state: 'success' | 'error' | 'timeout';
  /** Times the coordinator went `idle` → `needs-auth`: the prompts a UI would show. */
  prompts: number;
  /** Queries the coordinator held as failed `unauthenticated` before signing in. */
  seen: number;
  /** Calls of the app's `reauthenticate` function. */
  appCalls: number;
  /** Distinct promises the 50 callers of the coordinator's `reauthenticate()` got. */
  flights: number;
  /** Queries in `success` after the sign-in. */
  refetched: number;
  /** Requests to the refresh path (the app's sign-in). */
  refreshRequests: number;
  /** The coordinator's states, in order (consecutive repeats once). */
  states: ReauthState[];
}

/** Runs the flow on `path` of `server`, with `concurrency` queries, within `guardMs`. */
export async function runReauthFlow(
  server: ScriptedServer,
  path: string,
  unauthorized: Reply,
  concurrency: number,
  guardMs: number,
): Promise<ReauthFlowResult> {
  const refreshPath = `${path}/refresh`;
  server.script(path, [unauthorized]);
  server.script(refreshPath, [{ status: 200, body: { token: 'fresh' } }]);
  const queryClient = new QueryClient({
    defaultOptions: {
      queries: retryPolicy(),
      mutations: retryPolicy(undefined, { mutation: true }),
    },
  });

  let appCalls = 0;
  const coordinator = createReauthCoordinator(queryClient, {
    // The app's sign-in: one request to its refresh endpoint; the server accepts the session
    // from then on.
    reauthenticate: async () => {
      appCalls += 1;
      await fetchJson(`${server.base}${refreshPath}`, { method: 'POST' });
      server.script(path, [{ status: 200, body: { ok: true } }]);
    },
  });
  const states: ReauthState[] = [coordinator.state];
  let prompts = 0;
  let previous = coordinator.state;
  const unsubscribe = coordinator.subscribe(() => {
    const now = coordinator.state;
    if (previous === 'idle' && now === 'needs-auth') prompts += 1;
    if (states.at(-1) !== now) states.push(now);
    previous = now;
  });
  const stop = coordinator.mount();

  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<'timeout'>((resolve) => {
    timer = setTimeout(() => resolve('timeout'), guardMs);
  });
  const started = performance.now();
  let seen = 0;
  let flights = 0;
  const flow = (async () => {
    const fetches = Array.from({ length: concurrency }, (_, n) =>
      queryClient.fetchQuery({
        queryKey: [path, n],
        queryFn: () => fetchJson(`${server.base}${path}?n=${n}`),
      }),
    );
    await Promise.allSettled(fetches);
    seen = coordinator.failedQueries().length;
    // 50 places (banners, a menu entry, the prompt...) ask at the same time.
    const calls = Array.from({ length: concurrency }, () => coordinator.reauthenticate());
    flights = new Set(calls).size;
    await Promise.all(calls);
  })();
  let state: ReauthFlowResult['state'];
  try {
    const outcome = await Promise.race([
      flow.then(
        () => 'done' as const,
        () => 'error' as const,
      ),
      timeout,
    ]);
    state = outcome === 'done' ? 'success' : outcome;
  } finally {
    clearTimeout(timer);
  }
  const elapsedMs = performance.now() - started;
  const queries = queryClient.getQueryCache().findAll({ queryKey: [path] });
  const refetched = queries.filter((query) => query.state.status === 'success').length;
  if (state === 'success' && refetched !== concurrency) state = 'error';

  unsubscribe();
  stop();
  await queryClient.cancelQueries();
  queryClient.clear();
  return {
    requests: server.log(path).times.length,
    elapsedMs,
    state,
    prompts,
    seen,
    appCalls,
    flights,
    refetched,
    refreshRequests: server.log(refreshPath).times.length,
    states,
  };
}
