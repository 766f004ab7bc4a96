import { act, cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { englishMessages, HttpError } from '../../src/core';
import type { ReauthFlight, ReauthState } from '../../src/headless/reauthFlight';
import { ErrorKitProvider, en, ReauthFlightProvider, ReauthPrompt } from '../../src/react';

// Live-region listeners of the current test, disconnected after it.
const listening: MutationObserver[] = [];

afterEach(() => {
  for (const observer of listening.splice(0)) observer.disconnect();
  cleanup();
});

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** A shared flight driven by hand: `set` moves it to a state. */
function handFlight() {
  let state: ReauthState = 'needs-auth';
  const listeners = new Set<() => void>();
  const flight: ReauthFlight = {
    get state() {
      return state;
    },
    error: undefined,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    reauthenticate: () => Promise.resolve(),
  };
  const set = (next: ReauthState) => {
    state = next;
    for (const listener of [...listeners]) listener();
  };
  return { flight, set };
}

/** Everything the page's live region says, in order. */
function listen() {
  const heard: string[] = [];
  const region = document.querySelector('[data-ek-live-region]') as HTMLElement;
  const observer = new MutationObserver(() => {
    if (region.textContent) heard.push(region.textContent);
  });
  observer.observe(region, { childList: true, characterData: true, subtree: true });
  listening.push(observer);
  return heard;
}

const first = new HttpError({ status: 401, method: 'GET', url: '/a' });
const second = new HttpError({ status: 401, method: 'GET', url: '/b' });

/** `prompts` 2: two prompts under the flight; 1: the second only; 0: none. */
function Page({ flight, prompts }: { flight: ReauthFlight; prompts: 0 | 1 | 2 }) {
  return (
    <ErrorKitProvider>
      <ReauthFlightProvider flight={flight}>
        {prompts === 2 ? <ReauthPrompt error={first} /> : null}
        {prompts > 0 ? <ReauthPrompt error={second} /> : null}
      </ReauthFlightProvider>
    </ErrorKitProvider>
  );
}

/** Two prompts under one flight, whose sign-in has just failed; `times` counts what was said. */
async function failedWithTwoPrompts() {
  const { flight, set } = handFlight();
  const page = render(<Page flight={flight} prompts={2} />);
  const heard = listen();
  await sleep(250);
  const fail = () => {
    act(() => set('pending'));
    act(() => set('failed'));
  };
  fail();
  const show = (prompts: 0 | 1 | 2) => page.rerender(<Page flight={flight} prompts={prompts} />);
  const handOver = () => show(1);
  const times = (test: (said: string) => boolean) => heard.filter(test).length;
  return { fail, handOver, show, times, set };
}

const isFailure = (said: string) => said === en.signInFailed;
const sessionEnded = (said: string) => said.startsWith(englishMessages.unauthenticated.title);

describe('ReauthPrompt under a shared flight, when another prompt takes over', () => {
  it('the session notice and the sign-in failure are each said once, not again by the next prompt', async () => {
    const page = await failedWithTwoPrompts();
    await sleep(150);
    expect(screen.getByRole('region')).toHaveTextContent(en.signInFailed);

    // The prompt that showed the flight goes away; the other one shows it now.
    page.handOver();
    expect(screen.getByRole('region')).toHaveTextContent(en.signInFailed);
    await sleep(250);
    expect(page.times(isFailure)).toBe(1);
    expect(page.times(sessionEnded)).toBe(1);

    // A new failure of the flight is news: said once more.
    page.fail();
    await sleep(150);
    expect(page.times(isFailure)).toBe(2);
  });

  it('a prompt taken away before its announcement was said leaves it to the next prompt', async () => {
    const page = await failedWithTwoPrompts();
    // Within the region's 50 ms delay: the first prompt's failure text was never said.
    page.handOver();
    await sleep(250);
    expect(page.times(isFailure)).toBe(1);
  });

  it('a new round of 401s after signing in is said again, even if no prompt was there in between', async () => {
    const page = await failedWithTwoPrompts();
    await sleep(150);
    page.show(0);
    act(() => page.set('idle'));
    act(() => page.set('needs-auth'));
    page.show(1);
    await sleep(250);
    expect(page.times(sessionEnded)).toBe(2);
    expect(screen.getByRole('region')).not.toHaveTextContent(en.signInFailed);
  });
});

describe('ReauthPrompt announcement text', () => {
  it('a server message that repeats the title is said once', async () => {
    const repeated = new HttpError({
      status: 401,
      method: 'GET',
      body: { message: 'Your session has ended.' },
    });
    render(
      <ErrorKitProvider>
        <ReauthPrompt error={repeated} />
      </ErrorKitProvider>,
    );
    const heard = listen();
    await sleep(250);
    expect(heard).toEqual(['Your session has ended']);
  });
});
