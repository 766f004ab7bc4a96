/**
 * WCAG 2 contrast for errorkit's colour tokens: which token pairs the UI actually renders, and
 * the ratio each must keep. Shared by `test/styles/contrast.test.ts` and the theme playground.
 */

/** A foreground token drawn on a background token, and the ratio WCAG AA asks of it. */
export interface ContrastPair {
  foreground: string;
  background: string;
  /** 4.5 for text, 3 for borders, bars, focus rings and control fills (WCAG 1.4.3 / 1.4.11). */
  minimum: 4.5 | 3;
}

const SURFACES = ['surface', 'danger-surface', 'warning-surface'] as const;
const token = (name: string) => `--ek-color-${name}`;
const pairs = (foreground: string, backgrounds: readonly string[], minimum: 4.5 | 3) =>
  backgrounds.map((background) => ({
    foreground: token(foreground),
    background: token(background),
    minimum,
  }));

/** Every pair errorkit's stylesheet puts on screen. */
export const CONTRAST_PAIRS: readonly ContrastPair[] = [
  // Text: body and secondary text on every box; accents as text; the primary action's label.
  ...pairs('text', SURFACES, 4.5),
  ...pairs('text-muted', SURFACES, 4.5),
  ...pairs('danger', ['surface', 'danger-surface'], 4.5),
  ...pairs('warning', ['warning-surface'], 4.5),
  ...pairs('action-text', ['action', 'action-hover'], 4.5),
  // UI: focus rings, borders and bars against what surrounds them; the action's fill.
  ...pairs('focus', SURFACES, 3),
  ...pairs('border', SURFACES, 3),
  ...pairs('danger', SURFACES, 3),
  ...pairs('warning', ['surface', 'warning-surface'], 3),
  ...pairs('action', SURFACES, 3),
  ...pairs('action-hover', SURFACES, 3),
];

/** `#rgb` / `#rrggbb` (alpha ignored) -> `[r, g, b]` in 0-255, or `undefined` if not a hex colour. */
export function parseHex(value: string): [number, number, number] | undefined {
  const match = /^#([0-9a-f]{3,4}|[0-9a-f]{6}|[0-9a-f]{8})$/i.exec(value.trim());
  if (!match) return undefined;
  let hex = match[1] as string;
  if (hex.length <= 4) hex = [...hex].map((digit) => digit + digit).join('');
  return [0, 2, 4].map((at) => Number.parseInt(hex.slice(at, at + 2), 16)) as [
    number,
    number,
    number,
  ];
}

/** WCAG 2 relative luminance of an sRGB colour. */
export function luminance([r, g, b]: [number, number, number]): number {
  const [lr, lg, lb] = [r, g, b].map((channel) => {
    const c = channel / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * lr + 0.7152 * lg + 0.0722 * lb;
}

/** WCAG 2 contrast ratio of two hex colours (1 to 21), or `undefined` if either is not hex. */
export function contrastRatio(a: string, b: string): number | undefined {
  const [x, y] = [parseHex(a), parseHex(b)];
  if (!x || !y) return undefined;
  const [hi, lo] = [luminance(x), luminance(y)].sort((p, q) => q - p) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}
