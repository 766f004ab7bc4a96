/** How a {@link retryWait} ended: send the request now, or give up. */
export type RetryWaitEnd = 'retry' | 'stop';

export interface RetryWait {
  readonly done: Promise<RetryWaitEnd>;
  /** Ends the wait at once: the request is sent now. */
  now(): void;
  /** Ends the wait without a request. */
  stop(): void;
}

const offline = () => typeof navigator !== 'undefined' && navigator.onLine === false;

/**
 * Waits `delayMs`, then, while the browser is offline, for the network to come back. An aborted
 * `signal` ends it like `stop()`.
 */
export function retryWait(delayMs: number, signal?: AbortSignal): RetryWait {
  let finish: (end: RetryWaitEnd) => void = () => {};
  let timer: ReturnType<typeof setTimeout> | undefined;
  const onAbort = () => finish('stop');
  const onOnline = () => finish('retry');
  const done = new Promise<RetryWaitEnd>((resolve) => {
    finish = (end) => {
      clearTimeout(timer);
      signal?.removeEventListener('abort', onAbort);
      if (typeof window !== 'undefined') window.removeEventListener('online', onOnline);
      finish = () => {};
      resolve(end);
    };
  });
  if (signal?.aborted) finish('stop');
  signal?.addEventListener('abort', onAbort, { once: true });
  timer = setTimeout(() => {
    if (offline() && typeof window !== 'undefined') window.addEventListener('online', onOnline);
    else finish('retry');
  }, delayMs);
  return { done, now: () => finish('retry'), stop: () => finish('stop') };
}
