// What an app pays for each errorkit import: a Vite production build of a small React app with
// the import, minus the same app without it (all JS chunks, min+gzip). Reads the built `dist/`
// (or EK_IMPORT_COST_DIST). Prints a table; with `--check`, fails when a row is over its cap.
//
//   node scripts/import-cost.mjs [--check]
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';

const repo = fileURLToPath(new URL('..', import.meta.url));
const dist = resolve(process.env.EK_IMPORT_COST_DIST ?? join(repo, 'dist'));

const BASE = `import { createRoot } from 'react-dom/client';
createRoot(document.getElementById('root')).render(<p>Invoices</p>);`;

const QUERY_BASE = `import { createRoot } from 'react-dom/client';
import { QueryClient, QueryClientProvider, useQuery } from '@tanstack/react-query';
const queryClient = new QueryClient();
function Invoices() {
  const invoices = useQuery({ queryKey: ['invoices'], queryFn: () => fetch('/api/invoices').then((r) => r.json()) });
  return <p>{String(invoices.error ?? '')}</p>;
}
createRoot(document.getElementById('root')).render(
  <QueryClientProvider client={queryClient}><Invoices /></QueryClientProvider>,
);`;

/** Each row: the app with errorkit, the app without it, and the cap in bytes (min+gzip). */
const ROWS = [
  {
    name: 'FieldError + useFieldErrors',
    cap: 10_500,
    base: BASE,
    app: `import { createRoot } from 'react-dom/client';
import { FieldError, useFieldErrors } from 'errorkit/react';
function Email({ error }) {
  const { fieldProps } = useFieldErrors(error);
  return <p><FieldError error={error} name="email" /><input name="email" {...fieldProps('email')} /></p>;
}
createRoot(document.getElementById('root')).render(<Email error={window.failure} />);`,
  },
  {
    name: 'ErrorSummary',
    cap: 11_000,
    base: BASE,
    app: `import { createRoot } from 'react-dom/client';
import { ErrorSummary } from 'errorkit/react';
createRoot(document.getElementById('root')).render(<ErrorSummary error={window.failure} />);`,
  },
  {
    name: 'RetryBanner',
    cap: 13_000,
    base: BASE,
    app: `import { createRoot } from 'react-dom/client';
import { RetryBanner } from 'errorkit/react';
createRoot(document.getElementById('root')).render(
  <RetryBanner error={window.failure} retry={{ onRetry: () => location.reload() }} />,
);`,
  },
  {
    name: 'ErrorDisplay (every kind)',
    base: BASE,
    app: `import { createRoot } from 'react-dom/client';
import { ErrorDisplay } from 'errorkit/react';
createRoot(document.getElementById('root')).render(<ErrorDisplay error={window.failure} />);`,
  },
  {
    name: 'classifyError alone',
    base: BASE,
    app: `import { createRoot } from 'react-dom/client';
import { classifyError } from 'errorkit';
createRoot(document.getElementById('root')).render(<p>{classifyError(window.failure).message}</p>);`,
  },
  {
    name: "README's TanStack Query setup",
    cap: 20_000,
    base: QUERY_BASE,
    app: `import { createRoot } from 'react-dom/client';
import { QueryClient, QueryClientProvider, useQuery } from '@tanstack/react-query';
import { errorKit, fetchJson } from 'errorkit';
import { ErrorDisplay, ErrorKitProvider } from 'errorkit/react';
import { QueryReauthProvider, ReauthOutlet, retryDefaults, useRetryState } from 'errorkit/query';
const kit = errorKit({ retry: { maxRetries: 3 } });
const queryClient = new QueryClient({ defaultOptions: retryDefaults(kit) });
function Invoices() {
  const invoices = useQuery({ queryKey: ['invoices'], queryFn: () => fetchJson('/api/invoices') });
  const { error, retry } = useRetryState(invoices);
  return <ErrorDisplay error={error} retry={retry} />;
}
createRoot(document.getElementById('root')).render(
  <QueryClientProvider client={queryClient}>
    <ErrorKitProvider kit={kit} reauthenticate={() => fetch('/api/session/refresh')}>
      <QueryReauthProvider><ReauthOutlet /><Invoices /></QueryReauthProvider>
    </ErrorKitProvider>
  </QueryClientProvider>,
);`,
  },
];

const ENTRIES = {
  'errorkit/react': 'react.js',
  'errorkit/query': 'query.js',
  'errorkit/react-hook-form': 'react-hook-form.js',
};

async function bundleBytes(work, name, source) {
  const root = join(work, name);
  await mkdir(root, { recursive: true });
  await writeFile(
    join(root, 'index.html'),
    '<div id="root"></div><script type="module" src="./main.jsx"></script>',
  );
  await writeFile(join(root, 'main.jsx'), source);
  await build({
    root,
    logLevel: 'silent',
    configFile: false,
    resolve: {
      alias: [
        ...Object.entries(ENTRIES).map(([find, file]) => ({ find, replacement: join(dist, file) })),
        { find: /^errorkit$/, replacement: join(dist, 'index.js') },
      ],
    },
    // The app's dependencies come from the repository's node_modules.
    server: { fs: { allow: [repo, work] } },
    build: { outDir: join(root, 'out'), emptyOutDir: true, write: true, modulePreload: false },
    oxc: { jsx: { runtime: 'automatic' } },
  });
  let total = 0;
  const assets = join(root, 'out', 'assets');
  for (const file of await readdir(assets)) {
    if (file.endsWith('.js'))
      total += gzipSync(await readFile(join(assets, file)), { level: 9 }).length;
  }
  return total;
}

const kb = (bytes) => `${(bytes / 1000).toFixed(2)} kB`;

const work = await mkdtemp(join(repo, 'node_modules', '.import-cost-'));
try {
  const bases = new Map();
  let over = 0;
  console.log(
    `What an app pays per errorkit import (Vite ${(await import('vite')).version}, min+gzip)`,
  );
  for (const [index, row] of ROWS.entries()) {
    if (!bases.has(row.base))
      bases.set(row.base, await bundleBytes(work, `base${bases.size}`, row.base));
    const cost = (await bundleBytes(work, `app${index}`, row.app)) - bases.get(row.base);
    const verdict =
      row.cap === undefined
        ? ''
        : cost <= row.cap
          ? `  (cap ${kb(row.cap)})`
          : `  OVER cap ${kb(row.cap)}`;
    if (row.cap !== undefined && cost > row.cap) over++;
    console.log(`  ${row.name.padEnd(30)} ${kb(cost).padStart(9)}${verdict}`);
  }
  if (over && process.argv.includes('--check')) {
    console.error(`import-cost: ${over} row(s) over their cap`);
    process.exitCode = 1;
  }
} finally {
  await rm(work, { recursive: true, force: true });
}
