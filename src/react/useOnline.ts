'use client';

import { useSyncExternalStore } from 'react';

// Only called in the browser: React subscribes after hydration, never on the server.
function subscribeToNetwork(onChange: () => void): () => void {
  window.addEventListener('online', onChange);
  window.addEventListener('offline', onChange);
  return () => {
    window.removeEventListener('online', onChange);
    window.removeEventListener('offline', onChange);
  };
}

const readOnline = (): boolean =>
  typeof navigator === 'undefined' || typeof navigator.onLine !== 'boolean' || navigator.onLine;

const serverOnline = (): boolean => true;

/** `navigator.onLine`, kept up to date; `true` on the server and where the browser cannot tell. */
export function useOnline(): boolean {
  return useSyncExternalStore(subscribeToNetwork, readOnline, serverOnline);
}
