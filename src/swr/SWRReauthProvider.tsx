'use client';
import { type ReactNode, useMemo } from 'react';
import {
  type Middleware,
  SWRConfig,
  type SWRConfiguration,
  unstable_serialize,
  useSWRConfig,
} from 'swr';
import { useErrorKit } from '../react/kitContext';
import { ReauthFlightProvider } from '../react/ReauthFlightProvider';
import { useReauthGate } from '../react/useReauthGate';

/** Props of {@link SWRReauthProvider}. */
export interface SWRReauthProviderProps {
  children?: ReactNode;
  /**
   * Signs the user in again in place; called once per sign-in however many requests failed.
   * @default the kit's `reauthenticate`
   */
  reauthenticate?: () => Promise<unknown>;
}

type Sent = { send: () => unknown };

const isMutationCall = (extra: unknown) =>
  typeof extra === 'object' && extra !== null && 'arg' in extra;

/**
 * Single-flight re-authentication for SWR: however many keys fail as `unauthenticated`, the
 * page shows one prompt and `reauthenticate()` runs once; the failed keys then revalidate once,
 * and a failed `useSWRMutation` is offered "Send again" with its argument.
 */
export function SWRReauthProvider({ children, reauthenticate }: SWRReauthProviderProps) {
  const gate = useReauthGate(reauthenticate);
  const kit = useErrorKit();
  const { mutate, onError, onSuccess } = useSWRConfig();
  const value = useMemo((): SWRConfiguration => {
    // The latest mutation call per key: its fetcher and argument, to send again.
    const mutations = new Map<string, Sent>();
    const sending: Middleware = (next) => (key, fetcher, config) =>
      next(
        key,
        fetcher &&
          ((...args: unknown[]) => {
            const serialized = unstable_serialize(key);
            gate.sending(serialized);
            if (isMutationCall(args[1]))
              mutations.set(serialized, { send: () => fetcher(...args) });
            else mutations.delete(serialized);
            return fetcher(...args);
          }),
        config,
      );
    return {
      use: [sending],
      onError(error, key, config) {
        onError(error, key, config);
        const classified = kit.classify(error);
        if (classified.kind !== 'unauthenticated') return gate.settled(key);
        const mutation = mutations.get(key);
        gate.failed(
          key,
          mutation
            ? { raw: error, classified, resend: async () => mutation.send() }
            : { raw: error, classified, refetch: () => mutate(key) },
        );
      },
      onSuccess(data, key, config) {
        onSuccess(data, key, config);
        gate.settled(key);
      },
    };
  }, [gate, kit, mutate, onError, onSuccess]);
  return (
    <SWRConfig value={value}>
      <ReauthFlightProvider flight={gate}>{children}</ReauthFlightProvider>
    </SWRConfig>
  );
}
