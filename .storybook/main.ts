import type { StorybookConfig } from '@storybook/react-vite';

const config: StorybookConfig = {
  framework: '@storybook/react-vite',
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.@(ts|tsx)'],
  addons: [
    '@storybook/addon-docs',
    '@storybook/addon-a11y',
    '@storybook/addon-vitest',
    // Not 'msw-storybook-addon': as an addon it starts Mock Service Worker before every story.
    // preview.ts starts it only for the stories that mock a request (.storybook/msw.ts).
  ],
  // Serves public/mockServiceWorker.js, the worker that Mock Service Worker registers.
  staticDirs: ['../public'],
  core: {
    disableTelemetry: true,
  },
  // Props tables come from the components themselves (each component story's `component` is the
  // real one): react-docgen reads props, defaults and TSDoc from the source with Babel.
  // react-docgen-typescript would need TypeScript's JS compiler API, which TypeScript 7 lacks.
  typescript: {
    reactDocgen: 'react-docgen',
  },
  // A catalogue for readers, not a new Storybook: no onboarding checklist or guide.
  features: {
    sidebarOnboardingChecklist: false,
    menuOnboardingChecklist: false,
  },
};

export default config;
