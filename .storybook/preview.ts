import type { Preview } from '@storybook/react-vite';
import { mswLoader } from 'msw-storybook-addon/csf3';
import '../src/styles/index.css';
import '../stories/themes/brand.css';
import './preview.css';
import { globalTypes, initialGlobals, withErrorKitGlobals } from './withErrorKitGlobals';

const preview: Preview = {
  // Starts Mock Service Worker once and applies each story's `parameters.msw` handlers
  // (or handlers added with `context.msw.use()` in `beforeEach`) before it renders.
  loaders: [mswLoader()],
  // Toolbar switches for theme, locale and direction, applied by one wrapper.
  globalTypes,
  initialGlobals,
  decorators: [withErrorKitGlobals],
  parameters: {
    options: {
      storySort: {
        order: [
          'Introduction',
          ['Overview', 'Classifier explorer'],
          'Guides',
          ['Theming', 'Accessibility', 'Toolbar switches'],
          'Components',
          'Query',
          '*',
        ],
      },
    },
    // Every story is also a Vitest browser test: an axe violation fails it.
    a11y: {
      test: 'error',
    },
    docs: {
      // Stories on docs pages get their own iframe, so each has its own MSW handlers.
      story: {
        inline: false,
        iframeHeight: 320,
      },
    },
    controls: {
      matchers: {
        color: /(background|color)$/i,
        date: /Date$/i,
      },
    },
  },
};

export default preview;
