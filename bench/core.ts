import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type * as CoreModule from '../src/core';

/** The core entry point the bench measures. */
export type Core = typeof CoreModule;

/**
 * Loads the core: the built bundle `npm run bench` measures by default (`EK_BENCH_CORE=dist`,
 * what users ship), another bundle by path, or the TypeScript sources through tsx when
 * `EK_BENCH_CORE` is empty.
 *
 * tsx compiles with esbuild's `keepNames`, which wraps every function created per call in a
 * `__name(fn, ...)` helper; a production bundle has none of that, so the two can differ.
 */
export async function loadCore(): Promise<{ core: Core; label: string }> {
  const choice = process.env.EK_BENCH_CORE?.trim();
  if (!choice) return { core: await import('../src/core'), label: 'src/core via tsx' };
  const file = choice === 'dist' ? 'dist/index.js' : choice;
  const url = pathToFileURL(resolve(process.cwd(), file)).href;
  return { core: (await import(url)) as Core, label: file };
}
