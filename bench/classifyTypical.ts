import { typicalInputs } from './payloads';
import { formatCount, formatDuration, formatRange, printTable } from './report';
import type { BenchSection } from './section';
import { measure } from './timing';

// A fixed clock, so HTTP-date maths is the same on every call and costs no clock read.
const NOW = Date.parse('2026-11-21T12:00:00Z');
const now = () => NOW;

/** Target for one typical classification, in nanoseconds. */
const TARGET_NS = 2_000;

export const classifyTypical: BenchSection = {
  id: 'classify-typical',
  run({ core }) {
    const { classifyError } = core;
    const rows = typicalInputs(core).map(({ name, input }) => {
      const t = measure(() => classifyError(input, { now }));
      const kind = classifyError(input, { now }).kind;
      return [
        name,
        kind,
        formatDuration(t.median),
        formatRange(t.p10, t.p90),
        formatCount(1e9 / t.median),
        formatDuration(TARGET_NS),
        t.median > TARGET_NS ? 'OVER' : 'ok',
      ];
    });
    printTable(
      'classifyError: typical payloads (median per call, target < 2 µs)',
      [
        { title: 'payload' },
        { title: 'kind' },
        { title: 'median', align: 'right' },
        { title: 'p10–p90', align: 'right' },
        { title: 'calls/s', align: 'right' },
        { title: 'target', align: 'right' },
        { title: 'vs target' },
      ],
      rows,
    );
  },
};
