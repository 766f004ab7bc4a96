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
  return {
    attach(gate) {
      gates.add(gate);
      return () => {
        gates.delete(gate);
      };
    },
    sending: (key) => {
      for (const gate of gates) gate.sending(key);
    },
    failed: (key, failure) => {
      for (const gate of gates) gate.failed(key, failure);
    },
    settled: (key) => {
      for (const gate of gates) gate.settled(key);
    },
  };
}
