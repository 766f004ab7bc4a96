import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { errorkitStyles } from '../../scripts/systemDark.ts';

const fromRepo = (path: string): string => fileURLToPath(new URL(`../../${path}`, import.meta.url));

/**
 * The billing example, built into `examples/billing/dist` and served by `server.mjs`. The
 * `errorkit` imports resolve to the repository's sources, as a published package would to
 * `dist/`; everything else comes from the repository's `node_modules`.
 */
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  // errorkitStyles: the same system dark-scheme rule the published stylesheet carries.
  plugins: [react(), errorkitStyles()],
  publicDir: false,
  resolve: {
    alias: [
      { find: /^errorkit$/, replacement: fromRepo('src/index.ts') },
      { find: /^errorkit\/react$/, replacement: fromRepo('src/react/index.ts') },
      { find: /^errorkit\/query$/, replacement: fromRepo('src/query/index.ts') },
      { find: /^errorkit\/locales\/(.+)$/, replacement: fromRepo('src/locales/$1.ts') },
      { find: /^errorkit\/styles\.css$/, replacement: fromRepo('src/styles/index.css') },
    ],
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
  },
});
