import { composeStory, setProjectAnnotations } from '@storybook/react-vite';
import { cleanup, render } from '@testing-library/react';
import { afterAll, afterEach, beforeAll, describe, expect, test, vi } from 'vitest';
import { page } from 'vitest/browser';
import preview from '../../.storybook/preview';
import { ErrorKitProvider } from '../../src/react';
import * as ErrorDisplay from '../../stories/ErrorDisplay.stories';
import * as ErrorSummary from '../../stories/ErrorSummary.stories';
import * as FieldError from '../../stories/FieldError.stories';
import * as PermissionNotice from '../../stories/PermissionNotice.stories';
import * as ReauthPrompt from '../../stories/ReauthPrompt.stories';
import * as RetryBanner from '../../stories/RetryBanner.stories';
import { isStill, type StoryModule, storiesOf } from './stories';
import { VISUAL_VIEWPORT } from './viewport';
import './visual.css';

/**
 * The preview's decorators (theme, locale and direction from the toolbar's globals; the page
 * theme on `<html>`) and styles, without its MSW loader: stories that need MSW are not
 * screenshotted.
 */
setProjectAnnotations({ ...preview, loaders: [] });

/** Every component's story file; new stories in them are picked up without touching this test. */
// Each file's meta is typed with its own story args, which a generic module type cannot name.
const modules = {
  ErrorDisplay,
  ErrorSummary,
  FieldError,
  PermissionNotice,
  ReauthPrompt,
  RetryBanner,
} as unknown as Record<string, StoryModule>;

/** Light/en, dark/en and Arabic right to left, through the toolbar's globals. */
const VARIANTS = [
  { name: 'light', globals: { theme: 'light', locale: 'en', direction: 'auto' } },
  { name: 'dark', globals: { theme: 'dark', locale: 'en', direction: 'auto' } },
  { name: 'ar-rtl', globals: { theme: 'light', locale: 'ar', direction: 'rtl' } },
] as const;

/**
 * Components also shot at a phone's width: light/en, and Arabic right to left for the notices
 * that quote a request id or put English server text in an Arabic box.
 */
const PHONE = {
  width: 375,
  variants: {
    RetryBanner: ['light'],
    ErrorSummary: ['light'],
    PermissionNotice: ['ar-rtl'],
    ReauthPrompt: ['ar-rtl'],
  } as Partial<Record<string, string[]>>,
};

/**
 * A fixed clock: countdowns read it, so "Trying again in 30 seconds" stays 30 however long the
 * screenshot takes. The provider's `now` covers the stories without a provider of their own;
 * `vi.setSystemTime` covers the providers the stories and the locale decorator add.
 */
const NOW = Date.UTC(2026, 0, 15, 9, 30, 0);
const now = () => NOW;

beforeAll(() => {
  vi.setSystemTime(NOW);
});

afterEach(async () => {
  cleanup();
  delete document.documentElement.dataset.ekTheme;
  await page.viewport(VISUAL_VIEWPORT.width, VISUAL_VIEWPORT.height);
});

afterAll(() => {
  vi.useRealTimers();
});

test('the screenshot font, DejaVu Sans, is installed (Debian fonts-dejavu-core)', () => {
  const context = document.createElement('canvas').getContext('2d');
  const width = (font: string) => {
    if (!context) return 0;
    context.font = font;
    return context.measureText('Trying again in 30 seconds').width;
  };
  // Without the font, the first list falls back to serif and both measure the same.
  expect(width("16px 'DejaVu Sans', serif")).not.toBe(width('16px serif'));
});

for (const [component, module] of Object.entries(modules)) {
  describe(component, () => {
    const stories = storiesOf(module).filter(isStill);
    test('has stories to screenshot', () => {
      expect(stories.length).toBeGreaterThan(0);
    });
    for (const { exportName, story, meta } of stories) {
      const variants = [
        ...VARIANTS.map((variant) => ({ ...variant, width: VISUAL_VIEWPORT.width })),
        ...VARIANTS.filter((variant) => PHONE.variants[component]?.includes(variant.name)).map(
          (variant) => ({ ...variant, name: `${variant.name}-375`, width: PHONE.width }),
        ),
      ];
      for (const variant of variants) {
        const Story = composeStory(
          { ...story, globals: { ...story.globals, ...variant.globals } },
          meta,
          undefined,
          exportName,
        );
        test(`${Story.id} (${variant.name})`, async () => {
          if (variant.width !== VISUAL_VIEWPORT.width) {
            await page.viewport(variant.width, VISUAL_VIEWPORT.height);
          }
          // Loaders (none here) and `beforeEach` (e.g. going offline) set up the resting state;
          // the play function is never run.
          await Story.load();
          const { container } = render(
            <ErrorKitProvider now={now}>
              <Story />
            </ErrorKitProvider>,
          );
          // The frame around the story (visual.css) is in the variant's theme too, not the
          // light page's.
          container.dataset.ekVisual = '';
          container.dataset.ekTheme = variant.globals.theme;
          await document.fonts.ready;
          await expect(page.elementLocator(container)).toMatchScreenshot(
            `${Story.id}--${variant.name}`,
          );
        });
      }
    }
  });
}
