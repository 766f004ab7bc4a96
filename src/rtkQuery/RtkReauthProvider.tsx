'use client';
import type { ReactNode } from 'react';
import { useEffect } from 'react';
import { useStore } from 'react-redux';
import type { ReauthGate } from '../headless/reauthGate';
import type { ErrorKit } from '../kit/types';
import { useErrorKit } from '../react/kitContext';
import { ReauthFlightProvider } from '../react/ReauthFlightProvider';
import { useReauthGate } from '../react/useReauthGate';
import type { ApiSliceState, RequestSubState } from './apiState';
import { errorInput } from './errorInput';
import { rtkResends } from './tracker';

const resendMutation = (requestId: string | undefined) => {
  const send = requestId === undefined ? undefined : rtkResends.get(requestId);
  return send ? send() : Promise.reject(new Error('errorkit: pass the trigger to useRetryState'));
};

/** The parts of a `createApi(...)` result the provider uses. */
export interface ReauthApi {
  reducerPath: string;
  endpoints: Record<string, { initiate: (args: never, options?: never) => unknown }>;
}

/** Props of {@link RtkReauthProvider}. */
export interface RtkReauthProviderProps {
  /** The api (`createApi(...)`) whose queries and mutations are watched. */
  api: ReauthApi;
  children?: ReactNode;
  /**
   * Signs the user in again in place; called once per sign-in however many requests failed.
   * @default the kit's `reauthenticate`
   */
  reauthenticate?: () => Promise<unknown>;
}

interface Store {
  getState(): unknown;
  dispatch(action: unknown): unknown;
  subscribe(listener: () => void): () => void;
}

function watchApi(store: Store, api: ReauthApi, gate: ReauthGate, kit: ErrorKit): () => void {
  const sent = new Map<string, string | undefined>();
  const refetch = (entry: RequestSubState) =>
    store.dispatch(
      api.endpoints[entry.endpointName]?.initiate(
        entry.originalArgs as never,
        {
          subscribe: false,
          forceRefetch: true,
        } as never,
      ),
    );
  const follow = (key: string, entry: RequestSubState | undefined, mutation: boolean) => {
    if (!entry) return;
    if (entry.status === 'pending' && sent.get(key) !== entry.requestId) {
      sent.set(key, entry.requestId);
      gate.sending(key);
    }
    if (entry.status !== 'rejected') return gate.settled(key);
    const classified = kit.classify(errorInput(entry.error));
    if (classified.kind !== 'unauthenticated') return gate.settled(key);
    gate.failed(key, {
      raw: entry.error,
      classified,
      ...(mutation
        ? { resend: () => resendMutation(entry.requestId) }
        : { refetch: () => refetch(entry) }),
    });
  };
  const scan = () => {
    const slice = (store.getState() as Record<string, ApiSliceState | undefined>)[api.reducerPath];
    if (!slice) return;
    for (const [key, entry] of Object.entries(slice.queries)) follow(`q:${key}`, entry, false);
    for (const [key, entry] of Object.entries(slice.mutations)) follow(`m:${key}`, entry, true);
  };
  scan();
  return store.subscribe(scan);
}

/**
 * Single-flight re-authentication for RTK Query: however many requests fail as
 * `unauthenticated`, the page shows one prompt and `reauthenticate()` runs once; the failed
 * queries then refetch once, and failed mutations are offered "Send again" with their arguments.
 */
export function RtkReauthProvider({ api, children, reauthenticate }: RtkReauthProviderProps) {
  const store = useStore() as unknown as Store;
  const kit = useErrorKit();
  const gate = useReauthGate(reauthenticate);
  useEffect(() => watchApi(store, api, gate, kit), [store, api, gate, kit]);
  return <ReauthFlightProvider flight={gate}>{children}</ReauthFlightProvider>;
}
