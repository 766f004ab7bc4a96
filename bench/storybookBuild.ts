/**
 * The static Storybook the bench opens: `npm run build-storybook` with the bench's config
 * (bench/storybook: the catalogue's own, plus hidden source maps) into
 * `node_modules/.cache/errorkit-bench/storybook/`, reused while it is newer than every source
 * it is built from.
 */
import { execFile } from 'node:child_process';
import {
  existsSync,
  readdirSync,
  renameSync,
  rmSync,
  statSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { cacheDir } from './referenceCore';

const run = promisify(execFile);

/** What the build reads; a change to any of them makes the next run build again. */
const SOURCES = [
  'src',
  'stories',
  // Stories show recorded fixtures from test/; vite.config.ts uses a plugin from scripts/.
  'test',
  'scripts',
  '.storybook',
  'bench/storybook',
  'public',
  'vite.config.ts',
  'package.json',
  'package-lock.json',
];

const STAMP = '.errorkit-bench-built';

function newestChange(root: string): number {
  let newest = 0;
  for (const source of SOURCES) {
    const path = join(root, source);
    if (!existsSync(path)) continue;
    const files = statSync(path).isDirectory()
      ? readdirSync(path, { recursive: true, encoding: 'utf8' }).map((file) => join(path, file))
      : [path];
    for (const file of files) newest = Math.max(newest, statSync(file).mtimeMs);
  }
  return newest;
}

export interface StorybookBuild {
  dir: string;
  /** Whether this run built it (false: reused). */
  built: boolean;
}

/** The built Storybook, or why there is none. */
export async function storybookBuild(root: string): Promise<StorybookBuild | string> {
  const dir = join(cacheDir(root), 'storybook');
  const stamp = join(dir, STAMP);
  if (existsSync(stamp) && statSync(stamp).mtimeMs > newestChange(root)) {
    return { dir, built: false };
  }
  const work = `${dir}.tmp-${process.pid}`;
  rmSync(work, { recursive: true, force: true });
  // The stamp carries the time the build started: a source saved during the build is newer.
  const started = new Date();
  try {
    await run(
      'npm',
      ['run', '--silent', 'build-storybook', '--', '--quiet', '-c', 'bench/storybook', '-o', work],
      { cwd: root, maxBuffer: 64 * 1024 * 1024, timeout: 15 * 60_000 },
    );
    if (!existsSync(join(work, 'index.json'))) throw new Error('no index.json');
    writeFileSync(join(work, STAMP), '');
    utimesSync(join(work, STAMP), started, started);
    rmSync(dir, { recursive: true, force: true });
    renameSync(work, dir);
    return { dir, built: true };
  } catch (error) {
    rmSync(work, { recursive: true, force: true });
    const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
    return `the Storybook build failed: ${reason}`;
  }
}
