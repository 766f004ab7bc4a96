import type { Mutation, Query, QueryClient } from '@tanstack/react-query';
import { type ClassifiedError, type ClassifyOptions, classifyError } from '../../core';
import type { ReauthFlight, ReauthState } from '../../headless/reauthFlight';

export type { ReauthState } from '../../headless/reauthFlight';

/** A mutation that failed as `unauthenticated` and is left for the UI to send again. */
export interface FailedMutation {
  /** The TanStack mutation itself. */
  mutation: Mutation<unknown, unknown, unknown, unknown>;
  /** The variables it was sent with; {@link FailedMutation.resend} sends these again. */
  variables: unknown;
  /** Its classified error. */
  error: ClassifiedError;
  /** Runs the same mutation again with the same variables (its observers see the result). */
  resend: () => Promise<unknown>;
}

/** Options for {@link createReauthCoordinator}. */
export interface ReauthCoordinatorOptions {
  /** Signs the user in again in place (popup, silent token refresh, ...). Called once per flight. */
  reauthenticate: () => Promise<unknown>;
  /**
   * Options for `classifyError` when deciding whether a failure is `unauthenticated`.
   * @default {}
   */
  classify?: ClassifyOptions;
}

/**
 * One shared re-authentication over a `QueryClient` (the `ReauthFlight` contract every prompt
 * shows); see {@link createReauthCoordinator}.
 */
export interface ReauthCoordinator extends ReauthFlight {
  /** The current state. */
  readonly state: ReauthState;
  /** The latest `unauthenticated` error, for the prompt's text; `undefined` when idle. */
  readonly error: ClassifiedError | undefined;
  /** Called after every change of `state`, `error` or the failed mutations. Returns unsubscribe. */
  subscribe(listener: () => void): () => void;
  /** The failed mutation's `resend` for its error (raw or classified); `undefined` for others. */
  resendable(error: unknown): (() => Promise<unknown>) | undefined;
  /**
   * Single flight: calls the app's `reauthenticate` once however many callers ask at the same
   * time (they all get the same promise). On success it refetches exactly the queries that
   * failed as `unauthenticated` and resolves when they settled; on failure the state is
   * `failed` and the promise rejects with the app's error.
   */
  reauthenticate(): Promise<void>;
  /** The queries that failed as `unauthenticated` and will be refetched after signing in. */
  failedQueries(): readonly Query[];
  /** Mutations that failed as `unauthenticated`; never sent again automatically. */
  failedMutations(): readonly FailedMutation[];
  /**
   * Starts listening to the client's query and mutation caches (and picks up failures already
   * there). Returns the matching stop; safe to call more than once (counted).
   */
  mount(): () => void;
}

type AnyMutation = Mutation<unknown, unknown, unknown, unknown>;

/**
 * Creates the single-flight re-authentication coordinator for a `QueryClient`. Framework-free:
 * the React parts (`QueryReauthProvider`, `useReauth`, `ReauthOutlet`) sit on top of it.
 *
 * It never repeats a request by itself except the one refetch of the failed queries after a
 * successful sign-in (and of a query sent before the sign-in whose 401 arrives after it); failed
 * mutations stay for the UI to resend ({@link FailedMutation.resend}).
 */
export function createReauthCoordinator(
  client: QueryClient,
  options: ReauthCoordinatorOptions,
): ReauthCoordinator {
  const listeners = new Set<() => void>();
  /** Failed queries and the raw error each failed with. */
  const queries = new Map<Query, unknown>();
  const mutations = new Map<AnyMutation, FailedMutation & { raw: unknown }>();
  let state: ReauthState = 'idle';
  let error: ClassifiedError | undefined;
  let flight: Promise<void> | undefined;
  let mounts = 0;
  let stop: (() => void) | undefined;
  let mutationList: readonly FailedMutation[] = [];
  // Sign-ins that succeeded, and how many had when each query or mutation was last sent. A 401
  // for a request sent before the latest sign-in was sent with the old credentials: it is
  // repeated (a query) or offered again (a mutation), and the user is not asked to sign in again.
  let signIns = 0;
  const sentAfter = new WeakMap<object, number>();
  const sentBeforeSignIn = (request: object) =>
    state === 'idle' && (sentAfter.get(request) ?? 0) < signIns;
  /** Queries repeated for a stale 401, and that error: its later events change nothing. */
  const repeated = new WeakMap<Query, unknown>();

  const emit = () => {
    for (const listener of [...listeners]) listener();
  };
  const setState = (next: ReauthState) => {
    if (next === 'idle') error = undefined;
    if (next === state) return;
    state = next;
    emit();
  };
  const unauthenticated = (raw: unknown): ClassifiedError | undefined => {
    const classified = classifyError(raw, options.classify);
    return classified.kind === 'unauthenticated' ? classified : undefined;
  };
  /** An unauthenticated failure: one shared `needs-auth`, however many. */
  const failed = (classified: ClassifiedError) => {
    error = classified;
    // While a flight runs, the failure joins it (its refetch follows the sign-in); after a
    // failed sign-in the prompt keeps saying so until the user tries again.
    if (state === 'idle') setState('needs-auth');
    else emit();
  };
  const syncMutations = () => {
    mutationList = [...mutations.values()].map(({ raw: _raw, ...entry }) => entry);
    emit();
  };

  const onQuery = (query: Query) => {
    const { status, error: raw } = query.state;
    if (status === 'error') {
      // Already counted (another event of the same failure): nothing new.
      if (queries.has(query) && queries.get(query) === raw) return;
      if (repeated.has(query) && repeated.get(query) === raw) return;
      const classified = unauthenticated(raw);
      if (classified && sentBeforeSignIn(query)) {
        repeated.set(query, raw);
        void client.refetchQueries({ predicate: (candidate) => candidate === query });
        return;
      }
      if (classified) {
        queries.set(query, raw);
        failed(classified);
        return;
      }
    }
    queries.delete(query);
  };
  const onMutation = (mutation: AnyMutation) => {
    const { status, error: raw, variables } = mutation.state;
    const classified = status === 'error' ? unauthenticated(raw) : undefined;
    if (classified) {
      if (mutations.get(mutation)?.raw === raw) return;
      mutations.set(mutation, {
        mutation,
        variables,
        error: classified,
        raw,
        resend: () => mutation.execute(variables),
      });
      syncMutations();
      if (!sentBeforeSignIn(mutation)) failed(classified);
    } else if (status !== 'idle' && mutations.delete(mutation)) {
      syncMutations();
    }
  };

  const start = () => {
    const queryCache = client.getQueryCache();
    const mutationCache = client.getMutationCache();
    for (const query of queryCache.getAll()) onQuery(query);
    for (const mutation of mutationCache.getAll()) onMutation(mutation as AnyMutation);
    const offQueries = queryCache.subscribe((event) => {
      if (event.type === 'updated' && event.action.type === 'fetch') {
        sentAfter.set(event.query, signIns);
      }
      if (event.type === 'removed') {
        queries.delete(event.query);
      } else if (event.type === 'updated' || event.type === 'added') {
        onQuery(event.query);
      }
    });
    const offMutations = mutationCache.subscribe((event) => {
      if (!event.mutation) return;
      const mutation = event.mutation as AnyMutation;
      if (event.type === 'updated' && event.action.type === 'pending') {
        sentAfter.set(mutation, signIns);
      }
      if (event.type === 'removed') {
        if (mutations.delete(mutation)) syncMutations();
      } else if (event.type === 'updated' || event.type === 'added') {
        onMutation(mutation);
      }
    });
    return () => {
      offQueries();
      offMutations();
    };
  };

  const run = (): Promise<void> => {
    setState('pending');
    // An async wrapper, so a `reauthenticate` that throws synchronously rejects like the rest.
    const signIn = (async () => {
      await options.reauthenticate();
    })();
    const current: Promise<void> = signIn.then(
      async () => {
        if (flight === current) flight = undefined;
        signIns++;
        const toRefetch = new Set(queries.keys());
        queries.clear();
        setState('idle');
        // The only repeat of a request that failed as unauthenticated: those queries, once.
        await client.refetchQueries({ predicate: (query) => toRefetch.has(query) });
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
    subscribe(listener) {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
    reauthenticate() {
      flight ??= run();
      return flight;
    },
    failedQueries: () => [...queries.keys()],
    resendable: (failure) =>
      [...mutations.values()].find(
        ({ raw }) =>
          raw === failure ||
          (raw === (failure as { cause?: unknown } | undefined)?.cause && raw != null),
      )?.resend,
    failedMutations: () => mutationList,
    mount() {
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
    },
  };
}
