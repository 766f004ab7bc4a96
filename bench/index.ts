/**
 * errorkit benchmarks: figures, not pass/fail. `npm run bench` runs every section;
 * `npm run bench -- <word>` runs the sections whose id contains the word.
 *
 * To add a section (render counts, retry scenarios, ...), write a module exporting a
 * `BenchSection` and list it below.
 */
import { classifyGrowth } from './classifyGrowth';
import { classifyTypical } from './classifyTypical';
import { loadCore } from './core';
import { machineLine } from './machine';
import { renderCounts } from './renderCounts';
import { retryScenarios } from './retryScenarios';
import type { BenchSection } from './section';

const sections: readonly BenchSection[] = [
  classifyTypical,
  classifyGrowth,
  renderCounts,
  retryScenarios,
];

async function main(): Promise<void> {
  const wanted = process.argv.slice(2).filter((arg) => !arg.startsWith('-'));
  const chosen = wanted.length
    ? sections.filter((section) => wanted.some((word) => section.id.includes(word)))
    : sections;
  const { core, label } = await loadCore();
  console.log(machineLine());
  console.log(
    `core: ${label}. Median and p10–p90 per call over many timed batches, after a warm-up.`,
  );
  for (const section of chosen) await section.run({ core });
  if (chosen.length === 0) console.log(`No section matches ${wanted.join(', ')}.`);
}

await main();
