'use client';

import { forwardRef } from 'react';
import { useReauthFlight, useStoreValue } from '../../react/ReauthFlightProvider';
import { PromptView, type ReauthPromptProps } from './ReauthPrompt';

/** Props of {@link ReauthOutlet}: the prompt's own props, minus what the shared flight supplies. */
export type ReauthOutletProps = Omit<ReauthPromptProps, 'error' | 'reauthenticate' | 'state'>;

/**
 * Where the page's one sign-in prompt appears under a shared flight, however many requests
 * failed; the first outlet mounted shows it. Renders nothing without a shared flight.
 */
export const ReauthOutlet = /* @__PURE__ */ forwardRef<HTMLElement, ReauthOutletProps>(
  function ReauthOutlet(props, ref) {
    const error = useStoreValue(useReauthFlight(), (flight) => flight.error);
    return <PromptView {...props} rootRef={ref} error={error} outlet />;
  },
);
