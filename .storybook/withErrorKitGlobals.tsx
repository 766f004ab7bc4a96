import type { Decorator, Preview } from '@storybook/react-vite';
import { ar } from '../src/locales/ar';
import { de } from '../src/locales/de';
import { es } from '../src/locales/es';
import { fr } from '../src/locales/fr';
import { ja } from '../src/locales/ja';
import { ptBR } from '../src/locales/pt-BR';
import { zhCN } from '../src/locales/zh-CN';
import {
  type ErrorKitMessages,
  ErrorKitProvider,
  type ErrorKitProviderProps,
  en,
} from '../src/react';

/** The catalogs the locale switch offers; each carries its own `dir`. */
export const catalogs: Record<string, ErrorKitMessages> = {
  en,
  de,
  ar,
  fr,
  es,
  'pt-BR': ptBR,
  ja,
  'zh-CN': zhCN,
};

/** Toolbar switches: theme, locale and direction (`auto` follows the locale's catalog). */
export const globalTypes: Preview['globalTypes'] = {
  theme: {
    description: 'errorkit theme (data-ek-theme)',
    toolbar: {
      title: 'Theme',
      icon: 'paintbrush',
      items: [
        { value: 'light', title: 'Light' },
        { value: 'dark', title: 'Dark' },
        { value: 'brand', title: 'Brand (stories/themes/brand.css)' },
      ],
      dynamicTitle: true,
    },
  },
  locale: {
    description: 'Message catalog (ErrorKitProvider messages)',
    toolbar: {
      title: 'Locale',
      icon: 'globe',
      items: [
        { value: 'en', title: 'English (en, built in)' },
        { value: 'de', title: 'Deutsch (de)' },
        { value: 'ar', title: 'العربية (ar)' },
        { value: 'fr', title: 'Français (fr)' },
        { value: 'es', title: 'Español (es)' },
        { value: 'pt-BR', title: 'Português do Brasil (pt-BR)' },
        { value: 'ja', title: '日本語 (ja)' },
        { value: 'zh-CN', title: '简体中文 (zh-CN)' },
      ],
      dynamicTitle: true,
    },
  },
  direction: {
    description: 'Writing direction (dir); "auto" follows the locale',
    toolbar: {
      title: 'Direction',
      icon: 'transfer',
      items: [
        { value: 'auto', title: 'Direction from locale' },
        { value: 'ltr', title: 'Left to right (ltr)' },
        { value: 'rtl', title: 'Right to left (rtl)' },
      ],
      dynamicTitle: true,
    },
  },
};

/** The catalog the toolbar's locale names (English for an unknown one). */
export function catalogOf(globals: Record<string, unknown> | undefined): ErrorKitMessages {
  return catalogs[String(globals?.locale ?? 'en')] ?? en;
}

export const initialGlobals: Preview['initialGlobals'] = {
  theme: 'light',
  locale: 'en',
  direction: 'auto',
};

/** What a story may give the provider through `parameters.errorKit` (the locale is the toolbar's). */
export type ErrorKitParameters = Omit<ErrorKitProviderProps, 'children' | 'messages'>;

/**
 * Puts every story in a wrapper with `data-ek-theme`, `dir` and `lang` from the toolbar, and
 * provides the chosen catalog. English is errorkit's built-in default, so with `en` and no
 * `parameters.errorKit` no provider is added and stories run exactly as written. Stories never
 * render a provider of their own for the locale: extra provider props (`overrides`,
 * `accessContact`, `classify`...) come from `parameters.errorKit`, so the switch reaches them.
 */
export const withErrorKitGlobals: Decorator = (Story, context) => {
  const theme = String(context.globals.theme ?? 'light');
  const catalog = catalogOf(context.globals);
  const direction = String(context.globals.direction ?? 'auto');
  const dir = direction === 'ltr' || direction === 'rtl' ? direction : catalog.dir;
  const extra = context.parameters.errorKit as ErrorKitParameters | undefined;
  const story = <Story />;
  return (
    <div
      className="ek-sb-globals"
      data-ek-theme={theme}
      data-ek-locale={catalog.locale}
      dir={dir}
      lang={catalog.locale}
    >
      {catalog === en && !extra ? (
        story
      ) : (
        <ErrorKitProvider {...extra} messages={catalog}>
          {story}
        </ErrorKitProvider>
      )}
    </div>
  );
};
