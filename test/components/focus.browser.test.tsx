import { cleanup, render, screen, waitFor } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import type { ReactNode } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { HttpError } from '../../src/core';
import type { ReauthFlight, ReauthState } from '../../src/headless/reauthFlight';
import type { RetryState } from '../../src/headless/retryState';
import {
  ErrorKitProvider,
  en,
  PermissionNotice,
  ReauthFlightProvider,
  ReauthPrompt,
  RetryBanner,
} from '../../src/react';

afterEach(() => {
  cleanup();
});

const rateLimited = () =>
  new HttpError({ status: 429, method: 'GET', headers: { 'retry-after': '30' } });
const unauthenticated = new HttpError({ status: 401, method: 'POST' });
const forbidden = new HttpError({ status: 403, method: 'GET' });
const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Renders `ui` in a provider and records every text the page's live region takes, so a test can
 * say that a state change was announced exactly once.
 */
function renderWithRegion(ui: ReactNode) {
  const view = render(<ErrorKitProvider>{ui}</ErrorKitProvider>);
  const region = document.querySelector('[data-ek-live-region]') as HTMLElement;
  const heard: string[] = [];
  const observer = new MutationObserver(() => {
    if (region.textContent) heard.push(region.textContent);
  });
  observer.observe(region, { childList: true, characterData: true, subtree: true });
  const times = (text: string) => heard.filter((said) => said === text).length;
  return { ...view, heard, times, stop: () => observer.disconnect() };
}

/** Tabs to the control named `name` and presses Enter on it, as a keyboard user would. */
async function press(name: string) {
  const user = userEvent.setup();
  const control = screen.getByRole('button', { name });
  while (document.activeElement !== control) await user.tab();
  await user.keyboard('{Enter}');
}

const focusIsKept = () => {
  expect(document.activeElement).not.toBe(document.body);
  expect(document.activeElement).not.toBeNull();
};

describe('focus never falls to <body>, and each state change is announced once', () => {
  it('RetryBanner "Stop": focus moves to "Try again"; "Automatic retries are stopped." is heard', async () => {
    const page = renderWithRegion(
      <RetryBanner error={rateLimited()} retry={{ onRetry: () => {} }} />,
    );
    await wait(300);
    await press('Stop');
    await waitFor(() => expect(page.times(en.stopped)).toBe(1));
    focusIsKept();
    expect(document.activeElement).toHaveAccessibleName('Try again');
    await wait(400);
    expect(page.times(en.stopped)).toBe(1);
  });

  it('RetryBanner "Retry now": focus moves to the new action; the retry is heard once', async () => {
    let retried = 0;
    const page = renderWithRegion(
      <RetryBanner error={rateLimited()} retry={{ onRetry: () => (retried += 1) }} />,
    );
    await wait(300);
    await press('Retry now');
    expect(retried).toBe(1);
    await waitFor(() => expect(page.times(en.retrying)).toBe(1));
    focusIsKept();
    expect(document.activeElement).toHaveAccessibleName('Try again');
    await wait(400);
    expect(page.times(en.retrying)).toBe(1);
  });

  it('RetryBanner under a live retry state: "Retry now" leaves no action, so the banner takes focus', async () => {
    let calls = 0;
    const live: RetryState = {
      attempt: 1,
      maxRetries: 3,
      nextAttemptAt: Date.now() + 30_000,
      paused: false,
      willRetry: true,
      reason: 'retry',
      stopped: false,
      retryNow: () => {
        calls += 1;
      },
      stop: () => {},
    };
    const page = renderWithRegion(<RetryBanner error={rateLimited()} retry={live} />);
    await wait(300);
    await press('Retry now');
    expect(calls).toBe(1);
    focusIsKept();
    expect(document.activeElement).toHaveAttribute('data-ek', 'retry-banner');
    expect(document.activeElement).toHaveAttribute('tabindex', '-1');
    await waitFor(() => expect(page.times(en.retrying)).toBe(1));
  });

  it('ReauthPrompt sign-in failure: focus stays on "Sign in again"; the failure is heard once', async () => {
    const page = renderWithRegion(
      <ReauthPrompt
        error={unauthenticated}
        reauthenticate={() => wait(100).then(() => Promise.reject(new Error('closed')))}
      />,
    );
    await wait(300);
    await press(en.signInAgain);
    await waitFor(() => expect(page.times(en.signInFailed)).toBe(1));
    focusIsKept();
    expect(document.activeElement).toHaveAccessibleName(en.signInAgain);
    await wait(400);
    expect(page.times(en.signInFailed)).toBe(1);
  });

  it('ReauthPrompt sign-in success on its own: focus stays on the prompt; "signed in" is heard once', async () => {
    const page = renderWithRegion(
      <ReauthPrompt error={unauthenticated} reauthenticate={() => wait(100)} />,
    );
    await wait(300);
    await press(en.signInAgain);
    await waitFor(() => expect(page.times(en.signedIn)).toBe(1));
    focusIsKept();
    await wait(400);
    expect(page.times(en.signedIn)).toBe(1);
  });

  it('ReauthPrompt under a shared flight: after signing in, focus moves to "Send again"', async () => {
    let state: ReauthState = 'needs-auth';
    const listeners = new Set<() => void>();
    const set = (next: ReauthState) => {
      state = next;
      for (const listener of listeners) listener();
    };
    const flight: ReauthFlight = {
      get state() {
        return state;
      },
      get error() {
        return undefined;
      },
      subscribe(listener) {
        listeners.add(listener);
        return () => listeners.delete(listener);
      },
      async reauthenticate() {
        set('pending');
        await wait(100);
        set('idle');
      },
      resendable: () => (state === 'idle' ? () => Promise.resolve() : undefined),
    };
    const page = renderWithRegion(
      <ReauthFlightProvider flight={flight}>
        <ReauthPrompt error={unauthenticated} />
      </ReauthFlightProvider>,
    );
    await wait(300);
    await press(en.signInAgain);
    await waitFor(() => expect(document.activeElement).toHaveAccessibleName(en.sendAgain));
    await waitFor(() => expect(page.heard.join('\n')).toContain(en.signedIn));
    await wait(400);
    expect(page.heard.filter((said) => said.startsWith(en.signedIn))).toHaveLength(1);
  });

  it('PermissionNotice "Request access": focus stays on the button', async () => {
    let asked = 0;
    renderWithRegion(<PermissionNotice error={forbidden} onRequestAccess={() => (asked += 1)} />);
    await press(en.requestAccess);
    expect(asked).toBe(1);
    focusIsKept();
    expect(document.activeElement).toHaveAccessibleName(en.requestAccess);
  });
});
