'use client';
import { type ReactNode, useEffect } from 'react';
import { ReauthFlightProvider } from '../react/ReauthFlightProvider';
import { useReauthGate } from '../react/useReauthGate';
import { apolloReauth } from './tracker';

/** Props of {@link ApolloReauthProvider}. */
export interface ApolloReauthProviderProps {
  children?: ReactNode;
  /**
   * Signs the user in again in place; called once per sign-in however many operations failed.
   * @default the kit's `reauthenticate`
   */
  reauthenticate?: () => Promise<unknown>;
}

/**
 * Single-flight re-authentication for Apollo Client, fed by `retryLink`: however many operations
 * fail as `unauthenticated` (HTTP 401 or a GraphQL `UNAUTHENTICATED` error), the page shows one
 * prompt and `reauthenticate()` runs once; the failed queries then refetch once, and failed
 * mutations are offered "Send again" with their variables.
 */
export function ApolloReauthProvider({ children, reauthenticate }: ApolloReauthProviderProps) {
  const gate = useReauthGate(reauthenticate);
  useEffect(() => apolloReauth.attach(gate), [gate]);
  return <ReauthFlightProvider flight={gate}>{children}</ReauthFlightProvider>;
}
