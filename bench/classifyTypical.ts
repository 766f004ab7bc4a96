import { typicalInputs } from './payloads';
import { formatCount, formatDuration, formatRange, headline, note, printTable } from './report';
import type { BenchSection } from './section';
import { spread } from './stats';
import { measure, type Timing } from './timing';

// A fixed clock, so HTTP-date maths is the same on every call and costs no clock read.
const NOW = Date.parse('2026-11-21T12:00:00Z');
const now = () => NOW;

/** Target for one typical classification, in nanoseconds. */
const TARGET_NS = 2_500;

/** Independent runs over every payload; each run takes its own median. */
export const CLASSIFY_RUNS = 3;

export const classifyTypical: BenchSection = {
  id: 'classify-typical',
  title: 'Classification throughput: typical payloads',
  run({ core }) {
    const { classifyError } = core;
    const inputs = typicalInputs(core);
    // Run r measures every payload once, so a slow patch of the machine hits all payloads alike.
    const timings: Timing[][] = inputs.map(() => []);
    for (let run = 0; run < CLASSIFY_RUNS; run++) {
      inputs.forEach(({ input }, i) => {
        timings[i]?.push(
          measure(() => classifyError(input, { now }), { warmupMs: run === 0 ? 250 : 100 }),
        );
      });
    }
    let slowest = 0;
    const rows = inputs.map(({ name, input }, i) => {
      const runs = timings[i] ?? [];
      const medians = spread(runs.map((t) => t.median));
      slowest = Math.max(slowest, medians.median);
      const kind = classifyError(input, { now }).kind;
      return [
        name,
        kind,
        formatDuration(medians.median),
        formatRange(medians.min, medians.max),
        formatRange(Math.min(...runs.map((t) => t.p10)), Math.max(...runs.map((t) => t.p90))),
        formatCount(1e9 / medians.median),
        formatDuration(TARGET_NS),
        medians.median > TARGET_NS ? 'OVER' : 'ok',
      ];
    });
    printTable(
      `classifyError: typical payloads (median of ${CLASSIFY_RUNS} run medians per call, target < 2.5 µs)`,
      [
        { title: 'payload' },
        { title: 'kind' },
        { title: 'median', align: 'right' },
        { title: 'run medians min–max', align: 'right' },
        { title: 'p10–p90 (all runs)', align: 'right' },
        { title: 'calls/s', align: 'right' },
        { title: 'target', align: 'right' },
        { title: 'vs target' },
      ],
      rows,
    );
    note(
      `Each run calibrates a batch (~2 ms), warms up, then times up to 200 batches and takes the ` +
        `median per call; the table gives the median of the ${CLASSIFY_RUNS} run medians, their ` +
        'min–max, and the widest p10–p90 seen in any run. Fixed clock (`now` option).',
    );
    headline(
      `classifyError on typical payloads: slowest median ${formatDuration(slowest)} per call ` +
        `(target < ${formatDuration(TARGET_NS)}), ${formatCount(1e9 / slowest)} calls/s or more.`,
    );
  },
};
