/**
 * The catalogue's Storybook config (.storybook/main.ts) with hidden source maps: the bench's
 * build (`storybook build -c bench/storybook`) ships the same code (only the order of the
 * story import table differs, hence other chunk hashes), and the maps let the profile say
 * which source file each function came from. Storybook takes the project root and
 * vite.config.ts from the config folder's parent, and paths in the config are relative to the
 * folder, so all of them are pointed back at the repo.
 */
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { StorybookConfig } from '@storybook/react-vite';
import { mergeConfig } from 'vite';
import base from '../../.storybook/main';

const root = fileURLToPath(new URL('../..', import.meta.url));
const fromBase = (path: string) => join('../../.storybook', path);

const config: StorybookConfig = {
  ...base,
  framework: {
    name: '@storybook/react-vite',
    options: { builder: { viteConfigPath: `${root}vite.config.ts` } },
  },
  stories: Array.isArray(base.stories)
    ? base.stories.map((entry) =>
        typeof entry === 'string'
          ? fromBase(entry)
          : { ...entry, directory: fromBase(entry.directory) },
      )
    : base.stories,
  staticDirs: Array.isArray(base.staticDirs)
    ? base.staticDirs.map((dir) =>
        typeof dir === 'string' ? fromBase(dir) : { ...dir, from: fromBase(dir.from) },
      )
    : base.staticDirs,
  async viteFinal(viteConfig, options) {
    const own = base.viteFinal ? await base.viteFinal(viteConfig, options) : viteConfig;
    return mergeConfig(own, { root, build: { sourcemap: 'hidden' } });
  },
};

export default config;
