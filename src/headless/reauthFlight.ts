import type { ClassifiedError } from '../core';

/**
 * Where a shared re-authentication is: `needs-auth` once a request failed as `unauthenticated`,
 * `pending` while the app's one sign-in call runs, `failed` when it rejected.
 */
export type ReauthState = 'idle' | 'needs-auth' | 'pending' | 'failed';

/**
 * One shared re-authentication for the whole page, framework-free: one prompt however many 401s
 * there are, and signing in from it recovers them all. `QueryReauthProvider` provides one over
 * TanStack Query; `ReauthFlightProvider` takes an app's own.
 */
export interface ReauthFlight {
  readonly state: ReauthState;
  /** The latest `unauthenticated` error, for the prompt's text; `undefined` when idle. */
  readonly error: ClassifiedError | undefined;
  /** Called after every change; returns the unsubscribe function. */
  subscribe(listener: () => void): () => void;
  /** Single flight: one sign-in however many callers; resolves once the failed requests were recovered. */
  reauthenticate(): Promise<unknown>;
  /** After signing in: sends the request that failed with `error` again (a mutation). */
  resendable?(error: unknown): (() => Promise<unknown>) | undefined;
  /**
   * Whether `reauthenticate()` signs in without leaving the page; `false` makes prompts link.
   * @default true
   */
  readonly inPlace?: boolean;
}

/** Which of the mounted prompts shows the flight: outlets first, then in the order they appeared. */
export interface PromptSlots {
  /** Puts a prompt in line; returns the function that takes it out. */
  claim(id: { outlet?: boolean | undefined }): () => void;
  subscribe(listener: () => void): () => void;
  /** The prompt that shows the flight, if any is in line. */
  first(): { outlet?: boolean | undefined } | undefined;
  /**
   * What the prompts announce, one object per moment shared by every prompt. A render may see a
   * state that is already gone, so only {@link observe} ends a moment.
   */
  moments(state: ReauthState): { needed?: object; failure?: object };
  /** Called with the flight's state after each of its changes: ends the moments that are over. */
  observe(state: ReauthState): void;
  /** Moments already announced, so a prompt that takes over the flight does not repeat them. */
  readonly spoken: WeakSet<object>;
}

export function createPromptSlots(): PromptSlots {
  const ids: { outlet?: boolean | undefined }[] = [];
  const listeners = new Set<() => void>();
  let needed: object | undefined;
  let failure: object | undefined;
  const emit = () => {
    for (const listener of [...listeners]) listener();
  };
  return {
    claim(id) {
      ids.push(id);
      emit();
      return () => {
        ids.splice(ids.indexOf(id), 1);
        emit();
      };
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
    first: () => ids.find((id) => id.outlet) ?? ids[0],
    moments(state) {
      if (state !== 'idle') needed ??= {};
      if (state === 'failed') failure ??= {};
      return {
        needed: state === 'idle' ? undefined : needed,
        failure: state === 'failed' ? failure : undefined,
      };
    },
    observe(state) {
      if (state === 'idle') needed = undefined;
      if (state !== 'failed') failure = undefined;
    },
    spoken: new WeakSet(),
  };
}
