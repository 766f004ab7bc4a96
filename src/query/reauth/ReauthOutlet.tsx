import { useEffect, useState, useSyncExternalStore } from 'react';
import {
  ReauthPrompt,
  type ReauthPromptProps,
  type ReauthPromptState,
} from '../../components/ReauthPrompt';
import type { ReauthState } from './createReauthCoordinator';
import { useReauthContext } from './QueryReauthProvider';
import { useReauth } from './useReauth';

/** Props of {@link ReauthOutlet}: the prompt's own props, minus what the coordinator supplies. */
export type ReauthOutletProps = Omit<ReauthPromptProps, 'error' | 'reauthenticate' | 'state'>;

/** What the prompt shows for the coordinator's state, whoever started the flight. */
const promptState: Record<Exclude<ReauthState, 'idle'>, ReauthPromptState> = {
  'needs-auth': 'idle',
  pending: 'pending',
  failed: 'failed',
};

/**
 * Where the one `ReauthPrompt` appears while signing in is needed. However many queries failed
 * and however many outlets the app renders, there is one prompt (in the first outlet mounted);
 * its "Sign in again" runs the shared single flight, and it shows that flight's state ("Signing
 * in…", the failure text) also when the sign-in was started elsewhere (`useReauth()`).
 */
export function ReauthOutlet(props: ReauthOutletProps) {
  const { inPlace, outlets } = useReauthContext();
  const { state, error, reauthenticate } = useReauth();
  const [id] = useState(() => Symbol('ReauthOutlet'));
  useEffect(() => outlets.claim(id), [outlets, id]);
  const first = useSyncExternalStore(outlets.subscribe, outlets.first, outlets.first);
  if (first !== id || state === 'idle' || !error) return null;
  return (
    <ReauthPrompt
      {...props}
      error={error}
      reauthenticate={inPlace ? reauthenticate : undefined}
      state={promptState[state]}
    />
  );
}
