// errorkit/styles.css in a real browser, as the build writes it (with the system dark-scheme
// rule): the themes define every token, the nearest data-ek-theme wins, the system preference
// applies only where no theme is chosen, and the components follow the tokens. Contrast is
// checked from the token values in contrast.test.ts.
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { cdp } from 'vitest/browser';
import { withSystemDark } from '../../scripts/systemDark';
import source from '../../src/styles/index.css?raw';

beforeAll(() => {
  const style = document.createElement('style');
  style.textContent = withSystemDark(source);
  document.head.append(style);
});

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
  '--ek-color-action',
  '--ek-color-action-hover',
  '--ek-color-action-text',
  '--ek-radius',
  '--ek-space',
] as const;

const COLOURS = TOKENS.filter((name) => name.startsWith('--ek-color-'));

type Theme = 'light' | 'dark';

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

function mount(theme?: Theme, className?: string, parent: HTMLElement = document.body) {
  const element = document.createElement('div');
  if (theme) element.dataset.ekTheme = theme;
  if (className) element.className = className;
  parent.append(element);
  if (parent === document.body) mounted.push(element);
  return element;
}

/** A component root (`data-ek`), as errorkit renders it, inside `parent`. */
function component(parent: HTMLElement = document.body): HTMLElement {
  const root = mount(undefined, 'ek-error-notice', parent);
  root.dataset.ek = 'error-notice';
  return root;
}

function token(element: Element, name: string): string {
  return getComputedStyle(element).getPropertyValue(name).trim();
}

/** The colour `name` resolves to on `element`, as the browser computes it (`rgb(...)`). */
function colour(element: HTMLElement, name: string): string {
  const probe = document.createElement('span');
  probe.style.color = `var(${name})`;
  element.append(probe);
  const value = getComputedStyle(probe).color;
  probe.remove();
  return value;
}

function rgb(value: string): [number, number, number] {
  const match = /^rgba?\((\d+), (\d+), (\d+)/.exec(value);
  if (!match) throw new Error(`${value} is not a colour`);
  return [Number(match[1]), Number(match[2]), Number(match[3])];
}

describe('errorkit/styles.css', () => {
  it.each(['light', 'dark'] as const)('defines every --ek-* token in the %s theme', (theme) => {
    const element = mount(theme);
    for (const name of TOKENS) {
      expect(token(element, name), name).not.toBe('');
    }
  });

  it('defines the tokens on :root without any data-ek-theme attribute', () => {
    expect(token(document.documentElement, '--ek-color-text')).not.toBe('');
    expect(token(document.documentElement, '--ek-radius')).toBe('0.5rem');
  });

  it('switches colours, and only colours, with data-ek-theme="dark"', () => {
    const light = mount('light');
    const dark = mount('dark');
    for (const name of COLOURS) {
      expect(colour(dark, name), name).not.toBe(colour(light, name));
    }
    expect(token(dark, '--ek-radius')).toBe(token(light, '--ek-radius'));
    expect(token(dark, '--ek-space')).toBe(token(light, '--ek-space'));
  });

  it('resolves every colour to the same value inside a component as on its themed container', () => {
    for (const theme of ['light', 'dark'] as const) {
      const container = mount(theme);
      const root = component(container);
      for (const name of COLOURS) expect(colour(root, name), name).toBe(colour(container, name));
    }
  });

  it('follows prefers-color-scheme: dark when no theme is chosen', async () => {
    const dark = colour(mount('dark'), '--ek-color-surface');
    const light = colour(mount('light'), '--ek-color-surface');
    const unthemed = component();

    await emulateColorScheme('dark');
    expect(matchMedia('(prefers-color-scheme: dark)').matches).toBe(true);
    expect(colour(unthemed, '--ek-color-surface')).toBe(dark);
    expect(getComputedStyle(unthemed).backgroundColor).toBe(
      colour(mount('dark'), '--ek-color-danger-surface'),
    );

    await emulateColorScheme('light');
    expect(colour(unthemed, '--ek-color-surface')).toBe(light);
  });

  it('keeps an explicit data-ek-theme="light" on <html> light under prefers-color-scheme: dark', async () => {
    const light = colour(mount('light'), '--ek-color-surface');
    const root = document.documentElement;
    root.dataset.ekTheme = 'light';
    try {
      await emulateColorScheme('dark');
      expect(colour(component(), '--ek-color-surface')).toBe(light);
    } finally {
      delete root.dataset.ekTheme;
    }
  });

  it('lets the nearest data-ek-theme win, however themes nest', async () => {
    const light = colour(mount('light'), '--ek-color-surface');
    const dark = colour(mount('dark'), '--ek-color-surface');
    const outer = mount('dark');
    const nested = mount('light', undefined, outer);
    const inner = mount('dark', undefined, nested);
    expect(colour(component(nested), '--ek-color-surface')).toBe(light);
    expect(colour(component(inner), '--ek-color-surface')).toBe(dark);
  });

  it('renders the dark theme with the dark values written in the stylesheet', () => {
    const dark = mount('dark');
    expect(rgb(colour(dark, '--ek-color-surface'))).toEqual([16, 24, 40]);
    expect(rgb(colour(mount('light'), '--ek-color-surface'))).toEqual([255, 255, 255]);
  });

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
