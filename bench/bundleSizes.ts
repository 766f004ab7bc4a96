/**
 * Bundle sizes, min+gzip, measured by size-limit (`@size-limit/preset-small-lib`: esbuild, then
 * gzip) from one generated config in a temp directory, so errorkit's entries and the libraries
 * beside them are bundled the same way in the same run. React, React DOM and the optional peers
 * are external everywhere; a library's own dependencies (TanStack's query-core) are bundled.
 */
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { headline, note, printTable } from './report';
import type { BenchSection } from './section';

const run = promisify(execFile);

const EXTERNAL = [
  'react',
  'react-dom',
  'react/jsx-runtime',
  '@tanstack/react-query',
  'react-hook-form',
] as const;

/** The message catalogs errorkit ships, each its own entry point. */
const LOCALES = ['de', 'ar', 'fr', 'es', 'pt-BR', 'ja', 'zh-CN'] as const;

interface Entry {
  name: string;
  /** Who ships it: errorkit, or the library it is compared with. */
  library: string;
  /** File → import statement body, e.g. `{ classifyError }` or `*`. */
  imports: Record<string, string>;
  /** An `import` line, for the table. */
  shows: string;
}

/** The ES module entry a bundler picks for `specifier` (exports → module → main). */
function packageEntry(root: string, specifier: string): string {
  const dir = join(root, 'node_modules', specifier);
  const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as {
    version?: string;
    exports?: { '.'?: { import?: { default?: string } | string } };
    module?: string;
    main?: string;
  };
  const dot = pkg.exports?.['.']?.import;
  const file = (typeof dot === 'string' ? dot : dot?.default) ?? pkg.module ?? pkg.main;
  if (!file) throw new Error(`No entry for ${specifier}`);
  return join(dir, file);
}

function packageVersion(root: string, specifier: string): string {
  const pkg = JSON.parse(
    readFileSync(join(root, 'node_modules', specifier, 'package.json'), 'utf8'),
  ) as { version?: string };
  return pkg.version ?? '?';
}

function entries(root: string): Entry[] {
  const dist = (file: string) => join(root, 'dist', file);
  const reb = packageEntry(root, 'react-error-boundary');
  const rq = packageEntry(root, '@tanstack/react-query');
  const rebVersion = packageVersion(root, 'react-error-boundary');
  const rqVersion = packageVersion(root, '@tanstack/react-query');
  return [
    {
      name: 'errorkit, classify only',
      library: 'errorkit',
      imports: { [dist('index.js')]: '{ classifyError }' },
      shows: "import { classifyError } from 'errorkit'",
    },
    {
      name: 'errorkit (core entry)',
      library: 'errorkit',
      imports: { [dist('index.js')]: '*' },
      shows: "import * from 'errorkit'",
    },
    {
      name: 'errorkit/react',
      library: 'errorkit',
      imports: { [dist('react.js')]: '*' },
      shows: "import * from 'errorkit/react'",
    },
    {
      name: 'errorkit/query',
      library: 'errorkit',
      imports: { [dist('query.js')]: '*' },
      shows: "import * from 'errorkit/query'",
    },
    {
      name: 'errorkit/react-hook-form',
      library: 'errorkit',
      imports: { [dist('react-hook-form.js')]: '*' },
      shows: "import * from 'errorkit/react-hook-form'",
    },
    ...LOCALES.map((locale) => ({
      name: `errorkit/locales/${locale}`,
      library: 'errorkit',
      imports: { [dist(`locales/${locale}.js`)]: '*' },
      shows: `import * from 'errorkit/locales/${locale}'`,
    })),
    {
      name: 'errorkit + react + query',
      library: 'errorkit',
      imports: {
        [dist('index.js')]: '*',
        [dist('react.js')]: '*',
        [dist('query.js')]: '*',
      },
      shows: 'every export of errorkit, errorkit/react, errorkit/query',
    },
    {
      name: 'errorkit, all entries together',
      library: 'errorkit',
      imports: {
        [dist('index.js')]: '*',
        [dist('react.js')]: '*',
        [dist('query.js')]: '*',
        [dist('react-hook-form.js')]: '*',
        ...Object.fromEntries(LOCALES.map((locale) => [dist(`locales/${locale}.js`), '*'])),
      },
      shows: `every export of all ${4 + LOCALES.length} JS entries`,
    },
    {
      name: 'react-error-boundary',
      library: `react-error-boundary ${rebVersion}`,
      imports: { [reb]: '{ ErrorBoundary }' },
      shows: "import { ErrorBoundary } from 'react-error-boundary'",
    },
    {
      name: 'react-error-boundary, everything',
      library: `react-error-boundary ${rebVersion}`,
      imports: { [reb]: '*' },
      shows: "import * from 'react-error-boundary'",
    },
    {
      name: '@tanstack/react-query, QueryClient',
      library: `@tanstack/react-query ${rqVersion}`,
      imports: { [rq]: '{ QueryClient }' },
      shows: "import { QueryClient } from '@tanstack/react-query'",
    },
    {
      name: '@tanstack/react-query, minimal app',
      library: `@tanstack/react-query ${rqVersion}`,
      imports: { [rq]: '{ QueryClient, QueryClientProvider, useQuery }' },
      shows: "import { QueryClient, QueryClientProvider, useQuery } from '@tanstack/react-query'",
    },
  ];
}

interface SizeResult {
  name: string;
  size: number;
}

/**
 * size-limit writes `*` as `import * as all` (and logs the names it imports), so two `*` in one
 * entry collide: in an entry of several files, each `*` becomes the file's exports by name. A
 * name two files share must be the same value (a re-export); it is imported once.
 */
async function spellOut(imports: Record<string, string>): Promise<Record<string, string>> {
  const files = Object.keys(imports);
  if (files.length < 2) return imports;
  const out: Record<string, string> = {};
  const taken = new Map<string, unknown>();
  for (const file of files) {
    const wanted = imports[file] ?? '*';
    if (wanted !== '*') {
      out[file] = wanted;
      continue;
    }
    const module = (await import(pathToFileURL(file).href)) as Record<string, unknown>;
    const names: string[] = [];
    for (const [name, value] of Object.entries(module)) {
      if (name === 'default') throw new Error(`${file}: a default export cannot be spelled out`);
      if (taken.has(name)) {
        if (taken.get(name) !== value)
          throw new Error(`${file}: ${name} clashes with another entry`);
        continue;
      }
      taken.set(name, value);
      names.push(name);
    }
    out[file] = `{ ${names.join(', ')} }`;
  }
  return out;
}

/** Runs size-limit once over every entry; sizes in bytes, min+gzip. */
async function measureSizes(root: string, list: readonly Entry[]): Promise<Map<string, number>> {
  const dir = mkdtempSync(join(tmpdir(), 'errorkit-size-'));
  try {
    const config: object[] = [];
    for (const entry of list) {
      const files = Object.keys(entry.imports);
      for (const file of files) if (!existsSync(file)) throw new Error(`Missing ${file}`);
      config.push({
        name: entry.name,
        path: files,
        import: await spellOut(entry.imports),
        gzip: true,
        ignore: [...EXTERNAL],
      });
    }
    const file = join(dir, '.size-limit.json');
    writeFileSync(file, JSON.stringify(config, null, 2));
    const bin = join(root, 'node_modules', 'size-limit', 'bin.js');
    const { stdout } = await run(process.execPath, [bin, '--json', '--config', file], {
      cwd: root,
      maxBuffer: 16 * 1024 * 1024,
    });
    const results = JSON.parse(stdout) as SizeResult[];
    return new Map(results.map((r) => [r.name, r.size]));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const kb = (bytes: number) => `${(bytes / 1000).toFixed(2)} kB`;
const times = (a: number, b: number) => `${(a / b).toFixed(2)}×`;

export const bundleSizes: BenchSection = {
  id: 'bundle-sizes',
  title: 'Bundle sizes (min+gzip, size-limit)',
  async run() {
    const root = resolve(process.cwd());
    const list = entries(root);
    const sizes = await measureSizes(root, list);
    const size = (name: string) => sizes.get(name) ?? Number.NaN;
    const rows = list.map((entry) => {
      const bytes = size(entry.name);
      return [entry.name, entry.library, entry.shows, String(bytes), kb(bytes)];
    });
    printTable(
      'Bundle sizes: min+gzip bytes, size-limit 12 (@size-limit/preset-small-lib: esbuild + gzip), one run',
      [
        { title: 'entry' },
        { title: 'library' },
        { title: 'import' },
        { title: 'bytes', align: 'right' },
        { title: 'kB', align: 'right' },
      ],
      rows,
    );
    note(
      `External everywhere (not counted): ${EXTERNAL.join(', ')}. So errorkit/query excludes ` +
        "TanStack Query itself, while the @tanstack/react-query rows include its query-core. 'All " +
        "entries together' shares the core chunk once. Sizes are deterministic: one run suffices.",
    );
    const all = size('errorkit, all entries together');
    const kitReactQuery = size('errorkit + react + query');
    const classify = size('errorkit, classify only');
    const reb = size('react-error-boundary');
    const rqMin = size('@tanstack/react-query, QueryClient');
    const rqApp = size('@tanstack/react-query, minimal app');
    headline(
      `Bundle (min+gzip): classifyError only ${kb(classify)}; errorkit + react + query ` +
        `${kb(kitReactQuery)}; all entries ${kb(all)}. react-error-boundary ${kb(reb)} ` +
        `(errorkit + react + query = ${times(kitReactQuery, reb)} of it); ` +
        `@tanstack/react-query QueryClient ${kb(rqMin)}, with useQuery + provider ${kb(rqApp)} ` +
        `(errorkit + react + query = ${times(kitReactQuery, rqApp)} of it).`,
    );
  },
};
