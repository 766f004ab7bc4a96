import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { retryWait } from '../../src/headless/retryWait';

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

const settled = async (promise: Promise<unknown>) => {
  let value: unknown = 'pending';
  void promise.then((end) => {
    value = end;
  });
  await vi.advanceTimersByTimeAsync(0);
  return value;
};

describe('retryWait', () => {
  it('ends with retry exactly after the delay, not before', async () => {
    const wait = retryWait(3000);
    await vi.advanceTimersByTimeAsync(2999);
    expect(await settled(wait.done)).toBe('pending');
    await vi.advanceTimersByTimeAsync(1);
    expect(await settled(wait.done)).toBe('retry');
  });

  it('now() ends it at once; stop() and an aborted signal end it with stop', async () => {
    const early = retryWait(3000);
    early.now();
    expect(await settled(early.done)).toBe('retry');
    const stopped = retryWait(3000);
    stopped.stop();
    stopped.now();
    expect(await settled(stopped.done)).toBe('stop');
    const controller = new AbortController();
    const aborted = retryWait(3000, controller.signal);
    controller.abort();
    expect(await settled(aborted.done)).toBe('stop');
  });

  it('while offline it waits for the network after the delay', async () => {
    const online = vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(false);
    const wait = retryWait(1000);
    await vi.advanceTimersByTimeAsync(5000);
    expect(await settled(wait.done)).toBe('pending');
    online.mockReturnValue(true);
    window.dispatchEvent(new Event('online'));
    expect(await settled(wait.done)).toBe('retry');
  });
});
