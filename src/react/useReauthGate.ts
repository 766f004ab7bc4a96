'use client';
import { useEffect, useMemo, useRef } from 'react';
import { createReauthGate, type ReauthGate } from '../headless/reauthGate';
import { useErrorKit } from './kitContext';

/**
 * One {@link ReauthGate} for a provider's lifetime, signing in with `reauthenticate` or the kit's.
 * Prompts link to the kit's `loginUrl` when there is neither.
 */
export function useReauthGate(reauthenticate?: () => Promise<unknown>): ReauthGate {
  const kit = useErrorKit();
  const signIn = reauthenticate ?? kit.reauthenticate;
  // The latest function, so the gate outlives inline functions.
  const latest = useRef(signIn);
  useEffect(() => {
    latest.current = signIn;
  });
  const inPlace = signIn !== undefined;
  return useMemo(
    () =>
      createReauthGate({
        inPlace,
        reauthenticate: () =>
          latest.current
            ? latest.current()
            : Promise.reject(new Error('errorkit: no reauthenticate function')),
      }),
    [inPlace],
  );
}
