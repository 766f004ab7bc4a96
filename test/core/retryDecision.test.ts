import { describe, expect, it } from 'vitest';
import { type ClassifiedError, classifyError, HttpError, retryDecision } from '../../src/core';

function failed(
  status: number,
  init: { method?: string; headers?: Record<string, string>; idempotencyKey?: string } = {},
): ClassifiedError {
  return classifyError(new HttpError({ status, ...init }));
}

describe('retryDecision', () => {
  it.each([400, 401, 403, 404, 409, 422])('never retries a %i', (status) => {
    expect(retryDecision(failed(status), 0)).toEqual({
      retry: false,
      delayMs: 0,
      reason: 'not-retryable',
    });
  });

  it('never retries a cancelled request', () => {
    const cancelled = classifyError(new DOMException('stopped', 'AbortError'));
    expect(retryDecision(cancelled, 0).retry).toBe(false);
  });

  it("waits exactly the server's hint", () => {
    const limited = failed(429, { method: 'GET', headers: { 'Retry-After': '3' } });
    expect(retryDecision(limited, 0, { random: () => 0.9 })).toEqual({
      retry: true,
      delayMs: 3000,
      reason: 'retry',
    });
  });

  it('leaves a wait longer than maxRetryAfterMs to the UI', () => {
    const limited = failed(503, { headers: { 'Retry-After': '120' } });
    expect(retryDecision(limited, 0)).toEqual({
      retry: false,
      delayMs: 120_000,
      reason: 'wait-too-long',
    });
    expect(retryDecision(limited, 0, { maxRetryAfterMs: 300_000 }).retry).toBe(true);
  });

  it('backs off with full jitter, doubling from 1 s and capped at 30 s', () => {
    const error = failed(500, { method: 'GET' });
    expect(retryDecision(error, 0, { random: () => 0.5 }).delayMs).toBe(500);
    expect(retryDecision(error, 1, { random: () => 0.5 }).delayMs).toBe(1000);
    expect(retryDecision(error, 2, { random: () => 0.999, maxRetries: 10 }).delayMs).toBe(3996);
    expect(retryDecision(error, 8, { random: () => 0.5, maxRetries: 10 }).delayMs).toBe(15_000);
    expect(retryDecision(error, 0, { random: () => 0 }).delayMs).toBe(0);
  });

  it('stops after maxRetries', () => {
    const error = failed(502, { method: 'GET' });
    expect(retryDecision(error, 2).retry).toBe(true);
    expect(retryDecision(error, 3)).toEqual({ retry: false, delayMs: 0, reason: 'exhausted' });
    expect(retryDecision(error, 0, { maxRetries: 0 }).reason).toBe('exhausted');
  });

  it.each(['POST', 'PATCH', 'post'])('never auto-retries a %s', (method) => {
    expect(retryDecision(failed(502, { method }), 0).reason).toBe('not-idempotent');
  });

  it.each(['GET', 'PUT', 'DELETE', 'HEAD'])('retries an idempotent %s', (method) => {
    expect(retryDecision(failed(502, { method }), 0).retry).toBe(true);
  });

  it('retries a POST that carried an Idempotency-Key', () => {
    const error = failed(503, { method: 'POST', idempotencyKey: 'key-1' });
    expect(retryDecision(error, 0).retry).toBe(true);
  });

  it('retries a POST when the caller opts in', () => {
    expect(
      retryDecision(failed(503, { method: 'POST' }), 0, { retryNonIdempotent: true }).retry,
    ).toBe(true);
  });

  it('treats an unknown method on a mutation as not idempotent', () => {
    const error = classifyError(new TypeError('Failed to fetch'));
    expect(retryDecision(error, 0).retry).toBe(true);
    expect(retryDecision(error, 0, { mutation: true }).reason).toBe('not-idempotent');
  });

  it('keeps a misbehaving random source inside the backoff window', () => {
    const error = failed(500, { method: 'GET' });
    expect(retryDecision(error, 0, { random: () => 7 }).delayMs).toBe(1000);
    expect(retryDecision(error, 0, { random: () => -1 }).delayMs).toBe(0);
  });
});
