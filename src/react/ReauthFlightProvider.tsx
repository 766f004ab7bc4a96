'use client';

import {
  createContext,
  type ReactNode,
  useContext,
  useEffect,
  useMemo,
  useState,
  useSyncExternalStore,
} from 'react';
import {
  createPromptSlots,
  type PromptSlots,
  type ReauthFlight,
  type ReauthState,
} from '../headless/reauthFlight';

interface FlightContextValue {
  flight: ReauthFlight;
  slots: PromptSlots;
}

const FlightContext = /* @__PURE__ */ createContext<FlightContextValue | undefined>(undefined);

/** Props of {@link ReauthFlightProvider}. */
export interface ReauthFlightProviderProps {
  /** The shared re-authentication every prompt below shows. */
  flight: ReauthFlight;
  children?: ReactNode;
}

/**
 * Gives every prompt below one shared re-authentication (see {@link ReauthFlight}).
 * `QueryReauthProvider` renders one; use it directly for your own session logic.
 */
export function ReauthFlightProvider({ flight, children }: ReauthFlightProviderProps) {
  const [slots] = useState(createPromptSlots);
  const value = useMemo(() => ({ flight, slots }), [flight, slots]);
  // The flight's own changes end its moments, even when no prompt rendered them (see `PromptSlots.moments`).
  useEffect(() => flight.subscribe(() => slots.observe(flight.state)), [flight, slots]);
  return <FlightContext.Provider value={value}>{children}</FlightContext.Provider>;
}

/** The nearest provider's shared re-authentication, or `undefined` without one. */
export function useReauthFlight(): ReauthFlight | undefined {
  return useContext(FlightContext)?.flight;
}

const never = () => () => {};

/** A store's value as it changes (the same while rendering on the server); `undefined` without one. */
export function useStoreValue<S extends { subscribe(listener: () => void): () => void }, V>(
  store: S | undefined,
  read: (store: S) => V,
): V | undefined {
  const get = () => (store ? read(store) : undefined);
  return useSyncExternalStore(store ? store.subscribe : never, get, get);
}

export interface PromptFlight {
  flight: ReauthFlight | undefined;
  state: ReauthState;
  /** Whether this prompt is the one that shows the flight. */
  shows: boolean;
  /** The flight's current moments and the set of those announced (see `PromptSlots.moments`). */
  moments: ReturnType<PromptSlots['moments']>;
  spoken: WeakSet<object> | undefined;
}

/** A prompt that `wants` to show the shared flight gets in line; only the first in line shows. */
export function usePromptFlight(wants: boolean, outlet: boolean | undefined): PromptFlight {
  const context = useContext(FlightContext);
  const flight = context?.flight;
  const state = useStoreValue(flight, (shared) => shared.state) ?? 'idle';
  const [id] = useState(() => ({ outlet }));
  const slots = context?.slots;
  const inLine = wants && state !== 'idle';
  useEffect(() => (slots && inLine ? slots.claim(id) : undefined), [slots, inLine, id]);
  const first = useStoreValue(slots, (line) => line.first());
  return {
    flight,
    state,
    shows: inLine && first === id,
    moments: slots?.moments(state) ?? {},
    spoken: slots?.spoken,
  };
}
