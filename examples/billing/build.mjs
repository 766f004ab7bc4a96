// Builds the billing example into `examples/billing/dist` with Vite, unless the build is newer
// than every source file it depends on (the example's own `src/`, errorkit's `src/`).
import { readdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const exampleDir = dirname(fileURLToPath(import.meta.url));
export const distDir = join(exampleDir, 'dist');
const repoDir = join(exampleDir, '..', '..');

/** Newest modification time (ms) of the files under `path`, or 0 when it does not exist. */
function newest(path) {
  let stats;
  try {
    stats = statSync(path);
  } catch {
    return 0;
  }
  if (!stats.isDirectory()) return stats.mtimeMs;
  let latest = 0;
  for (const entry of readdirSync(path)) latest = Math.max(latest, newest(join(path, entry)));
  return latest;
}

/** Whether `dist/index.html` is missing or older than a source of the app. */
export function needsBuild() {
  const built = newest(join(distDir, 'index.html'));
  if (built === 0) return true;
  const sources = [
    join(exampleDir, 'src'),
    join(exampleDir, 'index.html'),
    join(exampleDir, 'vite.config.ts'),
    join(repoDir, 'src'),
  ];
  return sources.some((source) => newest(source) > built);
}

/** Runs `vite build` for the example when {@link needsBuild}; `force` builds regardless. */
export async function ensureBuilt({ force = false, quiet = false } = {}) {
  if (!force && !needsBuild()) return false;
  const { build } = await import('vite');
  await build({
    configFile: join(exampleDir, 'vite.config.ts'),
    logLevel: quiet ? 'error' : 'info',
  });
  return true;
}
