// errorkit/styles.css in a real browser: the themes define every token, the dark theme really
// overrides the light one, the colour pairs the UI uses stay readable (WCAG AA), and the
// components follow the tokens.
import '../../src/styles/index.css';
import { afterEach, describe, expect, it } from 'vitest';
import { cdp } from 'vitest/browser';

const TOKENS = [
  '--ek-color-danger',
  '--ek-color-danger-surface',
  '--ek-color-warning',
  '--ek-color-warning-surface',
  '--ek-color-text',
  '--ek-color-text-muted',
  '--ek-color-surface',
  '--ek-color-border',
  '--ek-color-focus',
  '--ek-radius',
  '--ek-space',
] as const;

type Theme = 'light' | 'dark';

/** Text colour on background colour pairs that errorkit's UI renders. */
const PAIRS: ReadonlyArray<readonly [text: string, background: string]> = [
  ['--ek-color-text', '--ek-color-surface'],
  ['--ek-color-text-muted', '--ek-color-surface'],
  ['--ek-color-text', '--ek-color-danger-surface'],
  ['--ek-color-danger', '--ek-color-danger-surface'],
  ['--ek-color-danger', '--ek-color-surface'],
  ['--ek-color-warning', '--ek-color-warning-surface'],
];

const mounted: HTMLElement[] = [];

afterEach(async () => {
  for (const element of mounted.splice(0)) element.remove();
  await emulateColorScheme('');
});

/** Emulates the user's `prefers-color-scheme` ('' resets it) through the DevTools protocol. */
async function emulateColorScheme(value: 'light' | 'dark' | ''): Promise<void> {
  await cdp().send('Emulation.setEmulatedMedia', {
    features: [{ name: 'prefers-color-scheme', value }],
  });
}

function mount(theme?: Theme, className?: string): HTMLElement {
  const element = document.createElement('div');
  if (theme) element.dataset.ekTheme = theme;
  if (className) element.className = className;
  document.body.append(element);
  mounted.push(element);
  return element;
}

function token(element: Element, name: string): string {
  return getComputedStyle(element).getPropertyValue(name).trim();
}

/** The colour a token resolves to, as `[r, g, b]` (0-255), read back from a real element. */
function resolveColor(theme: Theme, name: string): [number, number, number] {
  const probe = mount(theme);
  probe.style.color = `var(${name})`;
  const match = /^rgba?\((\d+), (\d+), (\d+)/.exec(getComputedStyle(probe).color);
  if (!match) throw new Error(`${name} did not resolve to a colour in the ${theme} theme`);
  return [Number(match[1]), Number(match[2]), Number(match[3])];
}

function luminance([r, g, b]: [number, number, number]): number {
  const [lr, lg, lb] = [r, g, b].map((channel) => {
    const c = channel / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * lr + 0.7152 * lg + 0.0722 * lb;
}

function contrast(a: [number, number, number], b: [number, number, number]): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

describe('errorkit/styles.css', () => {
  it.each(['light', 'dark'] as const)('defines every --ek-* token in the %s theme', (theme) => {
    const element = mount(theme);
    for (const name of TOKENS) {
      expect(token(element, name), name).not.toBe('');
    }
  });

  it('defines the light tokens on :root without any data-ek-theme attribute', () => {
    expect(token(document.documentElement, '--ek-color-text')).not.toBe('');
    expect(token(document.documentElement, '--ek-radius')).toBe('0.5rem');
  });

  it('switches colours, and only colours, with data-ek-theme="dark"', () => {
    const light = mount('light');
    const dark = mount('dark');
    for (const name of TOKENS.filter((t) => t.startsWith('--ek-color-'))) {
      expect(token(dark, name), name).not.toBe(token(light, name));
    }
    expect(token(dark, '--ek-radius')).toBe(token(light, '--ek-radius'));
    expect(token(dark, '--ek-space')).toBe(token(light, '--ek-space'));
  });

  it('follows prefers-color-scheme: dark when no theme is chosen', async () => {
    const dark = token(mount('dark'), '--ek-color-surface');
    const light = token(mount('light'), '--ek-color-surface');
    const unthemed = mount();

    await emulateColorScheme('dark');
    expect(matchMedia('(prefers-color-scheme: dark)').matches).toBe(true);
    expect(token(unthemed, '--ek-color-surface')).toBe(dark);

    await emulateColorScheme('light');
    expect(token(unthemed, '--ek-color-surface')).toBe(light);
  });

  it('keeps an explicit data-ek-theme="light" on <html> light under prefers-color-scheme: dark', async () => {
    const light = token(mount('light'), '--ek-color-surface');
    const root = document.documentElement;
    root.dataset.ekTheme = 'light';
    try {
      await emulateColorScheme('dark');
      expect(token(mount(), '--ek-color-surface')).toBe(light);
    } finally {
      delete root.dataset.ekTheme;
    }
  });

  it('lets a nested data-ek-theme="light" container opt out of a dark page', () => {
    const dark = mount('dark');
    const nested = document.createElement('div');
    nested.dataset.ekTheme = 'light';
    dark.append(nested);
    expect(token(nested, '--ek-color-surface')).toBe(token(mount('light'), '--ek-color-surface'));
  });

  for (const theme of ['light', 'dark'] as const) {
    for (const [text, background] of PAIRS) {
      it(`keeps ${text} on ${background} at WCAG AA contrast (4.5:1) in the ${theme} theme`, () => {
        const ratio = contrast(resolveColor(theme, text), resolveColor(theme, background));
        expect(ratio).toBeGreaterThanOrEqual(4.5);
      });
    }
  }

  it('builds .ek-error from the tokens, so overriding a token restyles it', () => {
    const box = mount('light', 'ek-error');
    expect(getComputedStyle(box).borderTopLeftRadius).toBe('8px');
    expect(getComputedStyle(box).paddingTop).toBe('16px');

    box.style.setProperty('--ek-radius', '2px');
    box.style.setProperty('--ek-space', '3px');
    expect(getComputedStyle(box).borderTopLeftRadius).toBe('2px');
    expect(getComputedStyle(box).paddingTop).toBe('6px');
  });
});
