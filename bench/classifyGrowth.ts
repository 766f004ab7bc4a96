import { CLASSIFY_RUNS } from './classifyTypical';
import { jsonTextMiB, MiB, manyFields, plainTextMiB } from './payloads';
import { formatDuration, formatRange, headline, note, printTable } from './report';
import type { BenchSection } from './section';
import { spread } from './stats';
import { measure, type Timing } from './timing';

// A fixed clock, so HTTP-date maths is the same on every call and costs no clock read.
const NOW = Date.parse('2026-11-21T12:00:00Z');
const now = () => NOW;

/** Target for a 10,000-field payload, in nanoseconds. */
const TARGET_10K_NS = 20e6;

interface GrowthCase {
  name: string;
  input: unknown;
  /** How many units the payload holds, and what a unit is, for the per-unit column. */
  units: number;
  unit: 'field' | 'KiB';
  targetNs?: number;
}

export const classifyGrowth: BenchSection = {
  id: 'classify-growth',
  title: 'Classification growth: many fields, large bodies',
  run({ core }) {
    const { classifyError } = core;
    const cases: GrowthCase[] = [
      { name: '10 field errors', input: manyFields(core, 10), units: 10, unit: 'field' },
      { name: '1,000 field errors', input: manyFields(core, 1_000), units: 1_000, unit: 'field' },
      {
        name: '10,000 field errors',
        input: manyFields(core, 10_000),
        units: 10_000,
        unit: 'field',
        targetNs: TARGET_10K_NS,
      },
      { name: '1 MiB plain-text body', input: plainTextMiB(core), units: MiB / 1024, unit: 'KiB' },
      {
        name: '1 MiB JSON body as text (parsed)',
        input: jsonTextMiB(core),
        units: MiB / 1024,
        unit: 'KiB',
      },
    ];
    const timings: Timing[][] = cases.map(() => []);
    for (let run = 0; run < CLASSIFY_RUNS; run++) {
      cases.forEach(({ input }, i) => {
        timings[i]?.push(
          measure(() => classifyError(input, { now }), {
            warmupMs: run === 0 ? 300 : 100,
            samples: 60,
            budgetMs: 1500,
          }),
        );
      });
    }
    const rows = cases.map(({ name, input, units, unit, targetNs }, i) => {
      const runs = timings[i] ?? [];
      const medians = spread(runs.map((t) => t.median));
      const result = classifyError(input, { now });
      const fields = Object.keys(result.fieldErrors).length;
      if (targetNs !== undefined) {
        headline(
          `classifyError, ${name}: ${(medians.median / 1e6).toFixed(2)} ms median ` +
            `(${formatDuration(medians.median / units)}/${unit}; target < ${formatDuration(targetNs)}` +
            `${medians.median > targetNs ? ', OVER' : ''}).`,
        );
      }
      return [
        name,
        result.kind,
        String(fields),
        `${(medians.median / 1e6).toFixed(3)} ms`,
        formatRange(medians.min, medians.max),
        formatRange(Math.min(...runs.map((t) => t.p10)), Math.max(...runs.map((t) => t.p90))),
        `${formatDuration(medians.median / units)}/${unit}`,
        targetNs === undefined ? '' : `< ${formatDuration(targetNs)}`,
        targetNs === undefined ? '' : medians.median > targetNs ? 'OVER' : 'ok',
        String(runs.reduce((sum, t) => sum + t.samples, 0)),
      ];
    });
    printTable(
      `classifyError: growth (median of ${CLASSIFY_RUNS} run medians per call; per-unit cost shows whether growth is linear)`,
      [
        { title: 'payload' },
        { title: 'kind' },
        { title: 'fields out', align: 'right' },
        { title: 'median', align: 'right' },
        { title: 'run medians min–max', align: 'right' },
        { title: 'p10–p90 (all runs)', align: 'right' },
        { title: 'per unit', align: 'right' },
        { title: 'target', align: 'right' },
        { title: 'vs target' },
        { title: 'samples', align: 'right' },
      ],
      rows,
    );
    note(
      `${CLASSIFY_RUNS} runs per payload, each up to 60 samples; per unit = median ÷ fields or KiB. ` +
        'Bodies over 1 MiB are cut by `readHttpError` before they reach `classifyError`.',
    );
  },
};
