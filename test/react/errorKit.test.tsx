import { act, render, renderHook, screen } from '@testing-library/react';
import type { ReactNode } from 'react';
import { useForm } from 'react-hook-form';
import { describe, expect, it } from 'vitest';
import { HttpError } from '../../src/core';
import { de } from '../../src/locales/de';
import { retryDefaults, retryPolicy } from '../../src/query';
import { ErrorDisplay, ErrorKitProvider, errorKit, useErrorKit } from '../../src/react';
import { applyServerErrors, useServerErrors } from '../../src/reactHookForm';

// A 503 whose body code the app declares a validation error: one declaration, three readers.
const failure = () =>
  new HttpError({
    status: 503,
    body: { code: 'FORM_REJECTED', message: 'The form was rejected.' },
  });
const kit = errorKit({ classify: { codes: { FORM_REJECTED: 'validation' } } });

function Form({ onApplied }: { onApplied: (fields: unknown) => void }) {
  const form = useForm<{ email: string }>({ defaultValues: { email: '' } });
  const applyErrors = useServerErrors(form);
  return (
    <>
      <button type="button" onClick={() => act(() => onApplied(applyErrors(failure())))}>
        submit
      </button>
      <p data-testid="root">{form.formState.errors.root?.server?.message ?? 'none'}</p>
    </>
  );
}

describe('errorKit: one configuration for the provider, retryPolicy and the form adapter', () => {
  it('a code declared once changes all three', () => {
    // retryPolicy: the declared code makes the 503 a validation error, never retried.
    expect(retryPolicy().retry(0, failure())).toBe(true);
    expect(retryPolicy(kit).retry(0, failure())).toBe(false);
    expect(retryDefaults(kit).mutations.retry(0, failure())).toBe(false);
    const noRetries = errorKit({ ...kit.config, retry: { maxRetries: 0 } });
    expect(retryPolicy(noRetries).retry(0, new HttpError({ status: 503 }))).toBe(false);

    // The provider: the error summary instead of a retry banner.
    const { container, unmount } = render(
      <ErrorKitProvider kit={kit}>
        <ErrorDisplay error={failure()} />
      </ErrorKitProvider>,
    );
    expect(container.querySelector('[data-ek="error-summary"]')).not.toBeNull();
    expect(container.querySelector('[data-ek="retry-banner"]')).toBeNull();
    unmount();

    // The react-hook-form hook reads the provider's kit: the form gets a root error.
    const applied: unknown[] = [];
    render(
      <ErrorKitProvider kit={kit}>
        <Form onApplied={(result) => applied.push(result)} />
      </ErrorKitProvider>,
    );
    act(() => screen.getByRole('button', { name: 'submit' }).click());
    expect(screen.getByTestId('root')).not.toHaveTextContent('none');
    expect(applied[0]).toMatchObject({ rootMessages: [expect.any(String)] });
  });

  it('without a kit the defaults apply; a kit can be passed to each call', () => {
    const { container } = render(<ErrorDisplay error={failure()} />);
    expect(container.querySelector('[data-ek="retry-banner"]')).not.toBeNull();
    const { result } = renderHook(() => useForm<{ email: string }>());
    const options = { kit };
    let applied: ReturnType<typeof applyServerErrors> | undefined;
    act(() => {
      applied = applyServerErrors(result.current, failure(), options);
    });
    expect(applied?.rootMessages).toHaveLength(1);
    act(() => {
      applied = applyServerErrors(result.current, failure());
    });
    expect(applied?.rootMessages).toHaveLength(0);
  });

  it('the provider’s own props win over the kit, and an undefined prop keeps the kit’s value', () => {
    const german = errorKit({ messages: de, accessContact: 'the admin' });
    const wrapper =
      (props: { accessContact?: string }) =>
      ({ children }: { children?: ReactNode }) => (
        <ErrorKitProvider kit={german} {...props}>
          {children}
        </ErrorKitProvider>
      );
    const own = renderHook(useErrorKit, { wrapper: wrapper({ accessContact: 'the owner' }) });
    expect(own.result.current.accessContact).toBe('the owner');
    expect(own.result.current.messages.locale).toBe('de');
    const kept = renderHook(useErrorKit, { wrapper: wrapper({ accessContact: undefined }) });
    expect(kept.result.current.accessContact).toBe('the admin');
  });

  it('is frozen, so it cannot be changed after it was shared', () => {
    expect(Object.isFrozen(kit)).toBe(true);
  });
});
