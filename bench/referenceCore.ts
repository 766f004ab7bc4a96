/**
 * The reference core for the ratio bench: errorkit as it was at a git commit (`e307add`, the
 * commit before the kit work, or `EK_BENCH_REFERENCE=<commit>`), unpacked with `git archive`
 * into `node_modules/.cache/errorkit-bench/<commit>/` and built there by its own vite config
 * with this repo's node_modules (a symlink). Built once per commit; later runs reuse it.
 */
import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, renameSync, rmSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

export const DEFAULT_REFERENCE = 'e307add';

/** Where the bench keeps what it builds. */
export const cacheDir = (root: string) => join(root, 'node_modules', '.cache', 'errorkit-bench');

export interface ReferenceCore {
  commit: string;
  /** The built `dist/` directory of the commit. */
  dist: string;
  /** Whether this run built it (false: reused from the cache). */
  built: boolean;
}

/** The reference core's build, or why there is none (no git, unknown commit, failed build). */
export async function referenceCore(root: string): Promise<ReferenceCore | string> {
  const wanted = process.env.EK_BENCH_REFERENCE?.trim() || DEFAULT_REFERENCE;
  let commit: string;
  try {
    const { stdout } = await run(
      'git',
      ['rev-parse', '--verify', '--quiet', `${wanted}^{commit}`],
      {
        cwd: root,
      },
    );
    commit = stdout.trim();
  } catch {
    return `commit ${wanted} is not in this checkout's git history (or git is missing)`;
  }
  const dir = join(cacheDir(root), commit);
  const dist = join(dir, 'dist');
  if (existsSync(join(dist, 'index.js'))) return { commit, dist, built: false };
  // Built beside the cache entry and moved in at the end, so a failed build leaves nothing.
  const work = `${dir}.tmp-${process.pid}`;
  rmSync(work, { recursive: true, force: true });
  mkdirSync(work, { recursive: true });
  try {
    await run('sh', ['-c', 'git archive "$1" | tar -x -C "$2"', 'sh', commit, work], {
      cwd: root,
    });
    symlinkSync(join(root, 'node_modules'), join(work, 'node_modules'), 'dir');
    const vite = join(root, 'node_modules', 'vite', 'bin', 'vite.js');
    await run(process.execPath, [vite, 'build', '--logLevel', 'error'], {
      cwd: work,
      maxBuffer: 16 * 1024 * 1024,
    });
    if (!existsSync(join(work, 'dist', 'index.js'))) throw new Error('no dist/index.js');
    rmSync(dir, { recursive: true, force: true });
    renameSync(work, dir);
    return { commit, dist, built: true };
  } catch (error) {
    rmSync(work, { recursive: true, force: true });
    const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
    return `building ${commit.slice(0, 7)} failed: ${reason}`;
  }
}
