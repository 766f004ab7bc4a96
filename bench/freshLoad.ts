/**
 * A new instance of a built core in this process: the bundle is copied to a directory of its
 * own and imported from there, so each load starts with its own module, functions and type
 * feedback, whatever was loaded before it.
 */
import { cpSync, rmSync } from 'node:fs';
import { basename, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Core } from './core';
import { cacheDir } from './referenceCore';

const loadsDir = (root: string) => join(cacheDir(root), 'loads');

/** Removes the copies of earlier runs. */
export function clearLoads(root: string): void {
  rmSync(loadsDir(root), { recursive: true, force: true });
}

/** Imports a fresh copy of `dist/index.js` (with its chunks) under the name `tag`. */
export async function freshLoad(root: string, dist: string, tag: string): Promise<Core> {
  const copy = join(loadsDir(root), tag);
  // Declarations are not code; the copy stays under node_modules so bare imports still resolve.
  cpSync(dist, copy, { recursive: true, filter: (file) => basename(file) !== 'types' });
  return (await import(pathToFileURL(join(copy, 'index.js')).href)) as Core;
}
