/**
 * Retry efficiency: errorkit's `retryPolicy()` against TanStack Query's default retry
 * (`retry: 3`, default delay 1 s, 2 s, 4 s), each with a fresh `QueryClient`, against the same
 * scripted HTTP server on 127.0.0.1. Requests go through `fetchJson`, so failures are the
 * `HttpError`s an application would see.
 *
 * `retry: 3` is set explicitly for the TanStack runs: in Node, TanStack's own query default is
 * `retry: 0` (it treats a window-less runtime as a server), and mutations default to `retry: 0`
 * everywhere. The delay is left to TanStack's default.
 *
 * The errorkit runs go one after another (they are short and their times are checked against
 * targets); the TanStack runs, ~7 s each, go all at once. Every run has its own path on the
 * server, and every run is bounded by TanStack's retry count and a 20 s guard.
 *
 * The "401 ×50" errorkit run is the whole re-authentication flow (`reauthFlow.ts`): the 401s, one
 * prompt, one call of the app's sign-in for 50 callers, then 50 refetches answered 200. The
 * TanStack run beside it is the default with nothing handling the 401s, for comparison.
 */
import { QueryClient } from '@tanstack/react-query';
import { classifyError, fetchJson, type RetryReason, retryDecision } from '../src/core';
import { retryPolicy } from '../src/query';
import { type ReauthFlowResult, runReauthFlow } from './reauthFlow';
import { headline, note, printTable } from './report';
import { type Reply, type ScriptedServer, startScriptedServer } from './scriptedServer';
import type { BenchSection } from './section';

type Policy = 'errorkit' | 'tanstack';
type FinalState = 'success' | 'error' | 'timeout';

/** Longest any one run may take before it is abandoned. */
const GUARD_MS = 20_000;

interface Expectation {
  requests: number;
  state: Exclude<FinalState, 'timeout'>;
  /** Time to the final state, in ms. */
  minMs: number;
  maxMs: number;
  /** errorkit only: the `retryDecision` reason for the final failure. */
  reason?: RetryReason;
  text: string;
}

interface Scenario {
  id: string;
  label: string;
  replies: readonly Reply[];
  /** A POST mutation instead of queries. */
  mutation?: boolean;
  /** Concurrent queries, each with its own key and query string on the scenario's path. */
  concurrency?: number;
  /**
   * errorkit runs the re-authentication flow: the first reply is the 401, and the server answers
   * 200 once the app has signed in.
   */
  reauth?: boolean;
  kit: Expectation;
  /** What TanStack's default is documented to do here: a check of the bench, not a target. */
  tanstack: Expectation;
}

interface RunResult {
  requests: number;
  elapsedMs: number;
  state: FinalState;
  reason?: RetryReason;
  early: number;
  /** The re-authentication figures, for a `reauth` scenario's errorkit run. */
  reauth?: ReauthFlowResult;
}

/** Targets of the re-authentication flow, beyond requests, state and time. */
const REAUTH_TARGET = { prompts: 1, appCalls: 1, flights: 1, refreshRequests: 1 } as const;

const LARAVEL_422 = {
  message: 'The given data was invalid.',
  errors: { email: ['The email field is required.'] },
};

/** TanStack's default over 3 retries: 1 s + 2 s + 4 s of waiting. */
const DEFAULT_GIVE_UP: Omit<Expectation, 'state'> = {
  requests: 4,
  minMs: 7_000,
  maxMs: 7_700,
  text: 'ref: 4 req, ~7 s',
};

const once = (reason: RetryReason): Expectation => ({
  requests: 1,
  state: 'error',
  minMs: 0,
  maxMs: 300,
  reason,
  text: '1 req, < 0.3 s',
});

const scenarios: readonly Scenario[] = [
  {
    id: '404',
    label: '404 Not Found',
    replies: [{ status: 404, body: { message: 'No such invoice.' } }],
    kit: once('not-retryable'),
    tanstack: { ...DEFAULT_GIVE_UP, state: 'error' },
  },
  {
    id: '422',
    label: '422 Laravel validation',
    replies: [{ status: 422, body: LARAVEL_422 }],
    kit: once('not-retryable'),
    tanstack: { ...DEFAULT_GIVE_UP, state: 'error' },
  },
  {
    id: '403',
    label: '403 Forbidden',
    replies: [{ status: 403, body: { message: 'Forbidden' } }],
    kit: once('not-retryable'),
    tanstack: { ...DEFAULT_GIVE_UP, state: 'error' },
  },
  {
    id: '429',
    label: '429 Retry-After: 3, then 200',
    replies: [
      { status: 429, headers: { 'retry-after': '3' }, body: { message: 'Too Many Attempts.' } },
      { status: 200, body: { id: 1 } },
    ],
    kit: {
      requests: 2,
      state: 'success',
      minMs: 3_000,
      maxMs: 3_600,
      text: '2 req, success 3.0–3.6 s',
    },
    tanstack: {
      requests: 2,
      state: 'success',
      minMs: 1_000,
      maxMs: 1_500,
      text: 'ref: 2 req, ~1 s',
    },
  },
  {
    id: '503',
    label: '503 Retry-After: 1 ×2, then 200',
    replies: [
      { status: 503, headers: { 'retry-after': '1' } },
      { status: 503, headers: { 'retry-after': '1' } },
      { status: 200, body: { id: 2 } },
    ],
    kit: {
      requests: 3,
      state: 'success',
      minMs: 2_000,
      maxMs: 2_700,
      text: '3 req, success 2.0–2.7 s',
    },
    tanstack: {
      requests: 3,
      state: 'success',
      minMs: 3_000,
      maxMs: 3_500,
      text: 'ref: 3 req, ~3 s',
    },
  },
  {
    id: 'post-502',
    label: 'POST answered 502',
    replies: [{ status: 502 }],
    mutation: true,
    kit: {
      requests: 1,
      state: 'error',
      minMs: 0,
      maxMs: 300,
      reason: 'not-idempotent',
      text: '1 req, manual retry offered',
    },
    tanstack: { ...DEFAULT_GIVE_UP, state: 'error' },
  },
  {
    id: '401x50',
    label: '401 ×50 concurrent, then sign-in',
    replies: [
      {
        status: 401,
        body: { status: 401, exception: { message: 'Token could not be located.', code: 1002 } },
      },
    ],
    concurrency: 50,
    reauth: true,
    kit: {
      requests: 100,
      state: 'success',
      minMs: 0,
      maxMs: 1_000,
      text: '1 prompt, 1 sign-in, 100 req, < 1 s',
    },
    tanstack: {
      requests: 200,
      state: 'error',
      minMs: 7_000,
      maxMs: 7_700,
      text: 'ref: 200 req, ~7 s',
    },
  },
];

function client(policy: Policy): QueryClient {
  return new QueryClient({
    defaultOptions:
      policy === 'errorkit'
        ? { queries: retryPolicy(), mutations: retryPolicy(undefined, { mutation: true }) }
        : { queries: { retry: 3 }, mutations: { retry: 3 } },
  });
}

/** Settles with the outcome of `work`, or `timeout` after {@link GUARD_MS}. */
async function guarded(work: Promise<unknown>): Promise<{ state: FinalState; error?: unknown }> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<{ state: FinalState }>((resolve) => {
    timer = setTimeout(() => resolve({ state: 'timeout' }), GUARD_MS);
  });
  try {
    return await Promise.race([
      work.then(
        () => ({ state: 'success' as const }),
        (error: unknown) => ({ state: 'error' as const, error }),
      ),
      timeout,
    ]);
  } finally {
    clearTimeout(timer);
  }
}

async function run(server: ScriptedServer, scenario: Scenario, policy: Policy): Promise<RunResult> {
  const path = `/${policy}/${scenario.id}`;
  const unauthorized = scenario.replies[0];
  if (scenario.reauth && policy === 'errorkit' && unauthorized) {
    const flow = await runReauthFlow(
      server,
      path,
      unauthorized,
      scenario.concurrency ?? 1,
      GUARD_MS,
    );
    const log = server.log(path);
    return {
      requests: flow.requests,
      elapsedMs: flow.elapsedMs,
      state: flow.state,
      early: log.early,
      reauth: flow,
    };
  }
  server.script(path, scenario.replies);
  const queryClient = client(policy);
  const started = performance.now();
  let work: Promise<unknown>;
  if (scenario.mutation) {
    const mutation = queryClient.getMutationCache().build(queryClient, {
      mutationFn: () =>
        fetchJson(`${server.base}${path}`, { method: 'POST', body: '{"amount":100}' }),
    });
    work = mutation.execute(undefined);
  } else {
    const count = scenario.concurrency ?? 1;
    const fetches = Array.from({ length: count }, (_, n) =>
      queryClient.fetchQuery({
        queryKey: [path, n],
        queryFn: () => fetchJson(`${server.base}${path}?n=${n}`),
      }),
    );
    // Final state: when every query has settled; success only if all succeeded.
    work = Promise.allSettled(fetches).then((results) => {
      const failed = results.find((r) => r.status === 'rejected');
      if (failed) throw failed.reason;
    });
  }
  const outcome = await guarded(work);
  const elapsedMs = performance.now() - started;
  await queryClient.cancelQueries();
  queryClient.clear();
  const log = server.log(path);
  const result: RunResult = {
    requests: log.times.length,
    elapsedMs,
    state: outcome.state,
    early: log.early,
  };
  if (outcome.state === 'error' && policy === 'errorkit') {
    // What the kit decides about the final failure: why no (further) automatic retry.
    const perQuery = log.times.length / (scenario.concurrency ?? 1);
    result.reason = retryDecision(classifyError(outcome.error), perQuery - 1, {
      mutation: scenario.mutation,
    }).reason;
  }
  return result;
}

function meetsReauth(flow: ReauthFlowResult, concurrency: number): boolean {
  return (
    flow.prompts === REAUTH_TARGET.prompts &&
    flow.appCalls === REAUTH_TARGET.appCalls &&
    flow.flights === REAUTH_TARGET.flights &&
    flow.refreshRequests === REAUTH_TARGET.refreshRequests &&
    flow.seen === concurrency &&
    flow.refetched === concurrency
  );
}

function meets(result: RunResult, expected: Expectation, scenario: Scenario): boolean {
  if (result.reauth && !meetsReauth(result.reauth, scenario.concurrency ?? 1)) return false;
  return (
    result.requests === expected.requests &&
    result.state === expected.state &&
    result.elapsedMs >= expected.minMs &&
    result.elapsedMs <= expected.maxMs &&
    (expected.reason === undefined || result.reason === expected.reason)
  );
}

const seconds = (ms: number) => (ms / 1000).toFixed(3);
const ratio = (a: number, b: number) => {
  if (!(b > 0)) return '-';
  const r = a / b;
  return `${r < 10 ? r.toFixed(1) : r.toFixed(0)}×`;
};

/** The re-authentication figures of one run, each against its target. */
function printReauth(scenario: Scenario, flow: ReauthFlowResult): void {
  const n = scenario.concurrency ?? 1;
  const verdict = (ok: boolean) => (ok ? 'ok' : 'MISS');
  const rows: string[][] = [
    [
      'prompts shown (idle → needs-auth)',
      String(flow.prompts),
      String(REAUTH_TARGET.prompts),
      verdict(flow.prompts === REAUTH_TARGET.prompts),
    ],
    [
      'failed queries the coordinator holds',
      String(flow.seen),
      String(n),
      verdict(flow.seen === n),
    ],
    [
      `app reauthenticate() calls (${n} callers)`,
      String(flow.appCalls),
      String(REAUTH_TARGET.appCalls),
      verdict(flow.appCalls === REAUTH_TARGET.appCalls),
    ],
    [
      'distinct promises the callers got',
      String(flow.flights),
      String(REAUTH_TARGET.flights),
      verdict(flow.flights === REAUTH_TARGET.flights),
    ],
    [
      'refresh requests',
      String(flow.refreshRequests),
      String(REAUTH_TARGET.refreshRequests),
      verdict(flow.refreshRequests === REAUTH_TARGET.refreshRequests),
    ],
    [
      'queries refetched with success',
      String(flow.refetched),
      String(n),
      verdict(flow.refetched === n),
    ],
    [
      'data requests (401s + refetches)',
      String(flow.requests),
      String(2 * n),
      verdict(flow.requests === 2 * n),
    ],
    ['time to final state (s)', seconds(flow.elapsedMs), '< 1.000', verdict(flow.elapsedMs < 1000)],
    ['coordinator states', flow.states.join(' → '), 'idle → needs-auth → pending → idle', ''],
  ];
  printTable(
    `Re-authentication, ${scenario.label}: errorkit createReauthCoordinator, headless`,
    [
      { title: 'measure' },
      { title: 'measured', align: 'right' },
      { title: 'target', align: 'right' },
      { title: 'verdict' },
    ],
    rows,
  );
}

export const retryScenarios: BenchSection = {
  id: 'retry-scenarios',
  title: 'Retry efficiency: errorkit retryPolicy() vs TanStack Query default',
  async run() {
    const server = await startScriptedServer();
    try {
      // Warm-up: the first fetch in a process pays for undici's setup; keep it out of the runs.
      server.script('/warm-up', [{ status: 204 }]);
      await fetchJson(`${server.base}/warm-up`);

      const kit: RunResult[] = [];
      for (const scenario of scenarios) kit.push(await run(server, scenario, 'errorkit'));
      const tanstack = await Promise.all(
        scenarios.map((scenario) => run(server, scenario, 'tanstack')),
      );

      const rows: string[][] = [];
      const early: string[] = [];
      scenarios.forEach((scenario, i) => {
        const k = kit[i];
        const t = tanstack[i];
        if (!k || !t) return;
        rows.push([
          scenario.label,
          'errorkit',
          String(k.requests),
          seconds(k.elapsedMs),
          k.reason ? `${k.state} (${k.reason})` : k.state,
          scenario.kit.text,
          meets(k, scenario.kit, scenario) ? 'ok' : 'MISS',
          '',
        ]);
        rows.push([
          '',
          'TanStack default',
          String(t.requests),
          seconds(t.elapsedMs),
          t.state,
          scenario.tanstack.text,
          meets(t, scenario.tanstack, scenario) ? 'as documented' : 'UNEXPECTED',
          `${ratio(t.requests, k.requests)} req, ${ratio(t.elapsedMs, k.elapsedMs)} time`,
        ]);
        for (const [policy, r] of [
          ['errorkit', k],
          ['TanStack default', t],
        ] as const) {
          if (r.early > 0) early.push(`${scenario.label}, ${policy}: ${r.early}`);
        }
      });

      printTable(
        'Retry scenarios: errorkit retryPolicy() vs TanStack default (retry: 3, 1/2/4 s), 127.0.0.1',
        [
          { title: 'scenario' },
          { title: 'policy' },
          { title: 'requests', align: 'right' },
          { title: 'time (s)', align: 'right' },
          { title: 'final state' },
          { title: 'target' },
          { title: 'verdict' },
          { title: 'default ÷ kit', align: 'right' },
        ],
        rows,
      );
      scenarios.forEach((scenario, i) => {
        const k = kit[i];
        const t = tanstack[i];
        if (!k || !t) return;
        headline(
          `Retry, ${scenario.label}: errorkit ${k.requests} req in ${seconds(k.elapsedMs)} s ` +
            `(${k.state}), TanStack default ${t.requests} req in ${seconds(t.elapsedMs)} s ` +
            `(${t.state}): default ÷ errorkit = ${ratio(t.requests, k.requests)} requests, ` +
            `${ratio(t.elapsedMs, k.elapsedMs)} time.`,
        );
      });
      scenarios.forEach((scenario, i) => {
        const flow = kit[i]?.reauth;
        if (flow) printReauth(scenario, flow);
      });
      note(
        'time: from the first call to the final state (401 row: errorkit, every refetch settled ' +
          'after the sign-in; TanStack, all 50 queries given up).',
      );
      note(
        '401 row: errorkit runs the re-auth flow (createReauthCoordinator over retryPolicy()); ' +
          'TanStack default has no sign-in, so its 200 requests all end in 401.',
      );
      note(
        "final state (reason): errorkit's retryDecision for the last failure; " +
          'not-idempotent = no automatic retry, the UI offers a manual one.',
      );
      note(
        'TanStack rows: retry: 3 set explicitly (in Node its query default is 0; mutations ' +
          "default to 0 everywhere); 'ref' is its documented behaviour, a check of the bench.",
      );
      note(
        "Requests sent before the server's Retry-After had passed: " +
          (early.length ? early.join('; ') : 'none') +
          '. The script answers by request count, not time: a real limiter would refuse those.',
      );
    } finally {
      await server.close();
    }
  },
};
