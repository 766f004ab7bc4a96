import { describe, expect, it, vi } from 'vitest';
import { classifyError } from '../../src/core';
import { createReauthGate } from '../../src/headless/reauthGate';

const unauthenticated = () => {
  const raw = { status: 401, data: { message: 'Sign in' } };
  return { raw, classified: classifyError(raw) };
};

describe('createReauthGate', () => {
  it('many failures: one needs-auth, one sign-in for concurrent callers, each query refetched once', async () => {
    const reauthenticate = vi.fn(() => Promise.resolve());
    const gate = createReauthGate({ reauthenticate });
    const refetches = Array.from({ length: 20 }, () => vi.fn());
    const changes: string[] = [];
    gate.subscribe(() => changes.push(gate.state));
    refetches.forEach((refetch, n) => {
      gate.sending(`q${n}`);
      gate.failed(`q${n}`, { ...unauthenticated(), refetch });
    });
    expect(gate.state).toBe('needs-auth');
    expect(new Set(changes)).toEqual(new Set(['needs-auth']));
    await Promise.all([gate.reauthenticate(), gate.reauthenticate(), gate.reauthenticate()]);
    expect(reauthenticate).toHaveBeenCalledTimes(1);
    for (const refetch of refetches) expect(refetch).toHaveBeenCalledTimes(1);
    expect(gate.state).toBe('idle');
    expect(gate.error).toBeUndefined();
  });

  it('a sign-in that throws synchronously leaves the gate failed, and the failures wait for the next one', async () => {
    let calls = 0;
    const gate = createReauthGate({
      reauthenticate: () => {
        calls += 1;
        if (calls === 1) throw new Error('closed');
        return Promise.resolve();
      },
    });
    const refetch = vi.fn();
    gate.failed('q', { ...unauthenticated(), refetch });
    await expect(gate.reauthenticate()).rejects.toThrow('closed');
    expect(gate.state).toBe('failed');
    expect(refetch).not.toHaveBeenCalled();
    await gate.reauthenticate();
    expect(refetch).toHaveBeenCalledTimes(1);
    expect(calls).toBe(2);
  });

  it('a 401 for a request sent before the sign-in is refetched without a prompt', async () => {
    const gate = createReauthGate({ reauthenticate: () => Promise.resolve() });
    gate.sending('early');
    gate.failed('q', { ...unauthenticated(), refetch: vi.fn() });
    await gate.reauthenticate();
    const refetch = vi.fn();
    gate.failed('early', { ...unauthenticated(), refetch });
    expect(gate.state).toBe('idle');
    // Once the library has settled the failure.
    expect(refetch).not.toHaveBeenCalled();
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(refetch).toHaveBeenCalledTimes(1);
    // The same request sent again after the sign-in and refused: a real sign-out.
    gate.sending('early');
    gate.failed('early', { ...unauthenticated(), refetch });
    expect(gate.state).toBe('needs-auth');
  });

  it('a mutation is never resent by itself; its resend is one stable function and stays after a failure', async () => {
    const gate = createReauthGate({ reauthenticate: () => Promise.resolve() });
    const failure = unauthenticated();
    let sends = 0;
    const resend = vi.fn(() => {
      sends += 1;
      return sends === 1 ? Promise.reject(new Error('offline')) : Promise.resolve('ok');
    });
    gate.failed('m', { ...failure, resend });
    await gate.reauthenticate();
    expect(resend).not.toHaveBeenCalled();
    const send = gate.resendable(failure.classified);
    expect(send).toBeDefined();
    expect(gate.resendable(failure.raw)).toBe(send);
    await expect(send?.()).rejects.toThrow('offline');
    expect(gate.resendable(failure.classified)).toBe(send);
    await expect(send?.()).resolves.toBe('ok');
    expect(gate.resendable(failure.classified)).toBeUndefined();
  });

  it('settled failures leave the prompt when none is left', () => {
    const gate = createReauthGate({ reauthenticate: () => Promise.resolve() });
    gate.failed('q', { ...unauthenticated(), refetch: vi.fn() });
    gate.settled('q');
    expect(gate.state).toBe('idle');
  });
});
