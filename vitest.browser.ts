import { playwright } from '@vitest/browser-playwright';
import type { BrowserConfigOptions } from 'vitest/node';

/** The system Chromium (Debian package `chromium`); `scripts/ensure-chromium.sh` installs it. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/**
 * Flags for a headless Chromium that runs as root in a container, never reaches the network
 * (only localhost resolves) and starts quickly.
 */
export const CHROMIUM_ARGS: readonly string[] = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE localhost, EXCLUDE 127.0.0.1',
];

/**
 * Browser-mode settings shared by the `browser` and `storybook` Vitest projects. A function, not
 * a constant: Vitest names the `instances` objects after their project, so each project needs
 * its own.
 */
export function chromiumBrowser(): BrowserConfigOptions {
  return {
    enabled: true,
    headless: true,
    // Failure screenshots would be written next to the test files; assertion messages and the
    // Storybook UI are enough to debug, so keep the source tree clean.
    screenshotFailures: false,
    provider: playwright({
      launchOptions: {
        executablePath: CHROMIUM_PATH,
        args: [...CHROMIUM_ARGS],
      },
    }),
    instances: [{ browser: 'chromium' }],
  };
}
