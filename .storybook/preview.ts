import { DocsContainer, type DocsContainerProps } from '@storybook/addon-docs/blocks';
import type { Decorator, Preview } from '@storybook/react-vite';
import { mswLoader } from 'msw-storybook-addon/csf3';
import { createElement, type PropsWithChildren, useEffect, useState } from 'react';
import { GLOBALS_UPDATED, SET_GLOBALS } from 'storybook/internal/core-events';
import { addons, useEffect as useStoryEffect } from 'storybook/preview-api';
import { create } from 'storybook/theming';
import '../src/styles/index.css';
import '../stories/themes/brand.css';
import '../stories/forms/forms.css';
import './preview.css';
import { globalTypes, initialGlobals, withErrorKitGlobals } from './withErrorKitGlobals';

/** The catalogue's own type: the system sans-serif of each platform (the kit inherits it). */
const FONT =
  "system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', 'Helvetica Neue', 'Liberation Sans', Arial, sans-serif";

/** Docs page chrome per toolbar theme, matching `--ek-color-surface` and `--ek-color-text`. */
const docsThemes = {
  light: create({ base: 'light', fontBase: FONT, appContentBg: '#ffffff', textColor: '#1d2939' }),
  dark: create({ base: 'dark', fontBase: FONT, appContentBg: '#101828', textColor: '#f2f4f7' }),
  brand: create({ base: 'light', fontBase: FONT, appContentBg: '#fdfcff', textColor: '#1e1b4b' }),
};

const themeOf = (globals: Record<string, unknown> | undefined) => {
  const theme = String(globals?.theme ?? 'light');
  return theme in docsThemes ? (theme as keyof typeof docsThemes) : 'light';
};

/**
 * The whole page follows the toolbar theme, not only the story's wrapper: `data-ek-theme` on
 * `<html>` gives the canvas and docs background (preview.css) the theme's tokens.
 */
function applyPageTheme(globals: Record<string, unknown> | undefined) {
  if (typeof document !== 'undefined') document.documentElement.dataset.ekTheme = themeOf(globals);
}

// Docs pages render no decorator of their own: follow the toolbar through the channel.
void addons.ready().then(() => {
  const channel = addons.getChannel();
  const apply = (event: { globals?: Record<string, unknown> }) => applyPageTheme(event.globals);
  channel.on(SET_GLOBALS, apply);
  channel.on(GLOBALS_UPDATED, apply);
});

const withPageTheme: Decorator = (Story, context) => {
  const theme = themeOf(context.globals);
  useStoryEffect(() => applyPageTheme({ theme }), [theme]);
  return Story();
};

/** Storybook's docs container with the chrome of the toolbar's theme. */
function ThemedDocsContainer(props: PropsWithChildren<DocsContainerProps>) {
  const [theme, setTheme] = useState(() =>
    themeOf({ theme: document.documentElement.dataset.ekTheme }),
  );
  useEffect(() => {
    const channel = props.context.channel;
    const update = (event: { globals?: Record<string, unknown> }) => {
      applyPageTheme(event.globals);
      setTheme(themeOf(event.globals));
    };
    channel.on(GLOBALS_UPDATED, update);
    return () => channel.off(GLOBALS_UPDATED, update);
  }, [props.context.channel]);
  return createElement(DocsContainer, { ...props, theme: docsThemes[theme] }, props.children);
}

const preview: Preview = {
  // Starts Mock Service Worker once and applies each story's `parameters.msw` handlers
  // (or handlers added with `context.msw.use()` in `beforeEach`) before it renders.
  loaders: [mswLoader()],
  // Toolbar switches for theme, locale and direction, applied by one wrapper.
  globalTypes,
  initialGlobals,
  decorators: [withErrorKitGlobals, withPageTheme],
  parameters: {
    options: {
      storySort: {
        order: [
          'Introduction',
          ['Overview', 'Classifier explorer'],
          'Guides',
          ['Theming', 'Theme playground', 'Accessibility', 'Toolbar switches'],
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
      container: ThemedDocsContainer,
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
