import { type QueryClient, useQueryClient } from '@tanstack/react-query';
import { createContext, type ReactNode, useContext, useEffect, useMemo, useRef } from 'react';
import type { ClassifyOptions } from '../../core';
import { useErrorKit } from '../../react/ErrorKitProvider';
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

/** Which `ReauthOutlet` shows the prompt: the first one mounted. */
interface OutletRegistry {
  claim(id: symbol): () => void;
  subscribe(listener: () => void): () => void;
  first(): symbol | undefined;
}

function createOutletRegistry(): OutletRegistry {
  const ids: symbol[] = [];
  const listeners = new Set<() => void>();
  const emit = () => {
    for (const listener of [...listeners]) listener();
  };
  return {
    claim(id) {
      ids.push(id);
      emit();
      return () => {
        const at = ids.indexOf(id);
        if (at >= 0) ids.splice(at, 1);
        emit();
      };
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
    first: () => ids[0],
  };
}

interface ReauthContextValue {
  coordinator: ReauthCoordinator;
  /** Whether there is an app `reauthenticate` (else the prompt links to `loginUrl`). */
  inPlace: boolean;
  outlets: OutletRegistry;
}

const ReauthContext = createContext<ReauthContextValue | undefined>(undefined);

/**
 * Single-flight re-authentication for TanStack Query: however many queries and mutations fail
 * as `unauthenticated`, the app gets one prompt (wherever it places `<ReauthOutlet />`) and one
 * call of `reauthenticate()`; after it succeeds the failed queries refetch once, and failed
 * mutations wait for the user to send them again (`useReauth().failedMutations`).
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

  const outlets = useMemo(createOutletRegistry, []);
  const inPlace = reauthenticate !== undefined;
  const value = useMemo(() => ({ coordinator, inPlace, outlets }), [coordinator, inPlace, outlets]);
  return <ReauthContext.Provider value={value}>{children}</ReauthContext.Provider>;
}

/** The nearest {@link QueryReauthProvider}'s context; throws outside one. */
export function useReauthContext(): ReauthContextValue {
  const value = useContext(ReauthContext);
  if (!value) throw new Error('errorkit: useReauth and ReauthOutlet need a QueryReauthProvider');
  return value;
}
