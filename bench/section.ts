import type { Core } from './core';

/** What every section gets: the core under measurement. */
export interface BenchContext {
  core: Core;
}

/** One part of the bench: measures something and prints its own table. */
export interface BenchSection {
  /** Short name, used to pick sections on the command line (`npm run bench -- growth`). */
  id: string;
  /** Heading of the section in `docs/benchmarks.md`. */
  title: string;
  run(context: BenchContext): void | Promise<void>;
}
