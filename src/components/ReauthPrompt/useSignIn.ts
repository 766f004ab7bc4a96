'use client';

import { useEffect, useRef, useState } from 'react';

/** Where a {@link ReauthPrompt} is: `data-state` on its root. */
export type ReauthPromptState = 'idle' | 'pending' | 'failed';

export interface SignIn {
  /** What the prompt shows: the given state when controlled, else its own calls' state. */
  state: ReauthPromptState;
  /** A fresh object each time signing in failed (or the given state became `failed`). */
  failure: object | undefined;
  /** Runs `reauthenticate` once at a time; ignored while pending or without one. */
  signIn: () => void;
}

/** The prompt's sign-in: tracks its own `reauthenticate()` calls, or shows a given `state`. */
export function useSignIn(
  reauthenticate: (() => Promise<unknown>) | undefined,
  controlled: ReauthPromptState | undefined,
  onReauthenticated: (() => void) | undefined,
): SignIn {
  const [own, setOwn] = useState<{ state: ReauthPromptState; failure?: object }>({ state: 'idle' });
  // Controlled: a fresh failure each time the given state becomes `failed`, announced once.
  const givenNow = () => ({ state: controlled, failure: controlled === 'failed' ? {} : undefined });
  const [given, setGiven] = useState(givenNow);
  if (given.state !== controlled) setGiven(givenNow);
  // The single-flight guard: a ref, so two clicks in the same tick still make one call.
  const inFlight = useRef(false);
  const mounted = useRef(true);
  const latest = useRef(onReauthenticated);
  useEffect(() => {
    latest.current = onReauthenticated;
  });
  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);

  const state = controlled ?? own.state;
  const signIn = () => {
    if (inFlight.current || state === 'pending' || !reauthenticate) return;
    inFlight.current = true;
    setOwn({ state: 'pending' });
    const settle = (ok: boolean) => {
      inFlight.current = false;
      if (!mounted.current) return;
      setOwn(ok ? { state: 'idle' } : { state: 'failed', failure: {} });
      if (ok) latest.current?.();
    };
    // An async wrapper, so a function that throws synchronously fails like one that rejects.
    (async () => reauthenticate())().then(
      () => settle(true),
      () => settle(false),
    );
  };
  return { state, failure: controlled === undefined ? own.failure : given.failure, signIn };
}
