// The Theming page reads its token table from the stylesheets; this checks the hand-written
// parts (descriptions, the brand example) still agree with `src/styles/index.css`.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { brandTokenNames, readTokens, TOKEN_DESCRIPTIONS } from '../../stories/docs/tokens';

const read = (path: string) => readFileSync(new URL(path, import.meta.url), 'utf8');
const css = read('../../src/styles/index.css');
const brandCss = read('../../stories/themes/brand.css');
const page = read('../../stories/docs/Theming.mdx');
const tokens = readTokens(css, brandCss);
const declared = [...new Set(css.match(/--ek-[a-z-]+(?=\s*:)/g) ?? [])];
const used = [...new Set(css.match(/(?<=var\()--ek-[a-z-]+/g) ?? [])];

describe('Theming docs', () => {
  it('finds every custom property the stylesheet declares, with light and dark values', () => {
    expect(tokens.map((token) => token.name).sort()).toEqual([...declared].sort());
    for (const token of tokens) {
      expect(token.light, token.name).toBeTruthy();
      expect(token.dark, token.name).toBeTruthy();
    }
  });

  it('writes each token once per theme, with no system-dark copy in the source', () => {
    const definitions = css.match(/--ek-[a-z-]+\s*:/g) ?? [];
    const darkColours = tokens.filter((token) => token.dark !== token.light);
    // The light block defines every token; the dark block only the colours, once each.
    expect(definitions.length).toBe(declared.length + darkColours.length);
    for (const token of tokens.filter((t) => t.name.startsWith('--ek-color-'))) {
      expect(token.dark, token.name).not.toBe(token.light);
    }
    expect(css.replace(/\/\*[\s\S]*?\*\//g, '')).not.toMatch(/prefers-color-scheme/);
  });

  it('describes exactly the tokens in the stylesheet', () => {
    expect(Object.keys(TOKEN_DESCRIPTIONS).sort()).toEqual([...declared].sort());
  });

  it('lists where each used token is read', () => {
    for (const name of used) {
      expect(tokens.find((token) => token.name === name)?.usedBy.length, name).toBeGreaterThan(0);
    }
  });

  it('has a brand theme made only of known tokens, covering every colour', () => {
    const brand = brandTokenNames(brandCss);
    for (const name of brand) expect(declared).toContain(name);
    for (const name of declared.filter((token) => token.startsWith('--ek-color-'))) {
      expect(brand).toContain(name);
    }
    expect(brandCss.replace(/\/\*[\s\S]*?\*\//g, '')).not.toMatch(/\.ek-|!important/);
  });

  it('names every data-ek value and data-state the components render', () => {
    // Tables in the page are JSX (Storybook's MDX has no GFM tables): code is `{"name"}` there.
    const names = (name: string) => page.includes(`\`${name}\``) || page.includes(`{"${name}"}`);
    const components = [
      'error-summary',
      'field-error',
      'reauth-prompt',
      'permission-notice',
      'retry-banner',
      'error-notice',
    ];
    for (const name of components) expect(names(name), name).toBe(true);
    for (const state of ['counting', 'paused', 'stopped', 'exhausted', 'not-allowed', 'idle']) {
      expect(names(state), state).toBe(true);
    }
    for (const state of ['idle', 'pending', 'failed', 'denied', 'invalid', 'open', 'shown']) {
      expect(names(state), state).toBe(true);
    }
  });
});
