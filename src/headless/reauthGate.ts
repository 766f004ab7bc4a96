import type { ClassifiedError } from '../core';
import type { ReauthFlight, ReauthState } from './reauthFlight';

/** A request that failed as `unauthenticated`, and how its adapter sends it again. */
export interface GateFailure {
  raw: unknown;
  classified: ClassifiedError;
  /** A query: fetched again once after signing in. */
  refetch?: () => unknown;
  /** A mutation: never sent again by itself; offered "Send again" with its variables. */
  resend?: () => Promise<unknown>;
  /** Whether an error the page shows is this failure, when the library made a new one from it. */
  same?: (error: unknown) => boolean;
}

/**
 * One shared sign-in for any data library, fed by its adapter with request keys: a
 * {@link ReauthFlight} for `ReauthFlightProvider`.
 */
export interface ReauthGate extends ReauthFlight {
  readonly inPlace: boolean;
  /** The request of `key` is sent now (under the current sign-in). */
  sending(key: string): void;
  failed(key: string, failure: GateFailure): void;
  /** The request of `key` no longer fails as `unauthenticated`. */
  settled(key: string): void;
  /** Single flight; on success refetches the failed queries once and resolves when they settled. */
  reauthenticate(): Promise<void>;
  resendable(error: unknown): (() => Promise<unknown>) | undefined;
}

export interface ReauthGateOptions {
  /** Signs the user in again in place; called once per flight. */
  reauthenticate: () => Promise<unknown>;
  /** @default true */
  inPlace?: boolean;
}

const matches = (failure: GateFailure, error: unknown) =>
  error != null &&
  (failure.raw === error ||
    failure.classified === error ||
    failure.raw === (error as { cause?: unknown }).cause ||
    failure.same?.(error) === true);

export function createReauthGate(options: ReauthGateOptions): ReauthGate {
  const listeners = new Set<() => void>();
  const queries = new Map<string, GateFailure>();
  const mutations = new Map<string, GateFailure>();
  // A 401 for a request sent before the latest sign-in carried the old credentials.
  const sentUnder = new Map<string, number>();
  let signIns = 0;
  const resends = new WeakMap<GateFailure, () => Promise<unknown>>();
  let state: ReauthState = 'idle';
  let error: ClassifiedError | undefined;
  let flight: Promise<void> | undefined;
  const emit = () => {
    for (const listener of [...listeners]) listener();
  };
  const setState = (next: ReauthState) => {
    if (next === 'idle') error = undefined;
    if (next === state) return;
    state = next;
    emit();
  };
  const stale = (key: string) => state === 'idle' && (sentUnder.get(key) ?? signIns) < signIns;
  const signedIn = async () => {
    signIns++;
    const refetches = [...queries.values()];
    queries.clear();
    setState('idle');
    // On a later task: a library may still be settling a failure that arrived during the sign-in.
    await new Promise((resolve) => setTimeout(resolve, 0));
    await Promise.allSettled(refetches.map(async (failure) => failure.refetch?.()));
  };
  const run = (): Promise<void> => {
    setState('pending');
    // An async wrapper, so a `reauthenticate` that throws synchronously rejects like the rest.
    const current: Promise<void> = (async () => {
      await options.reauthenticate();
    })().then(
      () => {
        if (flight === current) flight = undefined;
        return signedIn();
      },
      (reason: unknown) => {
        if (flight === current) flight = undefined;
        setState('failed');
        throw reason;
      },
    );
    flight = current;
    return current;
  };
  return {
    get state() {
      return state;
    },
    get error() {
      return error;
    },
    inPlace: options.inPlace ?? true,
    subscribe(listener) {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
    sending(key) {
      sentUnder.set(key, signIns);
    },
    failed(key, failure) {
      const list = failure.resend ? mutations : queries;
      if (list.get(key)?.raw === failure.raw) return;
      if (stale(key)) {
        sentUnder.set(key, signIns);
        if (failure.resend) {
          mutations.set(key, failure);
          emit();
        } else {
          // After the library has settled this failure: a refetch now would join its request.
          setTimeout(() => void failure.refetch?.(), 0);
        }
        return;
      }
      list.set(key, failure);
      error = failure.classified;
      // While a flight runs the failure joins it; after a failed sign-in the prompt says so.
      if (state === 'idle') setState('needs-auth');
      else emit();
    },
    settled(key) {
      const had = queries.delete(key) || mutations.delete(key);
      if (!had) return;
      if (state === 'needs-auth' && queries.size === 0 && mutations.size === 0) setState('idle');
      else emit();
    },
    reauthenticate() {
      flight ??= run();
      return flight;
    },
    resendable(failure) {
      for (const [key, entry] of mutations) {
        if (!matches(entry, failure) || !entry.resend) continue;
        let send = resends.get(entry);
        if (!send) {
          const resend = entry.resend;
          send = async () => {
            const result = await resend();
            if (mutations.get(key) === entry) {
              mutations.delete(key);
              emit();
            }
            return result;
          };
          // The same function for every render, as prompts compare it.
          resends.set(entry, send);
        }
        return send;
      }
      return undefined;
    },
  };
}
