import { render, renderHook, screen } from '@testing-library/react';
import type { ReactNode } from 'react';
import { describe, expect, it } from 'vitest';
import { englishMessages, HttpError } from '../../src/core';
import {
  ErrorKitProvider,
  type ErrorKitProviderProps,
  en,
  useClassifiedError,
  useErrorKit,
} from '../../src/react';

const seed004 = (code: number) =>
  new HttpError({
    status: 401,
    body: {
      version: 'v2_0_0',
      status: 401,
      exception: { message: 'Client not authorised.', code },
    },
  });

function withProvider(props: Omit<ErrorKitProviderProps, 'children'>) {
  return ({ children }: { children: ReactNode }) => (
    <ErrorKitProvider {...props}>{children}</ErrorKitProvider>
  );
}

const seen = new Set<unknown>();

function Probe() {
  seen.add(useErrorKit());
  return <span>probe</span>;
}

describe('ErrorKitProvider', () => {
  it('works without a provider: English and the default kinds', () => {
    const { result } = renderHook(() => useClassifiedError(seed004(1006)));
    expect(result.current?.kind).toBe('unauthenticated');
    expect(result.current?.title).toBe(englishMessages.unauthenticated.title);
    expect(renderHook(() => useErrorKit()).result.current.messages).toBe(en);
  });

  it("passes the app's vendor codes to classification", () => {
    const codes = { '1006': 'forbidden' } as const;
    const { result } = renderHook(() => useClassifiedError(seed004(1006)), {
      wrapper: withProvider({ classify: { codes } }),
    });
    expect(result.current?.kind).toBe('forbidden');
  });

  it('applies per-app text overrides, per kind and per string', () => {
    const overrides = {
      summaryTitle: 'Fix these first',
      kinds: { forbidden: { title: 'No entry' } },
    };
    const wrapper = withProvider({ overrides, classify: { codes: { '1006': 'forbidden' } } });
    const { result } = renderHook(
      () => ({ kit: useErrorKit(), error: useClassifiedError(seed004(1006)) }),
      {
        wrapper,
      },
    );
    expect(result.current.kit.messages.summaryTitle).toBe('Fix these first');
    expect(result.current.error?.title).toBe('No entry');
    expect(result.current.error?.message).toBe('Client not authorised.');
  });

  it('gives no classification for no error', () => {
    expect(renderHook(() => useClassifiedError(null)).result.current).toBeUndefined();
    expect(renderHook(() => useClassifiedError(undefined)).result.current).toBeUndefined();
  });

  it('keeps the same classification across re-renders of the same error', () => {
    const error = seed004(1002);
    const { result, rerender } = renderHook(() => useClassifiedError(error));
    const first = result.current;
    rerender();
    expect(result.current).toBe(first);
  });

  it('keeps its context value stable when the app re-renders with the same settings', () => {
    seen.clear();
    const codes = { '1006': 'forbidden' } as const;
    const classify = { codes };
    const { rerender } = render(
      <ErrorKitProvider classify={classify}>
        <Probe />
      </ErrorKitProvider>,
    );
    rerender(
      <ErrorKitProvider classify={classify}>
        <Probe />
      </ErrorKitProvider>,
    );
    expect(screen.getByText('probe')).toBeInTheDocument();
    expect(seen.size).toBe(1);
  });
});
