/**
 * The data-layer adapters against each library's defaults, on the same scripted HTTP server on
 * 127.0.0.1: RTK Query (`errorkitBaseQuery` vs plain `fetchBaseQuery`, which never retries, and
 * RTK's `retry()` with its defaults), SWR (`swrConfig(kit)` vs SWR's own `onErrorRetry`) and
 * Apollo Client (`retryLink(kit)` vs no retry link and `RetryLink` with its defaults). Each run
 * renders a real page (React DOM on jsdom) whose queries report when they reach their final state.
 *
 * The "401 ×50" errorkit run is the whole re-authentication flow through the adapter's provider:
 * 50 queries fail 401, the page's shared sign-in is asked by all 50 at once, the app's
 * `reauthenticate()` makes the server answer 200, and every query comes back with data. The
 * libraries' defaults have no sign-in of their own.
 *
 * errorkit runs go one after another; the default runs, which wait seconds, all at once. Every
 * run has its own path on the server and a guard of 30 s (SWR's default retries for ever).
 */
import { fetchJson } from '../src/core';
import { errorKit } from '../src/kit';
import { apollo } from './adapters/apollo';
import { rtkQuery } from './adapters/rtkQuery';
import { type PageRun, runPage } from './adapters/runPage';
import { swr } from './adapters/swr';
import type { AdapterUnderTest } from './adapters/types';
import { installDom } from './dom';
import { headline, note, printTable } from './report';
import { type Reply, type ScriptedServer, startScriptedServer } from './scriptedServer';
import type { BenchSection } from './section';

const GUARD_MS = 30_000;
const CONCURRENT_401 = 50;

interface Scenario {
  id: string;
  label: string;
  replies: readonly Reply[];
  post?: boolean;
  reauth?: boolean;
}

const scenarios: readonly Scenario[] = [
  { id: '404', label: '404', replies: [{ status: 404, body: { message: 'No such invoice.' } }] },
  {
    id: '422',
    label: '422',
    replies: [{ status: 422, body: { errors: { email: ['The email field is required.'] } } }],
  },
  { id: '403', label: '403', replies: [{ status: 403, body: { message: 'Forbidden' } }] },
  {
    id: '429',
    label: '429 Retry-After: 3, then 200',
    replies: [
      { status: 429, headers: { 'retry-after': '3' } },
      { status: 200, body: { id: 1 } },
    ],
  },
  {
    id: '503',
    label: '503 Retry-After: 1 ×2, then 200',
    replies: [
      { status: 503, headers: { 'retry-after': '1' } },
      { status: 503, headers: { 'retry-after': '1' } },
      { status: 200, body: { id: 2 } },
    ],
  },
  { id: 'post-502', label: 'POST answered 502', replies: [{ status: 502 }], post: true },
  {
    id: '401x50',
    label: '401 ×50, then sign-in',
    replies: [{ status: 401, body: { message: 'Unauthenticated.' } }],
    reauth: true,
  },
];

interface Result extends PageRun {
  requests: number;
  early: number;
  signIns: number;
}

async function run(
  server: ScriptedServer,
  adapter: AdapterUnderTest,
  policy: string,
  scenario: Scenario,
): Promise<Result> {
  const path = `/${adapter.library.split(' ')[0]}/${policy.replace(/\W+/g, '-')}/${scenario.id}`;
  const url = `${server.base}${path}`;
  const answer = (reply: Reply): Reply =>
    reply.status === 200 ? { ...reply, body: adapter.ok(reply.body) } : reply;
  server.script(path, scenario.replies.map(answer));
  let signIns = 0;
  const kit = errorKit({
    reauthenticate: async () => {
      signIns += 1;
      server.script(path, [answer({ status: 200, body: { ok: true } })]);
    },
  });
  let page: PageRun;
  if (scenario.post) {
    const started = performance.now();
    const outcome = await adapter.post(policy, kit, url).then(
      (value) => ((value as { error?: unknown })?.error ? 'error' : 'success'),
      () => 'error' as const,
    );
    page = { state: outcome, elapsedMs: performance.now() - started, prompts: 0, flights: 0 };
  } else {
    const count = scenario.reauth ? CONCURRENT_401 : 1;
    page = await runPage((props) => adapter.page(policy, { ...props, kit }), {
      count,
      urls: Array.from({ length: count }, (_, n) => `${url}?n=${n}`),
      guardMs: GUARD_MS,
      endless: !adapter.settles(policy),
      signIn: scenario.reauth === true && policy === 'errorkit',
    });
  }
  const log = server.log(path);
  return { ...page, requests: log.times.length, early: log.early, signIns };
}

const seconds = (ms: number) => (ms / 1000).toFixed(3);
const ratio = (a: number, b: number) => {
  if (!(b > 0)) return '-';
  const r = a / b;
  return `${r < 10 ? r.toFixed(1) : r.toFixed(0)}×`;
};

async function benchAdapter(server: ScriptedServer, adapter: AdapterUnderTest): Promise<void> {
  const [errorkit = 'errorkit', ...defaults] = adapter.policies;
  const kit: Result[] = [];
  for (const scenario of scenarios) kit.push(await run(server, adapter, errorkit, scenario));
  const others = await Promise.all(
    defaults.map((policy) =>
      Promise.all(scenarios.map((scenario) => run(server, adapter, policy, scenario))),
    ),
  );
  const rows: string[][] = [];
  scenarios.forEach((scenario, i) => {
    const k = kit[i];
    if (!k) return;
    const row = (policy: string, r: Result, versus: string) => [
      policy === errorkit ? scenario.label : '',
      policy,
      String(r.requests),
      String(r.early),
      seconds(r.elapsedMs),
      r.state,
      scenario.reauth ? String(r.prompts) : '-',
      scenario.reauth ? String(r.signIns) : '-',
      versus,
    ];
    rows.push(row(errorkit, k, ''));
    defaults.forEach((policy, d) => {
      const r = others[d]?.[i];
      if (!r) return;
      rows.push(
        row(
          policy,
          r,
          `${ratio(r.requests, k.requests)} req, ${ratio(r.elapsedMs, k.elapsedMs)} time`,
        ),
      );
      headline(
        `${adapter.library}, ${scenario.label}: errorkit ${k.requests} req (${k.early} early) in ` +
          `${seconds(k.elapsedMs)} s (${k.state}); ${policy} ${r.requests} req (${r.early} early) ` +
          `in ${seconds(r.elapsedMs)} s (${r.state}).`,
      );
    });
  });
  printTable(
    `${adapter.library}: errorkit vs the library's defaults, 127.0.0.1`,
    [
      { title: 'scenario' },
      { title: 'policy' },
      { title: 'requests', align: 'right' },
      { title: 'early', align: 'right' },
      { title: 'time (s)', align: 'right' },
      { title: 'final state' },
      { title: 'prompts', align: 'right' },
      { title: 'sign-ins', align: 'right' },
      { title: 'default ÷ errorkit', align: 'right' },
    ],
    rows,
  );
}

export const adapterScenarios: BenchSection = {
  id: 'adapter-scenarios',
  title: 'Data layers: errorkit/rtk-query, errorkit/swr, errorkit/apollo vs each library default',
  async run() {
    const removeDom = await installDom();
    // The pages run on real timers and real requests, outside `act`.
    (globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = false;
    const server = await startScriptedServer();
    try {
      server.script('/warm-up', [{ status: 204 }]);
      await fetchJson(`${server.base}/warm-up`);
      for (const adapter of [rtkQuery, swr, apollo]) await benchAdapter(server, adapter);
      note(
        "early: requests that reached the server before an earlier reply's Retry-After had " +
          'passed. time: from the first render to the final state (401 row: every query back ' +
          'with data after the sign-in; a default: every query given up). timeout: still ' +
          `retrying at the ${GUARD_MS / 1000} s guard (SWR's default has no retry limit).`,
      );
      note(
        'prompts: times the shared sign-in asked (idle → needs-auth); sign-ins: calls of the ' +
          `app's reauthenticate() when all ${CONCURRENT_401} queries asked for it at once. The ` +
          'defaults have no sign-in: their 401s end as errors.',
      );
      note(
        'SWR: POST goes through useSWRMutation, which never retries under either policy; ' +
          'Apollo sends queries as POST too, so errorkit retries them as queries and never ' +
          'retries a mutation without an Idempotency-Key.',
      );
    } finally {
      await server.close();
      // React's scheduler finishes the last unmount on its own timer, which needs the page.
      await new Promise((resolve) => setTimeout(resolve, 200));
      removeDom();
    }
  },
};
