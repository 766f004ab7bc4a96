'use client';

import type { ClassifiedError } from '../../core';
import { useStoreValue } from '../../react/ReauthFlightProvider';
import type { FailedMutation, ReauthCoordinator, ReauthState } from './createReauthCoordinator';
import { useCoordinator } from './QueryReauthProvider';

/** What {@link useReauth} returns. */
export interface UseReauthResult {
  /** `idle`, `needs-auth`, `pending` or `failed`: one shared state for the whole client. */
  state: ReauthState;
  /** The latest `unauthenticated` error; `undefined` when idle. */
  error: ClassifiedError | undefined;
  /** The single-flight sign-in: callers at the same time share one call and one promise. */
  reauthenticate: () => Promise<void>;
  /** Mutations that failed as `unauthenticated`; each can `resend()` with the same variables. */
  failedMutations: readonly FailedMutation[];
  coordinator: ReauthCoordinator;
}

/** The shared re-authentication of the nearest `QueryReauthProvider`. */
export function useReauth(): UseReauthResult {
  const coordinator = useCoordinator();
  const state = useStoreValue(coordinator, (shared) => shared.state) as ReauthState;
  const error = useStoreValue(coordinator, (shared) => shared.error);
  const failedMutations = useStoreValue(coordinator, (shared) =>
    shared.failedMutations(),
  ) as readonly FailedMutation[];
  return {
    state,
    error,
    reauthenticate: coordinator.reauthenticate,
    failedMutations,
    coordinator,
  };
}
