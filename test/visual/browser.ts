import { join } from 'node:path';
import { playwright } from '@vitest/browser-playwright';
import type { BrowserConfigOptions } from 'vitest/node';
import { CHROMIUM_ARGS, CHROMIUM_PATH, chromiumBrowser } from '../../vitest.browser.ts';
import { VISUAL_VIEWPORT } from './viewport.ts';

/** Where a failing comparison writes its diff (and the screenshot it took), out of the source tree. */
export const VISUAL_RESULTS = 'test-results/visual';

/**
 * The `browser` project's Chromium with a fixed viewport and screenshot comparison settings:
 * baselines live in `__screenshots__` next to the test (committed), diffs go to
 * `test-results/visual/`.
 */
export function visualBrowser(): BrowserConfigOptions {
  return {
    ...chromiumBrowser(),
    provider: playwright({
      launchOptions: { executablePath: CHROMIUM_PATH, args: [...CHROMIUM_ARGS] },
      // A window larger than the test frame, so the frame is never scaled down to fit and a
      // story taller than the screen is captured whole.
      contextOptions: {
        viewport: { width: VISUAL_VIEWPORT.width + 640, height: VISUAL_VIEWPORT.height + 200 },
      },
    }),
    viewport: { ...VISUAL_VIEWPORT },
    expect: {
      toMatchScreenshot: {
        comparatorName: 'pixelmatch',
        // Two identical captures in a row make a screenshot "stable". No timeout of its own: the
        // matcher races a timer it never clears, so each comparison left a 20 s timer behind and
        // the run sat idle for the last ones before it could exit. The test's own timeout
        // (`testTimeout`) still fails a page that never settles.
        timeout: 0,
        // Anti-aliasing noise is ignored; a changed colour, word or layout is not.
        comparatorOptions: { threshold: 0.1, allowedMismatchedPixelRatio: 0.0005 },
        resolveScreenshotPath: ({ root, testFileDirectory, screenshotDirectory, arg, ext }) =>
          join(root, testFileDirectory, screenshotDirectory, `${arg}${ext}`),
        resolveDiffPath: ({ root, arg, ext }) => join(root, VISUAL_RESULTS, `${arg}${ext}`),
      },
    },
  };
}
