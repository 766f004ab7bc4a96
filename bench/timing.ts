/**
 * A tiny timing helper: calibrate a batch size, warm up, then take many samples of one batch
 * each and report the median and the p10–p90 spread of the time per call. No dependencies.
 */

export interface TimingOptions {
  /** Time spent calling the function before any sample is kept, in ms. @default 250 */
  warmupMs?: number;
  /** Target duration of one sample (a batch of calls), in ms. @default 2 */
  sampleMs?: number;
  /** Samples to take. @default 200 */
  samples?: number;
  /** Fewest samples, taken even past `budgetMs`. @default 15 */
  minSamples?: number;
  /** Stop sampling after this long once `minSamples` are in, in ms. @default 3000 */
  budgetMs?: number;
}

/** Time per call in nanoseconds. */
export interface Timing {
  median: number;
  p10: number;
  p90: number;
  /** Samples taken. */
  samples: number;
  /** Calls per sample. */
  batch: number;
}

// Results are kept here so the engine cannot drop the calls being measured.
let sink: unknown;

/** The last value a measured function returned (keeps its work observable). */
export function lastResult(): unknown {
  return sink;
}

const clock = (): bigint => process.hrtime.bigint();

function runBatch(fn: () => unknown, batch: number): number {
  const start = clock();
  for (let i = 0; i < batch; i++) sink = fn();
  return Number(clock() - start);
}

function quantile(sorted: readonly number[], q: number): number {
  if (sorted.length === 0) return Number.NaN;
  const at = (sorted.length - 1) * q;
  const low = Math.floor(at);
  const high = Math.ceil(at);
  const a = sorted[low] ?? Number.NaN;
  const b = sorted[high] ?? a;
  return a + (b - a) * (at - low);
}

/** Measures `fn`: the median and p10–p90 time per call, in nanoseconds. */
export function measure(fn: () => unknown, options: TimingOptions = {}): Timing {
  const { warmupMs = 250, sampleMs = 2, samples = 200, minSamples = 15, budgetMs = 3000 } = options;
  const sampleNs = sampleMs * 1e6;

  // Grow the batch until one batch takes about `sampleMs` (one call when a call is slower).
  let batch = 1;
  for (;;) {
    const elapsed = runBatch(fn, batch);
    if (elapsed >= sampleNs || batch >= 1 << 24) break;
    const scaled = elapsed > 0 ? Math.ceil((batch * sampleNs) / elapsed) : batch * 16;
    batch = Math.min(batch * 16, Math.max(batch * 2, scaled));
  }

  const warmupEnd = performance.now() + warmupMs;
  while (performance.now() < warmupEnd) runBatch(fn, batch);

  const perCall: number[] = [];
  const deadline = performance.now() + budgetMs;
  while (
    perCall.length < samples &&
    (perCall.length < minSamples || performance.now() < deadline)
  ) {
    perCall.push(runBatch(fn, batch) / batch);
  }
  perCall.sort((a, b) => a - b);
  return {
    median: quantile(perCall, 0.5),
    p10: quantile(perCall, 0.1),
    p90: quantile(perCall, 0.9),
    samples: perCall.length,
    batch,
  };
}
