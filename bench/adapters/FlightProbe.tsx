import { useEffect } from 'react';
import type { ReauthFlight } from '../../src/headless/reauthFlight';
import { useReauthFlight } from '../../src/react/ReauthFlightProvider';

/** Hands the page's shared sign-in to the bench. */
export function FlightProbe({ onFlight }: { onFlight: (flight: ReauthFlight) => void }) {
  const flight = useReauthFlight();
  useEffect(() => {
    if (flight) onFlight(flight);
  }, [flight, onFlight]);
  return null;
}
