import type { Query, QueryClient } from '@tanstack/react-query';
import type { ClassifiedError } from '../../core';
import type { ReauthFlight, ReauthState } from '../../headless/reauthFlight';
import { defaultKit } from '../../kit/errorKit';
import type { ErrorKit } from '../../kit/types';
import { createSignInLedger } from './signInLedger';
import { type AnyMutation, watchCaches } from './watchCaches';

export type { ReauthState } from '../../headless/reauthFlight';

/** A mutation that failed as `unauthenticated` and is left for the UI to send again. */
export interface FailedMutation {
  mutation: AnyMutation;
  /** The variables it was sent with; {@link FailedMutation.resend} sends these again. */
  variables: unknown;
  error: ClassifiedError;
  /** Runs the same mutation again with the same variables (its observers see the result). */
  resend: () => Promise<unknown>;
}

/** Options for {@link createReauthCoordinator}. */
export interface ReauthCoordinatorOptions {
  /** Signs the user in again in place (popup, silent token refresh, ...). Called once per flight. */
  reauthenticate: () => Promise<unknown>;
  /**
   * The kit that classifies failures, to find the `unauthenticated` ones.
   * @default the default kit
   */
  kit?: ErrorKit;
  /**
   * Whether `reauthenticate` signs in without leaving the page; `false` makes prompts link instead.
   * @default true
   */
  inPlace?: boolean;
}

/** One shared re-authentication over a `QueryClient`; see {@link createReauthCoordinator}. */
export interface ReauthCoordinator extends ReauthFlight {
  readonly state: ReauthState;
  /** Whether `reauthenticate()` signs in without leaving the page. */
  readonly inPlace: boolean;
  /** The latest `unauthenticated` error, for the prompt's text; `undefined` when idle. */
  readonly error: ClassifiedError | undefined;
  /** Called after every change of `state`, `error` or the failed mutations. Returns unsubscribe. */
  subscribe(listener: () => void): () => void;
  /** The failed mutation's `resend` for its error (raw or classified); `undefined` for others. */
  resendable(error: unknown): (() => Promise<unknown>) | undefined;
  /**
   * Single flight: one `reauthenticate` call however many callers ask at once. On success it
   * refetches exactly the queries that failed as `unauthenticated`, and resolves when they settled.
   */
  reauthenticate(): Promise<void>;
  /** The queries that failed as `unauthenticated` and will be refetched after signing in. */
  failedQueries(): readonly Query[];
  /** Mutations that failed as `unauthenticated`; never sent again automatically. */
  failedMutations(): readonly FailedMutation[];
  /** Starts listening to the caches; returns the matching stop. Counted, so safe to call twice. */
  mount(): () => void;
}

function createStore() {
  const listeners = new Set<() => void>();
  const store = {
    state: 'idle' as ReauthState,
    error: undefined as ClassifiedError | undefined,
    emit() {
      for (const listener of [...listeners]) listener();
    },
    setState(next: ReauthState) {
      if (next === 'idle') store.error = undefined;
      if (next === store.state) return;
      store.state = next;
      store.emit();
    },
    /** An unauthenticated failure: one shared `needs-auth`, however many. */
    failed(classified: ClassifiedError) {
      store.error = classified;
      // While a flight runs, the failure joins it; after a failed sign-in the prompt keeps
      // saying so until the user tries again.
      if (store.state === 'idle') store.setState('needs-auth');
      else store.emit();
    },
    subscribe(listener: () => void) {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
  };
  return store;
}

type Store = ReturnType<typeof createStore>;

function createFailures(client: QueryClient, kit: ErrorKit, store: Store) {
  const queries = new Map<Query, unknown>();
  const mutations = new Map<AnyMutation, FailedMutation & { raw: unknown }>();
  let mutationList: readonly FailedMutation[] = [];
  const ledger = createSignInLedger();
  // Queries repeated for a stale 401, and that error: its later events change nothing.
  const repeated = new WeakMap<Query, unknown>();
  const staleSignIn = (request: object) => store.state === 'idle' && ledger.sentBefore(request);
  const unauthenticated = (raw: unknown): ClassifiedError | undefined => {
    const classified = kit.classify(raw);
    return classified.kind === 'unauthenticated' ? classified : undefined;
  };
  const syncMutations = () => {
    mutationList = [...mutations.values()].map(({ raw: _raw, ...entry }) => entry);
    store.emit();
  };
  const onQuery = (query: Query) => {
    const { status, error: raw } = query.state;
    // Another event of a failure already counted: nothing new.
    const seen = (map: Map<Query, unknown> | WeakMap<Query, unknown>) =>
      map.has(query) && map.get(query) === raw;
    if (status === 'error' && (seen(queries) || seen(repeated))) return;
    const classified = status === 'error' ? unauthenticated(raw) : undefined;
    if (!classified) queries.delete(query);
    else if (staleSignIn(query)) {
      repeated.set(query, raw);
      void client.refetchQueries({ predicate: (candidate) => candidate === query });
    } else {
      queries.set(query, raw);
      store.failed(classified);
    }
  };
  const onMutation = (mutation: AnyMutation) => {
    const { status, error: raw, variables } = mutation.state;
    const classified = status === 'error' ? unauthenticated(raw) : undefined;
    if (!classified) {
      if (status !== 'idle' && mutations.delete(mutation)) syncMutations();
      return;
    }
    if (mutations.get(mutation)?.raw === raw) return;
    const resend = () => mutation.execute(variables);
    mutations.set(mutation, { mutation, variables, error: classified, raw, resend });
    syncMutations();
    if (!staleSignIn(mutation)) store.failed(classified);
  };
  return {
    ledger,
    queries,
    mutationList: () => mutationList,
    resendable: (failure: unknown) =>
      [...mutations.values()].find(
        ({ raw }) =>
          raw === failure ||
          (raw === (failure as { cause?: unknown } | undefined)?.cause && raw != null),
      )?.resend,
    watch: () =>
      watchCaches(client, {
        sending: ledger.sent,
        query: onQuery,
        mutation: onMutation,
        removedQuery: (query) => queries.delete(query),
        removedMutation: (mutation) => {
          if (mutations.delete(mutation)) syncMutations();
        },
      }),
  };
}

function mountCounter(start: () => () => void): () => () => void {
  let mounts = 0;
  let stop: (() => void) | undefined;
  return () => {
    if (mounts++ === 0) stop = start();
    let done = false;
    return () => {
      if (done) return;
      done = true;
      if (--mounts === 0) {
        stop?.();
        stop = undefined;
      }
    };
  };
}

/**
 * Creates the single-flight re-authentication coordinator for a `QueryClient`. It never repeats a
 * request by itself except the one refetch of the failed queries after signing in; failed
 * mutations stay for the UI to resend, as they may not be safe to send twice.
 */
export function createReauthCoordinator(
  client: QueryClient,
  options: ReauthCoordinatorOptions,
): ReauthCoordinator {
  const store = createStore();
  const failures = createFailures(client, options.kit ?? defaultKit(), store);
  let flight: Promise<void> | undefined;
  const signedIn = async () => {
    failures.ledger.signedIn();
    const toRefetch = new Set(failures.queries.keys());
    failures.queries.clear();
    store.setState('idle');
    // The only repeat of a request that failed as unauthenticated: those queries, once.
    await client.refetchQueries({ predicate: (query) => toRefetch.has(query) });
  };
  const run = (): Promise<void> => {
    store.setState('pending');
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
        store.setState('failed');
        throw reason;
      },
    );
    flight = current;
    return current;
  };
  return {
    get state() {
      return store.state;
    },
    get error() {
      return store.error;
    },
    inPlace: options.inPlace ?? true,
    subscribe: store.subscribe,
    reauthenticate() {
      flight ??= run();
      return flight;
    },
    failedQueries: () => [...failures.queries.keys()],
    resendable: failures.resendable,
    failedMutations: failures.mutationList,
    mount: mountCounter(failures.watch),
  };
}
