/**
 * Time to first feedback per error kind: how long after a query starts the UI has something to
 * show the user. A real server on 127.0.0.1 answers every attempt with the same failure (or
 * hangs, or is not there), requests go through `fetchJson`, and each run has its own
 * `QueryClient`: errorkit's `retryPolicy()` or TanStack's default `retry: 3` (1 s, 2 s, 4 s).
 *
 * A `QueryObserver` (what `useQuery` subscribes to) records, from `subscribe`:
 * - first failure: the first notification with `failureReason` set. errorkit's `useRetryState`
 *   reads `failureReason`, so `ErrorDisplay` / `RetryBanner` show the classified failure (and
 *   the countdown to the retry) from this moment, retrying or not.
 * - error: the first notification with `status: 'error'`, when `error` is set: what a UI built on
 *   `if (error)` shows, after the retries are spent.
 * Both are recorded for both policies; the table says which one each policy's UI shows.
 */

import { createServer } from 'node:net';
import { QueryClient, QueryObserver } from '@tanstack/react-query';
import { classifyError, fetchJson, retryDecision } from '../src/core';
import { retryPolicy } from '../src/query';
import { headline, note, printTable } from './report';
import { type Reply, startScriptedServer } from './scriptedServer';
import type { BenchSection } from './section';
import { spread } from './stats';

type Policy = 'errorkit' | 'default';

/** Rounds; each runs every kind under both policies at once. */
const ROUNDS = 3;
const GUARD_MS = 20_000;
/** The client's timeout for the `timeout` kind, against a server that never answers. */
const TIMEOUT_MS = 500;
/** Gap between the starts of the runs of one round. */
const STAGGER_MS = 40;

const sleep = (delay: number) => new Promise((resolve) => setTimeout(resolve, delay));

interface Kind {
  id: string;
  /** What the server does, for the table. */
  reply: string;
  replies?: readonly Reply[];
  /** Client side: `timeout` aborts after {@link TIMEOUT_MS}; `network` targets a closed port. */
  client?: 'timeout' | 'network';
}

const kinds: readonly Kind[] = [
  {
    id: 'validation',
    reply: '422 Laravel errors',
    replies: [
      {
        status: 422,
        body: {
          message: 'The given data was invalid.',
          errors: { email: ['The email field is required.'] },
        },
      },
    ],
  },
  {
    id: 'unauthenticated',
    reply: '401',
    replies: [{ status: 401, body: { message: 'Unauthenticated.' } }],
  },
  { id: 'forbidden', reply: '403', replies: [{ status: 403, body: { message: 'Forbidden' } }] },
  {
    id: 'not-found',
    reply: '404',
    replies: [{ status: 404, body: { message: 'No such invoice.' } }],
  },
  {
    id: 'conflict',
    reply: '409',
    replies: [{ status: 409, body: { message: 'The invoice was changed meanwhile.' } }],
  },
  {
    id: 'rate-limited',
    reply: '429 Retry-After: 2',
    replies: [
      { status: 429, headers: { 'retry-after': '2' }, body: { message: 'Too Many Attempts.' } },
    ],
  },
  { id: 'unavailable', reply: '503', replies: [{ status: 503 }] },
  {
    id: 'server',
    reply: '500',
    replies: [{ status: 500, body: { message: 'Server Error' } }],
  },
  {
    id: 'timeout',
    reply: `no answer; client aborts at ${TIMEOUT_MS} ms`,
    replies: [{ status: 200, hang: true }],
    client: 'timeout',
  },
  { id: 'network', reply: 'closed port (ECONNREFUSED)', client: 'network' },
];

interface Observation {
  /** ms from subscribe to the first notification with `failureReason`. */
  firstFailureMs: number;
  /** ms from subscribe to `status: 'error'` (`error` set); NaN past the guard. */
  errorMs: number;
  requests: number;
  /** What `classifyError` makes of the first failure. */
  kind: string;
  /** Whether the policy retries after the first failure. */
  retries: boolean;
}

/** A port on 127.0.0.1 with nothing listening. */
async function closedPort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const address = probe.address();
  const port = typeof address === 'object' && address ? address.port : 9;
  await new Promise<void>((resolve) => probe.close(() => resolve()));
  return port;
}

function observe(policy: Policy, url: string, kind: Kind): Promise<Observation> {
  // Every call of the query function is one request (or one attempt at a closed port).
  let requests = 0;
  const queryClient = new QueryClient({
    defaultOptions: { queries: policy === 'errorkit' ? retryPolicy() : { retry: 3 } },
  });
  const observer = new QueryObserver(queryClient, {
    queryKey: [url],
    queryFn: () => {
      requests += 1;
      return fetchJson(
        url,
        kind.client === 'timeout' ? { signal: AbortSignal.timeout(TIMEOUT_MS) } : undefined,
      );
    },
    notifyOnChangeProps: 'all',
  });
  return new Promise<Observation>((resolve) => {
    let firstFailureMs = Number.NaN;
    let first: unknown;
    let done = false;
    let unsubscribe = () => {};
    const finish = (errorMs: number) => {
      if (done) return;
      done = true;
      clearTimeout(guard);
      unsubscribe();
      void queryClient.cancelQueries().then(() => queryClient.clear());
      const classified = classifyError(first);
      resolve({
        firstFailureMs,
        errorMs,
        requests,
        kind: first === undefined ? '-' : classified.kind,
        // TanStack's default retries every failure; errorkit decides per failure.
        retries: policy === 'default' || retryDecision(classified, 0).retry,
      });
    };
    const guard = setTimeout(() => finish(Number.NaN), GUARD_MS);
    const started = performance.now();
    unsubscribe = observer.subscribe((result) => {
      const at = performance.now() - started;
      if (result.failureReason != null && Number.isNaN(firstFailureMs)) {
        firstFailureMs = at;
        first = result.failureReason;
      }
      if (result.status === 'error') finish(at);
    });
  });
}

const ms = (value: number) => (Number.isFinite(value) ? `${value.toFixed(1)} ms` : '-');
const s = (value: number) => (Number.isFinite(value) ? `${(value / 1000).toFixed(3)} s` : '-');
const range = (lo: number, hi: number, unit: (v: number) => string) =>
  `${unit(lo)}–${unit(hi)}`.replace(/ (ms|s)–/, '–');

export const firstFeedback: BenchSection = {
  id: 'first-feedback',
  title: 'Time to first feedback per error kind',
  async run() {
    const server = await startScriptedServer();
    const deadPort = await closedPort();
    try {
      server.script('/warm-up', [{ status: 204 }]);
      await fetchJson(`${server.base}/warm-up`);

      const results = new Map<string, Observation[]>();
      for (let round = 0; round < ROUNDS; round++) {
        const runs = kinds.flatMap((kind, k) =>
          (['errorkit', 'default'] as const).map(async (policy, p) => {
            // Staggered starts, so no two first requests contend for the event loop.
            await sleep((2 * k + p) * STAGGER_MS);
            const path = `/${policy}/${kind.id}/${round}`;
            if (kind.replies) server.script(path, kind.replies);
            const url =
              kind.client === 'network'
                ? `http://127.0.0.1:${deadPort}${path}`
                : `${server.base}${path}`;
            const observation = await observe(policy, url, kind);
            const key = `${kind.id}/${policy}`;
            results.set(key, [...(results.get(key) ?? []), observation]);
          }),
        );
        await Promise.all(runs);
      }

      const rows: string[][] = [];
      const kitFirst = new Map<string, number>();
      const defaultError: number[] = [];
      for (const kind of kinds) {
        const kit = results.get(`${kind.id}/errorkit`) ?? [];
        const base = results.get(`${kind.id}/default`) ?? [];
        const kitFirstMs = spread(kit.map((o) => o.firstFailureMs));
        const kitErrorMs = spread(kit.map((o) => o.errorMs));
        const baseFirstMs = spread(base.map((o) => o.firstFailureMs));
        const baseErrorMs = spread(base.map((o) => o.errorMs));
        kitFirst.set(kind.id, kitFirstMs.median);
        defaultError.push(baseErrorMs.median);
        const sample = kit[0];
        rows.push([
          kind.id,
          kind.reply,
          sample ? `${sample.kind}${sample.retries ? ', retrying' : ', final'}` : '-',
          ms(kitFirstMs.median),
          range(kitFirstMs.min, kitFirstMs.max, ms),
          s(kitErrorMs.median),
          String(sample?.requests ?? '-'),
          ms(baseFirstMs.median),
          s(baseErrorMs.median),
          range(baseErrorMs.min, baseErrorMs.max, s),
          String(base[0]?.requests ?? '-'),
          `${Math.round(baseErrorMs.median / kitFirstMs.median).toLocaleString('en-US')}×`,
        ]);
      }
      printTable(
        `Time to first feedback: errorkit retryPolicy() + useRetryState vs TanStack default (retry: 3) showing \`error\`; median of ${ROUNDS} rounds, 127.0.0.1`,
        [
          { title: 'kind' },
          { title: 'server' },
          { title: 'errorkit shows first' },
          { title: 'ek first feedback', align: 'right' },
          { title: 'min–max', align: 'right' },
          { title: 'ek `error` set', align: 'right' },
          { title: 'ek req', align: 'right' },
          { title: 'default failureReason', align: 'right' },
          { title: 'default `error` set', align: 'right' },
          { title: 'min–max', align: 'right' },
          { title: 'default req', align: 'right' },
          { title: 'default `error` ÷ ek first', align: 'right' },
        ],
        rows,
      );
      note(
        'Measured with a `QueryObserver` (what `useQuery` subscribes to), from `subscribe` to the ' +
          'notification. errorkit first feedback: the first failure is in `failureReason`, which ' +
          "`useRetryState` classifies, so `ErrorDisplay` / `RetryBanner` show it at once ('retrying' " +
          "= with the countdown to the next attempt; 'final' = no retry, `error` is set at the same " +
          'time). TanStack default: a UI that renders `error` shows nothing until all 3 retries ' +
          '(1 s + 2 s + 4 s of waiting) have failed, for every kind, including 4xx that cannot succeed.',
      );
      note(
        'Honest caveat: TanStack sets `failureReason` after the first failure under its default ' +
          "too ('default failureReason' column); an app that renders it itself gets the same first " +
          "moment, but unclassified and without the schedule. 'ek `error` set' is when errorkit's " +
          'retries end (jittered backoff for 500/503/timeout/network, exactly Retry-After for 429). ' +
          `Requests (query function calls) are from round 1. The ${ROUNDS} ` +
          `rounds run one after another; within a round the 20 runs (10 kinds × 2 policies) start ${STAGGER_MS} ms ` +
          'apart and then overlap while they wait between retries.',
      );
      const finite = (values: number[]) => values.filter((v) => Number.isFinite(v));
      const kitMax = Math.max(
        ...finite([...kitFirst].filter(([id]) => id !== 'timeout').map(([, v]) => v)),
      );
      const defaultMin = Math.min(...finite(defaultError));
      const defaultMax = Math.max(...finite(defaultError));
      headline(
        `First feedback: errorkit shows the classified failure within ${ms(kitMax)} (slowest kind's ` +
          `median; timeout kind ${ms(kitFirst.get('timeout') ?? Number.NaN)}, of which ${TIMEOUT_MS} ms ` +
          `is the client's timeout); TanStack's default sets \`error\` after ` +
          `${s(defaultMin)}–${s(defaultMax)} for every kind.`,
      );
    } finally {
      await server.close();
    }
  },
};
