import type { GateFailure, ReauthGate } from './reauthGate';

/**
 * Carries a framework-free layer's requests (a link, a fetch wrapper) to the sign-in gates of the
 * providers mounted at the time.
 */
export interface ReauthFeed {
  /** Adds a provider's gate; returns the function that removes it. */
  attach(gate: ReauthGate): () => void;
  sending(key: string): void;
  failed(key: string, failure: GateFailure): void;
  settled(key: string): void;
}

export function createReauthFeed(): ReauthFeed {
  const gates = new Set<ReauthGate>();
  // Requests sent before a provider mounted (children's effects run first) are sent under its
  // first sign-in too: a 401 of theirs after it must not ask again.
  const unsettled = new Set<string>();
  return {
    attach(gate) {
      gates.add(gate);
      for (const key of unsettled) gate.sending(key);
      return () => {
        gates.delete(gate);
      };
    },
    sending: (key) => {
      unsettled.add(key);
      for (const gate of gates) gate.sending(key);
    },
    failed: (key, failure) => {
      for (const gate of gates) gate.failed(key, failure);
    },
    settled: (key) => {
      unsettled.delete(key);
      for (const gate of gates) gate.settled(key);
    },
  };
}
