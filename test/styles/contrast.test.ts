// WCAG AA contrast of every token pair errorkit renders, computed from the stylesheets' own
// values in the light, dark and brand themes: changing a colour so a pair drops below 4.5:1
// (text) or 3:1 (borders, bars, focus rings, action fills) fails here.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CONTRAST_PAIRS, contrastRatio } from '../../stories/docs/contrast';
import { readTokens } from '../../stories/docs/tokens';

const read = (path: string) => readFileSync(new URL(path, import.meta.url), 'utf8');
const tokens = readTokens(
  read('../../src/styles/index.css'),
  read('../../stories/themes/brand.css'),
);

const themes = ['light', 'dark', 'brand'] as const;
const value = (theme: (typeof themes)[number], name: string) =>
  tokens.find((token) => token.name === name)?.[theme];

describe('contrast maths', () => {
  it('matches the WCAG reference values', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#ffffff', '#ffffff')).toBe(1);
    // #767676 on white is the classic 4.54:1 grey.
    expect(contrastRatio('#767676', '#fff')).toBeCloseTo(4.54, 2);
    expect(contrastRatio('red', '#fff')).toBeUndefined();
  });
});

describe.each(themes)('the %s theme', (theme) => {
  it('gives every colour token in a pair a hex value', () => {
    for (const { foreground, background } of CONTRAST_PAIRS) {
      expect(value(theme, foreground), foreground).toMatch(/^#[0-9a-f]{3,8}$/i);
      expect(value(theme, background), background).toMatch(/^#[0-9a-f]{3,8}$/i);
    }
  });

  it.each(CONTRAST_PAIRS)(
    'keeps $foreground on $background at $minimum:1 or more',
    ({ foreground, background, minimum }) => {
      const ratio = contrastRatio(value(theme, foreground) ?? '', value(theme, background) ?? '');
      expect(ratio, `${foreground} on ${background}`).toBeGreaterThanOrEqual(minimum);
    },
  );
});

describe('warning and danger', () => {
  it.each(themes)('are told apart in the %s theme (accents and surfaces differ)', (theme) => {
    for (const part of ['', '-surface']) {
      const warning = value(theme, `--ek-color-warning${part}`) ?? '';
      const danger = value(theme, `--ek-color-danger${part}`) ?? '';
      expect(hueDistance(warning, danger), `warning${part} vs danger${part}`).toBeGreaterThan(25);
    }
  });
});

/** Distance in degrees between two hex colours' HSL hues. */
function hueDistance(a: string, b: string): number {
  const d = Math.abs(hue(a) - hue(b)) % 360;
  return Math.min(d, 360 - d);
}

function hue(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((at) => Number.parseInt(hex.slice(at, at + 2), 16) / 255) as [
    number,
    number,
    number,
  ];
  const max = Math.max(r, g, b);
  const delta = max - Math.min(r, g, b);
  if (delta === 0) return 0;
  const h =
    max === r ? ((g - b) / delta) % 6 : max === g ? (b - r) / delta + 2 : (r - g) / delta + 4;
  return (h * 60 + 360) % 360;
}
