import { render, renderHook, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { classifyError } from '../../src/core';
import { FieldError, useFieldErrors } from '../../src/react';
import { fixtureError } from '../components/helpers';

const LARAVEL_422 = 'seed-002-422-validation-example';
const ASPNET_400 = 'aspnet-400-validation-problem-details';

function PaymentForm({ error }: { error: unknown }) {
  const { fieldProps } = useFieldErrors(error, { idPrefix: 'pay-' });
  return (
    <form>
      <label htmlFor="email">Email</label>
      <input id="email" name="email" {...fieldProps('email')} />
      <FieldError error={error} name="email" idPrefix="pay-" />
      <label htmlFor="name">Name</label>
      <input id="name" name="name" {...fieldProps('name')} />
      <FieldError error={error} name="name" idPrefix="pay-" />
    </form>
  );
}

describe('useFieldErrors', () => {
  it('gives each field its messages from the seed 002 Laravel 422', () => {
    const { result } = renderHook(() => useFieldErrors(fixtureError(LARAVEL_422)));
    expect(result.current.classified?.kind).toBe('validation');
    expect(result.current.messagesFor('email')).toEqual([
      'The email field is required.',
      'The email must be a valid email address.',
    ]);
    expect(result.current.messagesFor('amount')).toEqual(['The amount must be greater than 0.']);
    expect(result.current.messagesFor('name')).toEqual([]);
    expect(result.current.formErrors).toEqual([]);
  });

  it('matches camelCase form names to ASP.NET PascalCase and JSON-path keys', () => {
    const { result } = renderHook(() => useFieldErrors(fixtureError(ASPNET_400)));
    expect(result.current.messagesFor('email')).toEqual(['The Email field is required.']);
    expect(result.current.messagesFor('items.0.qty')).toHaveLength(1);
    expect(result.current.messagesFor('items[0].qty')).toHaveLength(1);
  });

  it('matches snake_case server keys to camelCase names', () => {
    const error = classifyError({
      status: 422,
      data: { errors: { first_name: ['Enter a name.'] } },
    });
    const { result } = renderHook(() => useFieldErrors(error));
    expect(result.current.messagesFor('firstName')).toEqual(['Enter a name.']);
    expect(result.current.fieldProps('firstName')).toEqual({
      'aria-invalid': true,
      'aria-describedby': 'firstName-error',
    });
  });

  it('sets aria props only on fields with messages', () => {
    const { result } = renderHook(() => useFieldErrors(fixtureError(LARAVEL_422)));
    expect(result.current.fieldProps('email')).toEqual({
      'aria-invalid': true,
      'aria-describedby': 'email-error',
    });
    expect(result.current.fieldProps('name')).toEqual({});
  });

  it('builds error ids from idPrefix (default none)', () => {
    const { result } = renderHook(() =>
      useFieldErrors(fixtureError(LARAVEL_422), { idPrefix: 'signup-' }),
    );
    expect(result.current.errorId('email')).toBe('signup-email-error');
    expect(result.current.fieldProps('email')['aria-describedby']).toBe('signup-email-error');
    const plain = renderHook(() => useFieldErrors(fixtureError(LARAVEL_422)));
    expect(plain.result.current.errorId('email')).toBe('email-error');
  });

  it('is empty without an error and for a 401', () => {
    for (const error of [undefined, null, fixtureError('seed-002-401-unauthenticated')]) {
      const { result } = renderHook(() => useFieldErrors(error));
      expect(result.current.messagesFor('email')).toEqual([]);
      expect(result.current.fieldProps('email')).toEqual({});
      expect(Object.keys(result.current.fieldErrors)).toEqual([]);
      expect(result.current.formErrors).toEqual([]);
    }
  });

  it('returns the same state while the error is the same', () => {
    const error = fixtureError(LARAVEL_422);
    const { result, rerender } = renderHook(() => useFieldErrors(error));
    const first = result.current;
    rerender();
    expect(result.current).toBe(first);
  });

  it('ties the input to the rendered FieldError', () => {
    render(<PaymentForm error={fixtureError(LARAVEL_422)} />);
    const email = screen.getByLabelText('Email');
    expect(email).toHaveAttribute('aria-invalid', 'true');
    expect(email).toHaveAccessibleDescription(
      'Error: The email field is required. Error: The email must be a valid email address.',
    );
    const describedBy = email.getAttribute('aria-describedby') ?? '';
    expect(document.getElementById(describedBy)).toHaveAttribute('data-ek', 'field-error');
    const name = screen.getByLabelText('Name');
    expect(name).not.toHaveAttribute('aria-invalid');
    expect(name).not.toHaveAttribute('aria-describedby');
  });
});
