/**
 * Reads errorkit's design tokens straight from the stylesheets, so the Theming page cannot drift
 * from `src/styles/index.css`: names, light / dark / brand values and the rules that use each
 * token all come from the CSS text. Only the one-line descriptions below are written by hand,
 * and `test/styles/themingDocs.test.ts` fails when they and the CSS disagree.
 */

import { DARK_SELECTOR } from '../../scripts/systemDark';

/** One `--ek-*` custom property as the stylesheets define and use it. */
export interface Token {
  name: string;
  description: string;
  light?: string;
  /** The dark theme's value (also the system dark scheme's), else the light value. */
  dark?: string;
  brand?: string;
  /** `selector → property` for every declaration that reads the token. */
  usedBy: string[];
}

/** What each token colours or sizes, in a few words. */
export const TOKEN_DESCRIPTIONS: Record<string, string> = {
  '--ek-color-danger':
    'Danger accent (server errors, validation, no access): FieldError text, summary border and links, the bar and border of PermissionNotice, ErrorNotice, server-error and exhausted / not-allowed banners, the failed sign-in bar.',
  '--ek-color-danger-surface':
    'Background of danger notices: PermissionNotice, ErrorNotice, server-error banners, `.ek-error`.',
  '--ek-color-warning':
    'Warning accent (wait, then it works): the bar and border of ReauthPrompt and rate-limited / unavailable / offline banners.',
  '--ek-color-warning-surface': 'Background of warning notices (ReauthPrompt, most RetryBanners).',
  '--ek-color-text': 'Body text of every component; text and hover border of the outlined “Stop”.',
  '--ek-color-text-muted': 'Secondary text: the request reference and the “Attempt n of m” line.',
  '--ek-color-surface': 'ErrorSummary background; the page colour the other pairs are checked on.',
  '--ek-color-border':
    'Border of outlined (secondary) actions such as “Stop”; 3:1 on every surface.',
  '--ek-color-focus': 'Focus rings of buttons, links and the summary; 3:1 on every surface.',
  '--ek-color-action':
    'Fill of the primary action (“Retry now”, “Try again”, “Sign in again”, “Request access”).',
  '--ek-color-action-hover': 'Fill of the primary action under the pointer.',
  '--ek-color-action-text': 'Label of the primary action, on its fill.',
  '--ek-radius': 'Corner radius of boxes and buttons.',
  '--ek-space':
    'The spacing unit (8 px): paddings, gaps, margins and the 40 px action height are multiples of it.',
  '--ek-font-family': 'Font of every component (`inherit` by default: your page’s font).',
  '--ek-font-size': 'Base font size of the components; titles scale from it in `em`.',
  '--ek-line-height': 'Line height of component text.',
};

interface Rule {
  selector: string;
  body: string;
  media?: string;
}

/** Top-level rules and rules inside `@media` blocks, comments removed. Enough for our CSS. */
export function parseRules(css: string): Rule[] {
  const text = css.replace(/\/\*[\s\S]*?\*\//g, '');
  const rules: Rule[] = [];
  let index = 0;
  const walk = (end: number, media?: string) => {
    while (index < end) {
      const open = text.indexOf('{', index);
      if (open === -1 || open >= end) {
        index = end;
        return;
      }
      const prelude = text.slice(index, open).trim();
      if (prelude.startsWith('@media')) {
        const close = matching(text, open);
        index = open + 1;
        walk(close, prelude);
        index = close + 1;
      } else {
        const close = text.indexOf('}', open);
        rules.push({
          selector: prelude.replace(/\s+/g, ' '),
          body: text.slice(open + 1, close),
          media,
        });
        index = close + 1;
      }
    }
  };
  walk(text.length);
  return rules;
}

function matching(text: string, open: number): number {
  let depth = 0;
  for (let i = open; i < text.length; i += 1) {
    if (text[i] === '{') depth += 1;
    else if (text[i] === '}') {
      depth -= 1;
      if (depth === 0) return i;
    }
  }
  return text.length;
}

function declarations(body: string): [string, string][] {
  return body
    .split(';')
    .map((part) => part.trim())
    .filter((part) => part.includes(':'))
    .map((part) => {
      const colon = part.indexOf(':');
      return [part.slice(0, colon).trim(), part.slice(colon + 1).trim()] as [string, string];
    });
}

/** `--ek-*` definitions of the rules whose selector matches `test`. */
function definitions(rules: Rule[], test: (rule: Rule) => boolean): Map<string, string> {
  const found = new Map<string, string>();
  for (const rule of rules.filter(test)) {
    for (const [property, value] of declarations(rule.body)) {
      if (property.startsWith('--ek-')) found.set(property, value);
    }
  }
  return found;
}

/** Every token of errorkit's stylesheet, in the order the light theme defines them. */
export function readTokens(css: string, brandCss = ''): Token[] {
  const rules = parseRules(css);
  const light = definitions(rules, (rule) => !rule.media && rule.selector.includes(':root'));
  const dark = definitions(rules, (rule) => !rule.media && rule.selector === DARK_SELECTOR);
  const brand = definitions(parseRules(brandCss), (rule) =>
    rule.selector.includes("[data-ek-theme='brand']"),
  );
  return [...light].map(([name, value]) => ({
    name,
    description: TOKEN_DESCRIPTIONS[name] ?? '',
    light: value,
    dark: dark.get(name) ?? value,
    brand: brand.get(name),
    usedBy: usages(rules, name),
  }));
}

/** `selector → property` for each declaration that reads `var(name)`. */
export function usages(rules: Rule[], name: string): string[] {
  const pattern = new RegExp(`var\\(${name.replace(/-/g, '\\-')}[,)]`);
  const found: string[] = [];
  for (const rule of rules) {
    for (const [property, value] of declarations(rule.body)) {
      if (!property.startsWith('--ek-') && pattern.test(value)) {
        found.push(`${rule.selector} → ${property}`);
      }
    }
  }
  return found;
}

/** Every `--ek-*` name the brand stylesheet sets. */
export function brandTokenNames(brandCss: string): string[] {
  return [...definitions(parseRules(brandCss), () => true).keys()];
}
