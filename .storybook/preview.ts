import { DocsContainer, type DocsContainerProps } from '@storybook/addon-docs/blocks';
import type { Decorator, Preview } from '@storybook/react-vite';
import { createElement, type PropsWithChildren, useEffect, useSyncExternalStore } from 'react';
import { GLOBALS_UPDATED } from 'storybook/internal/core-events';
import { useEffect as useStoryEffect } from 'storybook/preview-api';
import { create } from 'storybook/theming';
import '../src/styles/index.css';
import '../stories/themes/brand.css';
import '../stories/forms/forms.css';
import './preview.css';
import { mswWhenNeeded } from './msw';
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
 * `<html>` gives the canvas and docs background (preview.css) the theme's tokens. One place
 * holds the current theme; the docs container (docs pages) and the decorator (canvas) set it.
 */
let pageTheme: keyof typeof docsThemes = 'light';
const listeners = new Set<() => void>();

function applyPageTheme(globals: Record<string, unknown> | undefined) {
  pageTheme = themeOf(globals);
  if (typeof document !== 'undefined') document.documentElement.dataset.ekTheme = pageTheme;
  for (const listener of listeners) listener();
}

const subscribe = (listener: () => void) => {
  listeners.add(listener);
  return () => listeners.delete(listener);
};

const withPageTheme: Decorator = (Story, context) => {
  const theme = themeOf(context.globals);
  const canvas = context.viewMode === 'story';
  useStoryEffect(() => {
    if (canvas) applyPageTheme({ theme });
  }, [theme, canvas]);
  return Story();
};

/** What a docs page's own store holds; story iframes on the page share its channel. */
type DocsStore = { store?: { userGlobals?: { get?: () => Record<string, unknown> } } };

/**
 * Storybook's docs container with the chrome of the toolbar's theme. The theme is read from
 * the page's own store, not from channel payloads: the story iframes on a docs page post
 * their own (default) globals on the same channel.
 */
function ThemedDocsContainer(props: PropsWithChildren<DocsContainerProps>) {
  const { context } = props;
  useEffect(() => {
    const read = () => applyPageTheme((context as DocsStore).store?.userGlobals?.get?.());
    read();
    context.channel.on(GLOBALS_UPDATED, read);
    return () => context.channel.off(GLOBALS_UPDATED, read);
  }, [context]);
  const theme = useSyncExternalStore(subscribe, () => pageTheme);
  return createElement(DocsContainer, { ...props, theme: docsThemes[theme] }, props.children);
}

const preview: Preview = {
  // Starts Mock Service Worker for the first story with `parameters.msw` handlers and applies
  // each story's handlers before it renders (.storybook/msw.ts).
  loaders: [mswWhenNeeded],
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
          'Data layers',
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
      // Stories render inline on docs pages (fast: one document, no iframe per story). The
      // few that need a document of their own (per-story MSW handlers, browser globals) set
      // `parameters.docs.story` to `ownIframe` (stories/support/docs.ts): a lazy, fixed-height
      // iframe.
      story: {
        inline: true,
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
