// @vitest-environment node
// The dark tokens are written once in src/styles/index.css; the build writes the
// prefers-color-scheme copy. This checks that step on the real stylesheet and on what
// `vite build` ships as dist/styles.css.
import { readFileSync } from 'node:fs';
import { build, type Rolldown } from 'vite';
import { describe, expect, it } from 'vitest';
import { darkTokens, errorkitStyles, withSystemDark } from '../../scripts/systemDark';

const source = readFileSync(new URL('../../src/styles/index.css', import.meta.url), 'utf8');

describe('withSystemDark', () => {
  it('copies every dark token, and only those, into a prefers-color-scheme rule', () => {
    const dark = darkTokens(source);
    expect(dark.length).toBeGreaterThanOrEqual(12);
    expect(dark.every((declaration) => declaration.startsWith('--ek-color-'))).toBe(true);
    const out = withSystemDark(source);
    const media = out.slice(out.indexOf('@media (prefers-color-scheme: dark)'));
    expect(media).toContain(':root:not([data-ek-theme]) {');
    for (const declaration of dark) expect(media).toContain(`${declaration};`);
    expect(media.slice(media.indexOf('{'))).not.toContain('color-scheme');
    expect(out.startsWith(source.trimEnd())).toBe(true);
  });

  it('is idempotent', () => {
    const once = withSystemDark(source);
    expect(withSystemDark(once)).toBe(once);
  });

  it('fails loudly on a stylesheet without dark tokens', () => {
    expect(() => withSystemDark(':root { --ek-space: 1rem; }')).toThrow(/no --ek-\* tokens/);
  });
});

describe('dist/styles.css', () => {
  it('ships the light, dark and system-dark tokens, minified', async () => {
    const output = (await build({
      configFile: false,
      logLevel: 'silent',
      plugins: [errorkitStyles()],
      build: {
        write: false,
        cssCodeSplit: true,
        lib: {
          entry: { styles: new URL('../../src/styles/index.css', import.meta.url).pathname },
          formats: ['es'],
        },
      },
    })) as Rolldown.RolldownOutput[];
    const asset = output
      .flatMap((result) => result.output)
      .find((file) => file.type === 'asset' && file.fileName.endsWith('.css'));
    const css = String(asset?.type === 'asset' ? asset.source : '');
    expect(css).toMatch(
      /@media \(prefers-color-scheme:\s?dark\)\{:root:not\(\[data-ek-theme\]\)\{/,
    );
    expect(css).toContain('[data-ek-theme=dark]{--ek-color-danger:#fda29b');
    expect(css.match(/--ek-color-surface:#101828/g)).toHaveLength(2);
    expect(css.length).toBeLessThan(8000);
  });
});
