/**
 * errorkit benchmarks: figures, not pass/fail. `npm run bench` runs every section, prints the
 * tables and writes them, dated and with the machine they ran on, to `docs/benchmarks.md`;
 * `npm run bench -- <word>` runs the sections whose id contains the word and prints them only
 * (a partial run does not overwrite the report).
 *
 * To add a section, write a module exporting a `BenchSection` and list it below.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { adapterScenarios } from './adapterScenarios';
import { bundleSizes } from './bundleSizes';
import { classifyGrowth } from './classifyGrowth';
import { classifyRatio } from './classifyRatio';
import { CLASSIFY_RUNS, classifyTypical } from './classifyTypical';
import { loadCore } from './core';
import { firstFeedback } from './firstFeedback';
import { machineInfo, machineLine } from './machine';
import { type RenderedSection, renderReport } from './markdown';
import { renderCounts } from './renderCounts';
import { takeRecorded } from './report';
import { retryScenarios } from './retryScenarios';
import type { BenchSection } from './section';
import { storybookShare } from './storybookShare';

/** In the order of the report. */
const sections: readonly BenchSection[] = [
  retryScenarios,
  adapterScenarios,
  firstFeedback,
  bundleSizes,
  classifyTypical,
  classifyGrowth,
  classifyRatio,
  renderCounts,
  storybookShare,
];

const REPORT = 'docs/benchmarks.md';

async function main(): Promise<void> {
  const wanted = process.argv.slice(2).filter((arg) => !arg.startsWith('-'));
  const chosen = wanted.length
    ? sections.filter((section) => wanted.some((word) => section.id.includes(word)))
    : sections;
  const machine = machineInfo();
  const started = performance.now();
  const { core, label } = await loadCore();
  console.log(machineLine(machine));
  console.log(
    `core: ${label}. Timed classify figures: median of ${CLASSIFY_RUNS} runs, each the median ` +
      'per call over many timed batches after a warm-up.',
  );
  const rendered: RenderedSection[] = [];
  for (const section of chosen) {
    takeRecorded();
    const sectionStart = performance.now();
    await section.run({ core });
    rendered.push({
      title: section.title,
      id: section.id,
      seconds: (performance.now() - sectionStart) / 1000,
      recorded: takeRecorded(),
    });
  }
  if (chosen.length === 0) console.log(`No section matches ${wanted.join(', ')}.`);
  const totalSeconds = (performance.now() - started) / 1000;
  console.log(`\nAll sections: ${totalSeconds.toFixed(1)} s.`);
  if (wanted.length > 0) return;
  const file = resolve(process.cwd(), REPORT);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, renderReport({ machine, core: label, totalSeconds, sections: rendered }));
  console.log(`Report written to ${REPORT}.`);
}

await main();
