import { forwardRef, useSyncExternalStore } from 'react';
import { useReauthFlight } from '../../react/ReauthFlightProvider';
import { PromptView, type ReauthPromptProps } from './ReauthPrompt';

/** Props of {@link ReauthOutlet}: the prompt's own props, minus what the shared flight supplies. */
export type ReauthOutletProps = Omit<ReauthPromptProps, 'error' | 'reauthenticate' | 'state'>;

const never = () => () => {};
const none = () => undefined;

/**
 * Where the page's one sign-in prompt appears while the shared flight needs signing in
 * (`QueryReauthProvider` or `ReauthFlightProvider` above): however many requests failed and
 * however many prompts would show it, the first outlet mounted shows it and the others stay
 * empty. Renders nothing without a shared flight.
 */
export const ReauthOutlet = forwardRef<HTMLElement, ReauthOutletProps>(
  function ReauthOutlet(props, ref) {
    const flight = useReauthFlight();
    const error = useSyncExternalStore(
      flight ? flight.subscribe : never,
      flight ? () => flight.error : none,
      flight ? () => flight.error : none,
    );
    return <PromptView {...props} rootRef={ref} error={error} outlet />;
  },
);
