import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { errorkitStyles } from './scripts/systemDark.ts';

const fromRoot = (path: string): string => fileURLToPath(new URL(path, import.meta.url));

/** Peers and their subpaths stay out of the bundle. */
const external =
  /^(react|react-dom|react-hook-form|@tanstack\/react-query|@tanstack\/react-form|@tanstack\/form-core|@reduxjs\/toolkit|react-redux|swr|@apollo\/client|graphql|rxjs)(\/.*)?$/;

/**
 * Library build: ESM only, one stable file per public entry point
 * (`dist/index.js`, `dist/react.js`, `dist/query.js`, `dist/react-hook-form.js`,
 * `dist/tanstack-form.js`, `dist/rtk-query.js`, `dist/swr.js`, `dist/apollo.js`,
 * `dist/locales/*.js`, `dist/styles.css`).
 * Declarations are emitted separately by `tsc -p tsconfig.build.json` into `dist/types`.
 */
export default defineConfig({
  // errorkitStyles: adds the system dark-scheme rule to dist/styles.css (and in Storybook).
  plugins: [react(), errorkitStyles()],
  publicDir: false,
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
    minify: true,
    sourcemap: false,
    cssCodeSplit: true,
    copyPublicDir: false,
    lib: {
      entry: {
        index: fromRoot('./src/index.ts'),
        react: fromRoot('./src/react/index.ts'),
        query: fromRoot('./src/query/index.ts'),
        'react-hook-form': fromRoot('./src/reactHookForm/index.ts'),
        'rtk-query': fromRoot('./src/rtkQuery/index.ts'),
        swr: fromRoot('./src/swr/index.ts'),
        apollo: fromRoot('./src/apollo/index.ts'),
        'tanstack-form': fromRoot('./src/tanstackForm/index.ts'),
        // Message catalogs: separate files, so English-only apps do not download them.
        'locales/de': fromRoot('./src/locales/de.ts'),
        'locales/ar': fromRoot('./src/locales/ar.ts'),
        'locales/fr': fromRoot('./src/locales/fr.ts'),
        'locales/es': fromRoot('./src/locales/es.ts'),
        'locales/pt-BR': fromRoot('./src/locales/pt-BR.ts'),
        'locales/ja': fromRoot('./src/locales/ja.ts'),
        'locales/zh-CN': fromRoot('./src/locales/zh-CN.ts'),
        styles: fromRoot('./src/styles/index.css'),
      },
      formats: ['es'],
      fileName: (_format, entryName) => `${entryName}.js`,
    },
    rolldownOptions: {
      external: (id) => external.test(id),
      output: {
        // Vite keeps whitespace in ES library output; minify it fully so the published files
        // (and their size on disk) are what a consumer's bundler would ship anyway.
        minify: true,
        // One file per source module: each keeps its own 'use client', and a bundler skips the
        // modules an app does not import.
        preserveModules: true,
        preserveModulesRoot: fromRoot('./src'),
        chunkFileNames: 'chunks/[name]-[hash].js',
        assetFileNames: '[name][extname]',
      },
    },
  },
});
