/**
 * Times two functions against each other in one process: one batch size for both, warm-up of
 * both, then batches in pairs whose order alternates (A B, B A, ...), so a slow moment of the
 * machine or a drift in clock speed hits both alike.
 */

export interface PairOptions {
  /** Time spent calling both before any sample is kept, in ms. @default 150 */
  warmupMs?: number;
  /** Target duration of one batch of A, in ms. @default 2 */
  sampleMs?: number;
  /** Pairs of batches to time. @default 50 */
  pairs?: number;
}

/** Median time per call of A and of B, in nanoseconds. */
export interface PairTiming {
  a: number;
  b: number;
}

// Results are kept here so the engine cannot drop the calls being measured.
const kept: { last?: unknown } = {};

function runBatch(fn: () => unknown, batch: number): number {
  const start = process.hrtime.bigint();
  for (let i = 0; i < batch; i++) kept.last = fn();
  return Number(process.hrtime.bigint() - start);
}

function median(values: number[]): number {
  const sorted = values.sort((x, y) => x - y);
  const mid = sorted.length >> 1;
  return sorted.length % 2
    ? (sorted[mid] ?? Number.NaN)
    : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

export function measurePair(
  a: () => unknown,
  b: () => unknown,
  options: PairOptions = {},
): PairTiming {
  const { warmupMs = 150, sampleMs = 2, pairs = 50 } = options;
  let batch = 1;
  while (batch < 1 << 24 && runBatch(a, batch) < sampleMs * 1e6) batch *= 2;
  const warmupEnd = performance.now() + warmupMs;
  while (performance.now() < warmupEnd) {
    runBatch(a, batch);
    runBatch(b, batch);
  }
  const timesA: number[] = [];
  const timesB: number[] = [];
  for (let pair = 0; pair < pairs; pair++) {
    if (pair % 2 === 0) {
      timesA.push(runBatch(a, batch) / batch);
      timesB.push(runBatch(b, batch) / batch);
    } else {
      timesB.push(runBatch(b, batch) / batch);
      timesA.push(runBatch(a, batch) / batch);
    }
  }
  return { a: median(timesA), b: median(timesB) };
}
