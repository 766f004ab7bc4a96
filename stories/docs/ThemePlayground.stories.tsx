import type { Meta, StoryObj } from '@storybook/react-vite';
import { type CSSProperties, useId, useState } from 'react';
import { expect, within } from 'storybook/test';
import { HttpError } from '../../src/core';
import {
  ErrorSummary,
  FieldError,
  PermissionNotice,
  ReauthPrompt,
  RetryBanner,
  useFieldErrors,
} from '../../src/react';
import css from '../../src/styles/index.css?raw';
import { responseFixture } from '../../test/fixtures';
import brandCss from '../themes/brand.css?raw';
import { CONTRAST_PAIRS, contrastRatio } from './contrast';
import { readTokens } from './tokens';

const tokens = readTokens(css, brandCss);
type Base = 'light' | 'dark' | 'brand';

/** The controls: a colour per `--ek-color-*` token, sizes in px. */
const COLOURS = {
  text: '--ek-color-text',
  textMuted: '--ek-color-text-muted',
  surface: '--ek-color-surface',
  border: '--ek-color-border',
  focus: '--ek-color-focus',
  action: '--ek-color-action',
  actionHover: '--ek-color-action-hover',
  actionText: '--ek-color-action-text',
  danger: '--ek-color-danger',
  dangerSurface: '--ek-color-danger-surface',
  warning: '--ek-color-warning',
  warningSurface: '--ek-color-warning-surface',
} as const;
const SIZES = { radius: '--ek-radius', space: '--ek-space', fontSize: '--ek-font-size' } as const;

type PlaygroundArgs = { base?: Base } & Partial<Record<keyof typeof COLOURS, string>> &
  Partial<Record<keyof typeof SIZES, number>>;

const rem = (pixels: number) => `${Number((pixels / 16).toFixed(4))}rem`;

/** Every token's value: the base theme's, then the controls' changes. */
function themeValues(base: Base, args: PlaygroundArgs): [string, string][] {
  return tokens
    .filter((token) => token.name !== '--ek-font-family' && token.name !== '--ek-line-height')
    .map((token) => {
      const key = [...Object.entries(COLOURS), ...Object.entries(SIZES)].find(
        ([, name]) => name === token.name,
      )?.[0] as keyof PlaygroundArgs | undefined;
      const changed = key ? args[key] : undefined;
      const fallback = token[base] ?? token.light ?? '';
      if (changed === undefined || changed === '') return [token.name, fallback];
      return [token.name, typeof changed === 'number' ? rem(changed) : String(changed)];
    });
}

const fromFixture = (id: string) => {
  const fixture = responseFixture(id);
  return new HttpError({ ...fixture.response, method: fixture.method });
};
const errors = {
  validation: fromFixture('seed-002-422-validation-example'),
  unauthenticated: fromFixture('seed-004-401-missing-token'),
  forbidden: fromFixture('seed-002-403-other-organisation'),
  server: fromFixture('seed-002-500-server-error'),
  // A long wait, so the banner stays counting while the tokens change.
  unavailable: new HttpError({ status: 503, method: 'GET', headers: { 'retry-after': '600' } }),
};

function Components() {
  const { fieldProps } = useFieldErrors(errors.validation);
  return (
    <>
      <ErrorSummary error={errors.validation} fields={['email']} autoFocus={false} />
      <div className="example-form__field">
        <label htmlFor="playground-email">Email address</label>
        <FieldError error={errors.validation} name="email" />
        <input id="playground-email" name="email" type="email" {...fieldProps('email')} />
      </div>
      <RetryBanner
        error={errors.unavailable}
        retry={{ onRetry: () => {}, attempt: 2, maxRetries: 3 }}
      />
      <RetryBanner error={errors.server} retry={{ onRetry: () => {} }} />
      <ReauthPrompt error={errors.unauthenticated} loginUrl="/login" />
      <PermissionNotice error={errors.forbidden} onRequestAccess={() => {}} />
    </>
  );
}

function ContrastReport({ values }: { values: Map<string, string> }) {
  return (
    <table>
      <caption>WCAG AA contrast of the pairs errorkit draws</caption>
      <thead>
        <tr>
          <th scope="col">Foreground on background</th>
          <th scope="col">Ratio</th>
          <th scope="col">Needs</th>
        </tr>
      </thead>
      <tbody>
        {CONTRAST_PAIRS.map(({ foreground, background, minimum }) => {
          const ratio = contrastRatio(values.get(foreground) ?? '', values.get(background) ?? '');
          const verdict =
            ratio === undefined ? 'not a hex colour' : ratio >= minimum ? 'passes' : 'fails';
          return (
            <tr key={`${foreground} ${background} ${minimum}`}>
              <th scope="row">
                <code>{foreground.slice(11)}</code> on <code>{background.slice(11)}</code>
              </th>
              <td>
                {ratio === undefined ? '—' : `${ratio.toFixed(2)}:1`} ({verdict})
              </td>
              <td>{minimum}:1</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

interface ThemePlaygroundProps extends PlaygroundArgs {
  /** The toolbar's theme, the default base. */
  toolbarTheme?: string;
}

function ThemePlayground({ toolbarTheme = 'light', ...args }: ThemePlaygroundProps) {
  const toolbarBase = ['light', 'dark', 'brand'].includes(toolbarTheme) ? toolbarTheme : 'light';
  const base = args.base ?? (toolbarBase as Base);
  const values = themeValues(base, args);
  const scheme = base === 'dark' ? 'dark' : 'light';
  const cssText = `[data-ek-theme='custom'] {\n  color-scheme: ${scheme};\n${values
    .map(([name, value]) => `  ${name}: ${value};`)
    .join('\n')}\n}\n`;
  const [copied, setCopied] = useState('');
  const codeId = useId();
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(cssText);
      setCopied('Copied the CSS to the clipboard.');
    } catch {
      setCopied('The browser did not allow copying: select the code and copy it.');
    }
  };
  const style = Object.fromEntries([...values, ['colorScheme', scheme]]) as CSSProperties;
  return (
    <div className="theme-playground">
      <section
        aria-label="Components with these tokens"
        className="theme-playground__preview"
        data-ek-theme="custom"
        style={style}
      >
        <Components />
      </section>
      <section aria-labelledby={`${codeId}-title`} className="theme-playground__code">
        <h2 id={`${codeId}-title`}>Your theme as CSS</h2>
        <p>
          Starts from the {base} theme; change the tokens with the controls. Paste the rule in your
          stylesheet and set <code>data-ek-theme="custom"</code> on a container.
        </p>
        <button type="button" data-ek-action="copy" onClick={() => void copy()}>
          Copy CSS
        </button>
        <p role="status">{copied}</p>
        <label htmlFor={codeId}>Theme CSS</label>
        <textarea
          id={codeId}
          readOnly
          value={cssText}
          rows={cssText.split('\n').length}
          spellCheck={false}
        />
      </section>
      <ContrastReport values={new Map(values)} />
    </div>
  );
}

const colour = { control: 'color', table: { category: 'Colours' } } as const;
const size = (min: number, max: number, step = 1) =>
  ({ control: { type: 'range', min, max, step }, table: { category: 'Sizes (px)' } }) as const;

const meta = {
  title: 'Guides/Theme playground',
  component: ThemePlayground,
  parameters: {
    docs: {
      description: {
        component:
          'Change the main `--ek-*` tokens and see every component follow. Empty controls keep the starting theme (the toolbar\'s, unless "base" is set); the contrast table checks each pair against WCAG AA as you go.',
      },
    },
  },
  argTypes: {
    base: {
      control: 'inline-radio',
      options: ['light', 'dark', 'brand'],
      description: 'The theme the values start from (default: the toolbar theme).',
    },
    ...Object.fromEntries(
      Object.entries(COLOURS).map(([key, name]) => [key, { ...colour, description: name }]),
    ),
    radius: { ...size(0, 24), description: '--ek-radius' },
    space: { ...size(4, 16), description: '--ek-space (the spacing unit)' },
    fontSize: { ...size(12, 24), description: '--ek-font-size' },
    toolbarTheme: { table: { disable: true } },
  },
  render: (args, context) => (
    <ThemePlayground {...args} toolbarTheme={String(context.globals.theme ?? 'light')} />
  ),
} satisfies Meta<typeof ThemePlayground>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The default tokens: every control empty, the toolbar theme as the base. */
export const Playground: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('button', { name: 'Copy CSS' })).toBeVisible();
    const code = canvas.getByLabelText('Theme CSS') as HTMLTextAreaElement;
    await expect(code.value).toContain('--ek-color-action:');
  },
};

/** A team's own colours and sizes, as a designer would set them. */
export const CustomBrand: Story = {
  name: 'Custom brand',
  args: {
    base: 'light',
    action: '#0b6e4f',
    actionHover: '#08513a',
    focus: '#b45309',
    radius: 2,
    space: 8,
    fontSize: 17,
  },
  play: async ({ canvasElement }) => {
    const code = within(canvasElement).getByLabelText('Theme CSS') as HTMLTextAreaElement;
    await expect(code.value).toContain('--ek-color-action: #0b6e4f;');
    await expect(code.value).toContain('--ek-radius: 0.125rem;');
    const section = within(canvasElement).getByRole('region', {
      name: 'Components with these tokens',
    });
    const button = within(section).getAllByRole('button')[0] as HTMLElement;
    await expect(getComputedStyle(button).backgroundColor).toBe('rgb(11, 110, 79)');
    await expect(getComputedStyle(button).borderTopLeftRadius).toBe('2px');
  },
};
