import { forwardRef } from 'react';
import { useReauthFlight, useStoreValue } from '../../react/ReauthFlightProvider';
import { PromptView, type ReauthPromptProps } from './ReauthPrompt';

/** Props of {@link ReauthOutlet}: the prompt's own props, minus what the shared flight supplies. */
export type ReauthOutletProps = Omit<ReauthPromptProps, 'error' | 'reauthenticate' | 'state'>;

/**
 * Where the page's one sign-in prompt appears while the shared flight needs signing in
 * (`QueryReauthProvider` or `ReauthFlightProvider` above): however many requests failed and
 * however many prompts would show it, the first outlet mounted shows it and the others stay
 * empty. Renders nothing without a shared flight.
 */
export const ReauthOutlet = forwardRef<HTMLElement, ReauthOutletProps>(
  function ReauthOutlet(props, ref) {
    const error = useStoreValue(useReauthFlight(), (flight) => flight.error);
    return <PromptView {...props} rootRef={ref} error={error} outlet />;
  },
);
