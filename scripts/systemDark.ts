/**
 * errorkit's stylesheet writes the dark theme once, as the `[data-ek-theme='dark']` rule. The
 * same tokens also apply when the user's system prefers a dark scheme and the page has not
 * asked for light; CSS cannot share one rule between an attribute and a media query, so this
 * step writes that second rule from the first when the stylesheet is built (library build,
 * Storybook). Browser-safe: no Node imports, so tests can run it in the browser too.
 */
import type { Plugin } from 'vite';

/** The rule that holds the dark tokens, written once in `src/styles/index.css`. */
export const DARK_SELECTOR = "[data-ek-theme='dark']";
/** Where the system preference applies: a page that has chosen no theme on its root. */
export const SYSTEM_DARK_SELECTOR = ':root:not([data-ek-theme])';
const MEDIA = '@media (prefers-color-scheme: dark)';

/** The `--ek-*` declarations of the dark rule, as written. */
export function darkTokens(css: string): string[] {
  const text = css.replace(/\/\*[\s\S]*?\*\//g, '');
  const pattern = /([^{}]+)\{([^{}]*)\}/g;
  for (const match of text.matchAll(pattern)) {
    if (match[1]?.trim() !== DARK_SELECTOR) continue;
    const declarations = (match[2] ?? '')
      .split(';')
      .map((part) => part.trim())
      .filter((part) => part.startsWith('--ek-'));
    if (declarations.length > 0) return declarations;
  }
  return [];
}

/**
 * `css` with the system-dark rule added after the dark rule. Idempotent; throws when the
 * stylesheet has no dark tokens, so a broken source fails the build instead of shipping.
 */
export function withSystemDark(css: string): string {
  if (css.includes(MEDIA)) return css;
  const tokens = darkTokens(css);
  if (tokens.length === 0) {
    throw new Error(`errorkit styles: no --ek-* tokens in a ${DARK_SELECTOR} rule`);
  }
  const body = tokens.map((declaration) => `    ${declaration};`).join('\n');
  return `${css.trimEnd()}\n\n/* Written by the build from the ${DARK_SELECTOR} rule. */\n${MEDIA} {\n  ${SYSTEM_DARK_SELECTOR} {\n${body}\n  }\n}\n`;
}

/** Vite plugin: applies {@link withSystemDark} to `src/styles/index.css` wherever it is imported. */
export function errorkitStyles(): Plugin {
  return {
    name: 'errorkit-styles',
    enforce: 'pre',
    transform(code, id) {
      if (!/[\\/]src[\\/]styles[\\/]index\.css$/.test(id)) return undefined;
      return { code: withSystemDark(code), map: null };
    },
  };
}
