import { jsonTextMiB, MiB, manyFields, plainTextMiB } from './payloads';
import { formatDuration, formatRange, printTable } from './report';
import type { BenchSection } from './section';
import { measure } from './timing';

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
    const rows = cases.map(({ name, input, units, unit, targetNs }) => {
      const t = measure(() => classifyError(input, { now }), { warmupMs: 300, samples: 100 });
      const result = classifyError(input, { now });
      const fields = Object.keys(result.fieldErrors).length;
      return [
        name,
        result.kind,
        String(fields),
        `${(t.median / 1e6).toFixed(3)} ms`,
        formatRange(t.p10, t.p90),
        `${formatDuration(t.median / units)}/${unit}`,
        targetNs === undefined ? '' : `< ${formatDuration(targetNs)}`,
        targetNs === undefined ? '' : t.median > targetNs ? 'OVER' : 'ok',
        String(t.samples),
      ];
    });
    printTable(
      'classifyError: growth (median per call; per-unit cost shows whether growth is linear)',
      [
        { title: 'payload' },
        { title: 'kind' },
        { title: 'fields out', align: 'right' },
        { title: 'median', align: 'right' },
        { title: 'p10–p90', align: 'right' },
        { title: 'per unit', align: 'right' },
        { title: 'target', align: 'right' },
        { title: 'vs target' },
        { title: 'samples', align: 'right' },
      ],
      rows,
    );
  },
};
