import { storybookTest } from '@storybook/addon-vitest/vitest-plugin';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';
import { visualBrowser } from './test/visual/browser.ts';
import { chromiumBrowser } from './vitest.browser.ts';

/**
 * Five projects, run together by `npm test`:
 * - `unit`: `test/**\/*.test.ts(x)` in jsdom;
 * - `browser`: `test/**\/*.browser.test.ts(x)` in headless Chromium;
 * - `storybook`: every story (with its play function and an a11y check) in headless Chromium,
 *   light theme, English;
 * - `storybook-dark-ar`: the same stories with the toolbar set to dark, Arabic, right to left.
 *   A story that pins a global (`globals: { locale: 'de' }`) keeps its own value.
 * - `visual`: `test/**\/*.visual.test.tsx`, screenshots of the component stories compared with
 *   the committed baselines (`npm run test:visual:update` rewrites them).
 */
export default defineConfig({
  plugins: [react()],
  // Pre-bundle what browser tests and stories import, so Vite does not discover a dependency in
  // the middle of a run and reload the page under a running test.
  optimizeDeps: {
    include: [
      'react',
      'react-dom',
      'react-dom/client',
      'react/jsx-runtime',
      'react/jsx-dev-runtime',
      '@testing-library/react',
      '@testing-library/user-event',
      '@tanstack/react-query',
      '@reduxjs/toolkit',
      '@reduxjs/toolkit/query/react',
      'react-redux',
      'swr',
      'swr/mutation',
      '@apollo/client',
      '@apollo/client/react',
      'msw',
      'msw/browser',
    ],
  },
  test: {
    passWithNoTests: true,
    // Failure screenshots and other attachments stay out of the source tree.
    attachmentsDir: 'test-results/vitest-attachments',
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          environment: 'jsdom',
          include: ['test/**/*.test.{ts,tsx}'],
          exclude: ['test/**/*.browser.test.{ts,tsx}', 'test/**/*.visual.test.{ts,tsx}'],
          setupFiles: ['./test/setup.ts'],
          // Flows with tens of real requests can take seconds on a loaded 2-core machine.
          testTimeout: 20_000,
          typecheck: { enabled: true, include: ['test/types/**/*.test-d.ts'] },
        },
      },
      {
        extends: true,
        test: {
          name: 'browser',
          include: ['test/**/*.browser.test.{ts,tsx}'],
          globalSetup: ['./test/clients/crossOriginServer.setup.ts'],
          setupFiles: ['./test/setup.browser.ts'],
          testTimeout: 20_000,
          browser: chromiumBrowser(),
        },
      },
      {
        extends: true,
        test: {
          name: 'visual',
          include: ['test/visual/**/*.visual.test.tsx'],
          testTimeout: 30_000,
          browser: visualBrowser(),
        },
      },
      {
        extends: true,
        plugins: [storybookTest({ configDir: '.storybook' })],
        test: {
          name: 'storybook',
          browser: chromiumBrowser(),
        },
      },
      {
        extends: true,
        plugins: [
          storybookTest({
            configDir: '.storybook',
            initialGlobals: { theme: 'dark', locale: 'ar', direction: 'rtl' },
          }),
        ],
        test: {
          name: 'storybook-dark-ar',
          browser: chromiumBrowser(),
        },
      },
    ],
  },
});
