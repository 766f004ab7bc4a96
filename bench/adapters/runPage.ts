import type { ReactElement } from 'react';
import type { ReauthFlight, ReauthState } from '../../src/headless/reauthFlight';
import type { PageProps, ProbeState } from './types';

export interface PageRun {
  state: 'success' | 'error' | 'timeout';
  elapsedMs: number;
  /** Times the shared sign-in went `idle` → `needs-auth`: the prompts a page shows. */
  prompts: number;
  /** Distinct promises the callers of the shared `reauthenticate()` got. */
  flights: number;
}

export interface PageRunOptions {
  count: number;
  urls: readonly string[];
  guardMs: number;
  /** A failure never becomes final: the run ends at the guard. */
  endless: boolean;
  /** Once every request failed, sign in from every one of them at once and wait for the data. */
  signIn: boolean;
}

const waitFor = (
  check: () => boolean,
  subscribe: (wake: () => void) => void,
  guard: Promise<void>,
) =>
  Promise.race([
    new Promise<boolean>((resolve) => {
      const test = () => {
        if (check()) resolve(true);
      };
      subscribe(test);
      test();
    }),
    guard.then(() => false),
  ]);

/** Renders a page of probes into a fresh root and follows it to its final state. */
export async function runPage(
  render: (props: Omit<PageProps, 'kit'>) => ReactElement,
  options: PageRunOptions,
): Promise<PageRun> {
  const { createRoot } = await import('react-dom/client');
  const states: ProbeState[] = options.urls.map(() => 'pending');
  const wakers = new Set<() => void>();
  const wake = () => {
    for (const waker of [...wakers]) waker();
  };
  let flight: ReauthFlight | undefined;
  let prompts = 0;
  let previous: ReauthState = 'idle';
  const onFlight = (shared: ReauthFlight) => {
    if (flight === shared) return;
    flight = shared;
    shared.subscribe(() => {
      if (previous === 'idle' && shared.state === 'needs-auth') prompts += 1;
      previous = shared.state;
    });
    wake();
  };
  let timer: ReturnType<typeof setTimeout> | undefined;
  const guard = new Promise<void>((resolve) => {
    timer = setTimeout(resolve, options.guardMs);
  });
  const container = document.createElement('div');
  document.body.append(container);
  const root = createRoot(container);
  const started = performance.now();
  const all = (state: ProbeState) => () => states.every((each) => each === state);
  const final = () => states.every((each) => each !== 'pending');
  let flights = 0;
  try {
    root.render(
      render({
        urls: options.urls,
        report: (index, state) => {
          states[index] = state;
          wake();
        },
        onFlight,
      }),
    );
    const listen = (waker: () => void) => wakers.add(waker);
    let settled = await waitFor(options.signIn ? all('error') : final, listen, guard);
    if (settled && options.signIn && flight) {
      const shared = flight;
      const calls = options.urls.map(() => shared.reauthenticate());
      flights = new Set(calls).size;
      await Promise.allSettled(calls);
      settled = await waitFor(all('success'), listen, guard);
    }
    const elapsedMs = performance.now() - started;
    const state = !settled
      ? 'timeout'
      : states.every((each) => each === 'success')
        ? 'success'
        : 'error';
    return { state: options.endless && !settled ? 'timeout' : state, elapsedMs, prompts, flights };
  } finally {
    clearTimeout(timer);
    root.unmount();
    container.remove();
  }
}
