// One failure is classified once per kit, however many layers ask: TanStack's `retryDelay` and
// `retry`, `ErrorDisplay`, the re-auth coordinator and the react-hook-form adapter. A counting
// dialect in the app's kit sees each failure's body once.
import { QueryClient, QueryClientProvider, useQuery } from '@tanstack/react-query';
import { act, render, renderHook, screen, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { useForm } from 'react-hook-form';
import { describe, expect, it } from 'vitest';
import { builtInDialects, type Dialect, errorKit, HttpError } from '../../src';
import { QueryReauthProvider, ReauthOutlet, retryPolicy } from '../../src/query';
import { ErrorDisplay, ErrorKitProvider } from '../../src/react';
import { useServerErrors } from '../../src/reactHookForm';

function Item({ n, failure }: { n: number; failure: HttpError }) {
  const query = useQuery({ queryKey: ['item', n], queryFn: () => Promise.reject(failure) });
  return <ErrorDisplay error={query.error} />;
}

function countingKit(settings: Parameters<typeof errorKit>[0] = {}) {
  const reads: unknown[] = [];
  const counting: Dialect = {
    name: 'counting',
    read: (body) => {
      reads.push(body);
      return undefined;
    },
  };
  const kit = errorKit({ ...settings, classify: { dialects: [counting, ...builtInDialects] } });
  return { kit, reads };
}

describe('a failure is classified once per kit', () => {
  it('a 503 through retryPolicy(kit) and ErrorDisplay under the kit', () => {
    const { kit, reads } = countingKit();
    const failure = new HttpError({ status: 503, method: 'GET', body: { message: 'Down' } });
    const policy = retryPolicy(kit);
    // TanStack asks for the delay, then whether to retry, for the same failure.
    policy.retryDelay(0, failure);
    expect(policy.retry(0, failure)).toBe(true);
    render(
      <ErrorKitProvider kit={kit}>
        <ErrorDisplay error={failure} retry={{ onRetry: () => {} }} />
      </ErrorKitProvider>,
    );
    expect(document.querySelector('[data-ek="retry-banner"]')).not.toBeNull();
    expect(reads).toHaveLength(1);
  });

  it('a provider setting on top of the kit still shares its classifications', () => {
    const { kit, reads } = countingKit();
    const failure = new HttpError({ status: 503, method: 'GET', body: { message: 'Down' } });
    retryPolicy(kit).retryDelay(0, failure);
    render(
      <ErrorKitProvider kit={kit} accessContact="the admin" onError={() => {}}>
        <ErrorDisplay error={failure} />
      </ErrorKitProvider>,
    );
    expect(reads).toHaveLength(1);
  });

  it('401s through retryPolicy, the re-auth coordinator and the prompt', async () => {
    const { kit, reads } = countingKit({ reauthenticate: async () => {} });
    const failures = [1, 2, 3].map(
      (n) => new HttpError({ status: 401, method: 'GET', body: { message: `No session ${n}` } }),
    );
    const client = new QueryClient({ defaultOptions: { queries: retryPolicy(kit) } });
    render(
      <QueryClientProvider client={client}>
        <ErrorKitProvider kit={kit}>
          <QueryReauthProvider>
            <ReauthOutlet />
            {failures.map((failure, n) => (
              <Item key={JSON.stringify(failure.body)} n={n} failure={failure} />
            ))}
          </QueryReauthProvider>
        </ErrorKitProvider>
      </QueryClientProvider>,
    );
    await waitFor(() =>
      expect(screen.getAllByRole('button', { name: 'Sign in again' })).toHaveLength(1),
    );
    expect(reads).toHaveLength(3);
    client.clear();
  });

  it('a 422 through useServerErrors and ErrorDisplay', () => {
    const { kit, reads } = countingKit();
    const failure = new HttpError({
      status: 422,
      method: 'POST',
      body: { message: 'Check it', errors: { email: ['Enter an email.'] } },
    });
    const wrapper = ({ children }: { children?: ReactNode }) => (
      <ErrorKitProvider kit={kit}>{children}</ErrorKitProvider>
    );
    const { result } = renderHook(
      () => useServerErrors(useForm<{ email: string }>({ defaultValues: { email: '' } })),
      { wrapper },
    );
    act(() => {
      result.current(failure);
    });
    render(<ErrorDisplay error={failure} />, { wrapper });
    expect(document.querySelector('[data-ek="error-summary"]')).not.toBeNull();
    expect(reads).toHaveLength(1);
  });
});
