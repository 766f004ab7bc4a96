import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, within } from 'storybook/test';
import { HttpError } from '../../src/core';
import { ErrorDisplay, FieldError, fill, useFieldErrors } from '../../src/react';
import { responseFixture } from '../../test/fixtures';
import { messagesFor, visibleText } from '../support/messages';

/** A shared fixture as the error `fetchJson` would throw. */
const fromFixture = (id: string) => {
  const fixture = responseFixture(id);
  return new HttpError({ ...fixture.response, method: fixture.method });
};

/**
 * The errors the stories show, by name. Kept out of `args`: Storybook walks and serialises
 * args, and an error carries a `Headers` object.
 */
const errors = {
  'forbidden 403 (seed 002)': () => fromFixture('seed-002-403-other-organisation'),
  'validation 422 (seed 002)': () => fromFixture('seed-002-422-validation-example'),
  'unauthenticated 401 (seed 002)': () => fromFixture('seed-002-401-unauthenticated'),
  'rate-limited 429 (Retry-After: 30)': () =>
    new HttpError({ status: 429, method: 'GET', headers: { 'retry-after': '30' } }),
} as const;

type ErrorName = keyof typeof errors;

const built = new Map<ErrorName, unknown>();
const errorFor = (name: ErrorName) => {
  if (!built.has(name)) built.set(name, errors[name]());
  return built.get(name);
};

interface SwitchDemoProps {
  /** Which error `ErrorDisplay` shows. */
  errorName: ErrorName;
  /** Sends the request again (RetryBanner). */
  onRetry?: () => void;
  /** Lets the user ask for access (PermissionNotice). */
  onRequestAccess?: () => void;
}

/**
 * `ErrorDisplay` without a provider of its own: the toolbar decorator supplies the catalog, the
 * theme, `dir` and `lang`. A validation error also gets a field, to show the translated prefix.
 */
function SwitchDemo({ errorName, onRetry, onRequestAccess }: SwitchDemoProps) {
  const error = errorFor(errorName);
  const { fieldProps } = useFieldErrors(error);
  return (
    <>
      <ErrorDisplay
        error={error}
        retry={{ onRetry }}
        permission={{ onRequestAccess }}
        reauth={{ loginUrl: '/login' }}
        summary={{ fields: ['email'], autoFocus: false }}
      />
      {errorName.startsWith('validation') ? (
        <form aria-label="Payment">
          <label htmlFor="globals-email">Email</label>
          <FieldError error={error} name="email" />
          <input id="globals-email" name="email" {...fieldProps('email')} />
        </form>
      ) : null}
    </>
  );
}

const meta = {
  title: 'Guides/Toolbar switches',
  component: SwitchDemo,
  tags: ['autodocs'],
  parameters: {
    docs: {
      description: {
        component:
          'The toolbar has three switches that apply to every story: **Theme** (`light`, `dark`, `brand`) sets `data-ek-theme` on a wrapper; **Locale** (`en`, `de`, `ar`, `fr`, `es`, `pt-BR`, `ja`, `zh-CN`) provides that message catalog through `ErrorKitProvider` (no story renders a provider of its own for the locale: other provider props come from `parameters.errorKit`); **Direction** (`ltr`, `rtl`, or from the locale) sets `dir`, and `lang` follows the locale. The stories below pin the switches with story-level `globals` and check the wrapper and the translated text.',
      },
    },
  },
  argTypes: {
    errorName: { control: 'select', options: Object.keys(errors) },
  },
  args: { errorName: 'forbidden 403 (seed 002)', onRetry: fn(), onRequestAccess: fn() },
} satisfies Meta<typeof SwitchDemo>;

export default meta;

type Story = StoryObj<typeof meta>;

/** The wrapper the toolbar decorator renders around the story. */
const wrapper = (canvasElement: HTMLElement) =>
  canvasElement.querySelector('.ek-sb-globals') as HTMLElement;

/** Dark, Arabic, right to left: the permission notice in the Arabic catalog. */
export const DarkArabic: Story = {
  name: 'Dark · ar · rtl (permission notice)',
  globals: { theme: 'dark', locale: 'ar', direction: 'rtl' },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const root = wrapper(canvasElement);
    await expect(root).toHaveAttribute('data-ek-theme', 'dark');
    await expect(root).toHaveAttribute('dir', 'rtl');
    await expect(root).toHaveAttribute('lang', 'ar');
    const notice = canvasElement.querySelector('[data-ek="permission-notice"]') as HTMLElement;
    await expect(getComputedStyle(notice).direction).toBe('rtl');
    await expect(getComputedStyle(notice).getPropertyValue('--ek-color-surface').trim()).toBe(
      '#101828',
    );
    await expect(canvas.getByRole('heading', { name: 'ليس لديك إذن بالوصول' })).toBeVisible();
    await expect(canvas.getByRole('button', { name: 'طلب إذن الوصول' })).toBeVisible();
  },
};

/** Dark, Arabic: the error summary and the field's visually hidden prefix are translated. */
export const DarkArabicValidation: Story = {
  name: 'Dark · ar · rtl (error summary)',
  globals: { theme: 'dark', locale: 'ar', direction: 'rtl' },
  args: { errorName: 'validation 422 (seed 002)' },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(wrapper(canvasElement)).toHaveAttribute('data-ek-theme', 'dark');
    await expect(canvas.getByRole('region', { name: 'توجد مشكلة' })).toBeVisible();
    await expect(canvas.getByLabelText('Email')).toHaveAccessibleDescription(
      'خطأ: The email field is required. خطأ: The email must be a valid email address.',
    );
  },
};

/** Brand theme, German: the retry banner with the brand's tokens and the German catalog. */
export const BrandGerman: Story = {
  name: 'Brand · de (retry banner)',
  globals: { theme: 'brand', locale: 'de', direction: 'auto' },
  args: { errorName: 'rate-limited 429 (Retry-After: 30)' },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const root = wrapper(canvasElement);
    await expect(root).toHaveAttribute('data-ek-theme', 'brand');
    await expect(root).toHaveAttribute('dir', 'ltr');
    await expect(root).toHaveAttribute('lang', 'de');
    const banner = canvasElement.querySelector('[data-ek="retry-banner"]') as HTMLElement;
    await expect(getComputedStyle(banner).borderTopLeftRadius).toBe('16px');
    await expect(getComputedStyle(banner).getPropertyValue('--ek-color-focus').trim()).toBe(
      '#6d28d9',
    );
    await expect(canvas.getByText('Zu viele Anfragen')).toBeVisible();
    await expect(canvas.getByRole('button', { name: 'Jetzt erneut versuchen' })).toBeVisible();
    await expect(canvas.getByRole('button', { name: 'Anhalten' })).toBeVisible();
  },
};

/** Brand theme, German, forced right to left: direction is its own switch. */
export const BrandGermanRtl: Story = {
  name: 'Brand · de · rtl (sign in again)',
  globals: { theme: 'brand', locale: 'de', direction: 'rtl' },
  args: { errorName: 'unauthenticated 401 (seed 002)' },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const root = wrapper(canvasElement);
    await expect(root).toHaveAttribute('dir', 'rtl');
    await expect(root).toHaveAttribute('lang', 'de');
    await expect(
      canvas.getByRole('heading', { name: 'Ihre Sitzung ist abgelaufen' }),
    ).toBeVisible();
    await expect(canvas.getByRole('link', { name: 'Erneut anmelden' })).toHaveAttribute(
      'href',
      '/login',
    );
  },
};

/** The defaults: light, English (errorkit's built-in catalog, no extra provider), left to right. */
export const Defaults: Story = {
  name: 'Defaults · light · en',
  // Pinned, so the check holds whatever the toolbar (or a test project) starts with.
  globals: { theme: 'light', locale: 'en', direction: 'auto' },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const root = wrapper(canvasElement);
    await expect(root).toHaveAttribute('data-ek-theme', 'light');
    await expect(root).toHaveAttribute('dir', 'ltr');
    await expect(root).toHaveAttribute('lang', 'en');
    await expect(canvas.getByRole('heading', { name: 'You do not have access' })).toBeVisible();
  },
};

/**
 * Provider props besides the catalog come from `parameters.errorKit`, so the toolbar's locale
 * still reaches the story: here `accessContact`, in whichever locale is chosen.
 */
export const ProviderProps: Story = {
  name: 'Provider props from parameters.errorKit',
  parameters: { errorKit: { accessContact: 'the finance team' } },
  play: async ({ canvasElement, globals }) => {
    const m = messagesFor(globals);
    const notice = canvasElement.querySelector('[data-ek="permission-notice"]');
    await expect(wrapper(canvasElement)).toHaveAttribute('lang', m.locale);
    await expect(visibleText(notice)).toContain(
      fill(m.askForAccess, { contact: 'the finance team' }),
    );
  },
};
