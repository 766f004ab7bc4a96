import { type QueryClient, useQueryClient } from '@tanstack/react-query';
import { type ReactNode, useEffect, useMemo, useRef } from 'react';
import type { ClassifyOptions } from '../../core';
import { useErrorKit } from '../../react/ErrorKitProvider';
import { ReauthFlightProvider, useReauthFlight } from '../../react/ReauthFlightProvider';
import {
  createReauthCoordinator,
  type ReauthCoordinator,
  type ReauthCoordinatorOptions,
} from './createReauthCoordinator';

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
   * @default the `ErrorKitProvider`'s `reauthenticate`
   */
  reauthenticate?: () => Promise<unknown>;
  /**
   * Options for `classifyError` when deciding whether a failure is `unauthenticated`.
   * @default the `ErrorKitProvider`'s classify options
   */
  classify?: ClassifyOptions;
}

/** The flight `QueryReauthProvider` shares: its coordinator, and whether it signs in in place. */
interface QueryFlight extends ReauthCoordinator {
  coordinator: ReauthCoordinator;
}

/**
 * Single-flight re-authentication for TanStack Query: however many queries and mutations fail
 * as `unauthenticated`, the page shows one prompt (in `<ReauthOutlet />` if there is one, else
 * in the first `ErrorDisplay` / `ReauthPrompt` that shows a 401) and `reauthenticate()` is
 * called once; after it succeeds the failed queries refetch once, and each failed mutation's
 * prompt offers "Send again" with the same variables (`useReauth().failedMutations` too).
 */
export function QueryReauthProvider({
  children,
  client: clientProp,
  reauthenticate: reauthenticateProp,
  classify: classifyProp,
}: QueryReauthProviderProps) {
  const client = useQueryClient(clientProp);
  const kit = useErrorKit();
  const reauthenticate = reauthenticateProp ?? kit.reauthenticate;
  const classify = classifyProp ?? kit.classifyOptions;
  // Latest values, so the coordinator outlives changes of inline functions and options.
  const live = useRef({ reauthenticate, classify });
  useEffect(() => {
    live.current = { reauthenticate, classify };
  });

  const inPlace = reauthenticate !== undefined;
  const coordinator = useMemo(() => {
    const options: ReauthCoordinatorOptions = {
      reauthenticate: () => {
        const run = live.current.reauthenticate;
        return run ? run() : Promise.reject(new Error('errorkit: no reauthenticate function'));
      },
      get classify() {
        return live.current.classify;
      },
    };
    return createReauthCoordinator(client, options);
  }, [client]);
  useEffect(() => coordinator.mount(), [coordinator]);

  // Without an app `reauthenticate`, prompts link to the provider's `loginUrl`.
  const flight = useMemo(
    (): QueryFlight => Object.assign(Object.create(coordinator), { inPlace, coordinator }),
    [coordinator, inPlace],
  );
  return <ReauthFlightProvider flight={flight}>{children}</ReauthFlightProvider>;
}

/** The nearest {@link QueryReauthProvider}'s coordinator; throws outside one. */
export function useCoordinator(): ReauthCoordinator {
  const coordinator = (useReauthFlight() as Partial<QueryFlight> | undefined)?.coordinator;
  if (!coordinator) throw new Error('errorkit: useReauth needs a QueryReauthProvider');
  return coordinator;
}
