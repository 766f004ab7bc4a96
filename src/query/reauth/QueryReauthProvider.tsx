'use client';

import { type QueryClient, useQueryClient } from '@tanstack/react-query';
import { createContext, type ReactNode, useContext, useEffect, useMemo, useRef } from 'react';
import { useErrorKit } from '../../react/kitContext';
import { ReauthFlightProvider } from '../../react/ReauthFlightProvider';
import { createReauthCoordinator, type ReauthCoordinator } from './createReauthCoordinator';

/** Props of {@link QueryReauthProvider}. */
export interface QueryReauthProviderProps {
  children?: ReactNode;
  /**
   * The client whose queries and mutations are watched.
   * @default the `QueryClientProvider`'s client
   */
  client?: QueryClient;
  /**
   * Signs the user in again in place; called once per sign-in however many requests failed.
   * @default the kit's `reauthenticate`
   */
  reauthenticate?: () => Promise<unknown>;
}

const CoordinatorContext = /* @__PURE__ */ createContext<ReauthCoordinator | undefined>(undefined);

/**
 * Single-flight re-authentication for TanStack Query: however many requests fail as
 * `unauthenticated`, the page shows one prompt and `reauthenticate()` is called once. Failed
 * queries then refetch once; failed mutations are offered "Send again", never resent by themselves.
 */
export function QueryReauthProvider({
  children,
  client: clientProp,
  reauthenticate: reauthenticateProp,
}: QueryReauthProviderProps) {
  const client = useQueryClient(clientProp);
  const kit = useErrorKit();
  const reauthenticate = reauthenticateProp ?? kit.reauthenticate;
  // The latest function, so the coordinator outlives inline functions.
  const latest = useRef(reauthenticate);
  useEffect(() => {
    latest.current = reauthenticate;
  });
  const inPlace = reauthenticate !== undefined;
  const coordinator = useMemo(
    () =>
      createReauthCoordinator(client, {
        kit,
        inPlace,
        reauthenticate: () =>
          latest.current
            ? latest.current()
            : Promise.reject(new Error('errorkit: no reauthenticate function')),
      }),
    [client, kit, inPlace],
  );
  useEffect(() => coordinator.mount(), [coordinator]);
  return (
    <CoordinatorContext.Provider value={coordinator}>
      <ReauthFlightProvider flight={coordinator}>{children}</ReauthFlightProvider>
    </CoordinatorContext.Provider>
  );
}

/** The nearest {@link QueryReauthProvider}'s coordinator; throws outside one. */
export function useCoordinator(): ReauthCoordinator {
  const coordinator = useContext(CoordinatorContext);
  if (!coordinator) throw new Error('errorkit: useReauth needs a QueryReauthProvider');
  return coordinator;
}
