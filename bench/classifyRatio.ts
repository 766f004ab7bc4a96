/**
 * classifyError now against the core before the kit work, as a ratio measured in one process:
 * absolute timings vary up to 2× between processes on the bench machine, a ratio of two builds
 * timed side by side does not. Each round loads a fresh copy of both builds (the reference
 * first in even rounds, the current one first in odd rounds) and times every typical payload
 * in alternating batches of the two.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { clearLoads, freshLoad } from './freshLoad';
import { measurePair } from './pairedTiming';
import { typicalInputs } from './payloads';
import { referenceCore } from './referenceCore';
import { formatDuration, headline, note, printTable } from './report';
import type { BenchSection } from './section';
import { median } from './stats';

// A fixed clock, so HTTP-date maths is the same on every call and costs no clock read.
const NOW = Date.parse('2026-11-21T12:00:00Z');
const now = () => NOW;

const ROUNDS = 10;
/** Time each round spends running every payload through both copies before timing. */
const WARM_MS = 300;
/** The rule: the current core no slower than this on the typical payloads. */
const LIMIT = 1.1;

const times = (ratio: number) => `${ratio.toFixed(3)}×`;
const range = (values: number[]) =>
  `${Math.min(...values).toFixed(2)}–${Math.max(...values).toFixed(2)}×`;

export const classifyRatio: BenchSection = {
  id: 'classify-ratio',
  title: 'Classification speed against the previous core (ratio in one process)',
  async run() {
    const root = process.cwd();
    const currentDist = join(root, 'dist');
    if (!existsSync(join(currentDist, 'index.js'))) {
      note('Skipped: no dist/index.js to measure (`npm run bench` builds it).');
      return;
    }
    const started = performance.now();
    const reference = await referenceCore(root);
    if (typeof reference === 'string') {
      note(`Skipped: ${reference}.`);
      return;
    }
    const short = reference.commit.slice(0, 7);
    if (reference.built) {
      console.log(
        `Built reference core ${short} in ${((performance.now() - started) / 1000).toFixed(1)} s.`,
      );
    }
    clearLoads(root);
    const names: string[] = [];
    const kinds: string[] = [];
    const refNs: number[][] = [];
    const curNs: number[][] = [];
    for (let round = 0; round < ROUNDS; round++) {
      const order = round % 2 === 0 ? ['reference', 'current'] : ['current', 'reference'];
      const loaded: Record<string, Awaited<ReturnType<typeof freshLoad>>> = {};
      for (const which of order) {
        const dist = which === 'reference' ? reference.dist : currentDist;
        loaded[which] = await freshLoad(root, dist, `${which}-${round}`);
      }
      const ref = loaded.reference;
      const cur = loaded.current;
      if (!ref || !cur) throw new Error('a core did not load');
      const refInputs = typicalInputs(ref);
      const curInputs = typicalInputs(cur);
      // Every payload through both copies first, so each is optimised on the feedback of all
      // payloads (as in an app), not on the first payload timed.
      const warmEnd = performance.now() + WARM_MS;
      while (performance.now() < warmEnd) {
        for (const { input } of refInputs) ref.classifyError(input, { now });
        for (const { input } of curInputs) cur.classifyError(input, { now });
      }
      curInputs.forEach(({ name, input }, i) => {
        const refInput = refInputs[i]?.input;
        const classifyRef = ref.classifyError;
        const classifyCur = cur.classifyError;
        if (round === 0) {
          names.push(name);
          const kind = classifyCur(input, { now }).kind;
          const refKind = classifyRef(refInput, { now }).kind;
          kinds.push(kind === refKind ? kind : `${kind} (was ${refKind})`);
          refNs.push([]);
          curNs.push([]);
        }
        const timing = measurePair(
          () => classifyRef(refInput, { now }),
          () => classifyCur(input, { now }),
          { warmupMs: 50 },
        );
        refNs[i]?.push(timing.a);
        curNs[i]?.push(timing.b);
      });
    }
    clearLoads(root);
    const roundRatios = (i: number) => (curNs[i] ?? []).map((ns, r) => ns / (refNs[i]?.[r] ?? ns));
    const rows = names.map((name, i) => {
      const ratios = roundRatios(i);
      const ratio = median(ratios);
      return [
        name,
        kinds[i] ?? '',
        formatDuration(median(refNs[i] ?? [])),
        formatDuration(median(curNs[i] ?? [])),
        times(ratio),
        range(ratios),
        // The rule reads the total: one payload's ratio wanders a few percent either way.
        '',
      ];
    });
    // The total: time for one call of every payload, now against before, per round.
    const sum = (per: number[][], r: number) => per.reduce((total, ns) => total + (ns[r] ?? 0), 0);
    const totals = Array.from({ length: ROUNDS }, (_, r) => sum(curNs, r) / sum(refNs, r));
    const total = median(totals);
    const verdict = total > LIMIT ? 'OVER' : 'ok';
    rows.push([
      'all typical payloads (sum of one call each)',
      '',
      formatDuration(median(Array.from({ length: ROUNDS }, (_, r) => sum(refNs, r)))),
      formatDuration(median(Array.from({ length: ROUNDS }, (_, r) => sum(curNs, r)))),
      times(total),
      range(totals),
      verdict,
    ]);
    printTable(
      `classifyError: current dist against ${short} (median of ${ROUNDS} rounds; ratio = current ÷ reference, limit ${LIMIT}×)`,
      [
        { title: 'payload' },
        { title: 'kind' },
        { title: `${short} median`, align: 'right' },
        { title: 'current median', align: 'right' },
        { title: 'ratio', align: 'right' },
        { title: 'round ratios min–max', align: 'right' },
        { title: `total vs ${LIMIT}×` },
      ],
      rows,
    );
    note(
      `Reference: ${reference.commit} (EK_BENCH_REFERENCE overrides it), built into ` +
        `node_modules/.cache/errorkit-bench/. One process; each of the ${ROUNDS} rounds loads a ` +
        'fresh copy of both bundles, the reference first in even rounds and the current one first ' +
        `in odd rounds, runs every payload through both for ${WARM_MS} ms, then times each ` +
        'payload in 50 pairs of ~2 ms batches whose order ' +
        'alternates. A ratio is the median of the per-round ratios (the two builds side by side); ' +
        "the median columns are each build's own median over the rounds, whose absolute speed " +
        'varies from round to round, so they need not divide to the ratio. Fixed clock (`now`).',
    );
    note(
      `Verdict: the current core takes ${times(total)} the time of ${short} on the typical ` +
        `payloads: ${verdict === 'ok' ? 'within' : 'OVER'} the ${LIMIT}× limit.`,
    );
    headline(
      `classifyError against the core at ${short}, typical payloads, one process: ` +
        `${times(total)} in total (per payload ${range(rows.slice(0, -1).map((_, i) => median(roundRatios(i))))}; limit ${LIMIT}×).`,
    );
  },
};
