import { cleanup, render, screen } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { useState } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { ErrorSummary, FieldError, useFieldErrors } from '../../src/react';
import { fixtureError } from './helpers';

const LARAVEL_422 = 'seed-002-422-validation-example';

afterEach(() => {
  cleanup();
});

/** A real form: labelled inputs, a summary on top, messages under each field. */
function PaymentForm({ error, note = '' }: { error: unknown; note?: string }) {
  const { fieldProps } = useFieldErrors(error);
  const [, setCount] = useState(0);
  return (
    <form noValidate>
      <ErrorSummary error={error} fields={['email', 'amount']} />
      <p>{note}</p>
      <label htmlFor="email">Email</label>
      <input id="email" name="email" {...fieldProps('email')} />
      <FieldError error={error} name="email" />
      <label htmlFor="amount">Amount</label>
      <input id="amount" name="amount" {...fieldProps('amount')} />
      <FieldError error={error} name="amount" />
      <button type="button" onClick={() => setCount((count) => count + 1)}>
        Re-render
      </button>
    </form>
  );
}

/** A page where the summary must not move focus. */
function SearchPage({ error }: { error: unknown }) {
  return (
    <>
      <input aria-label="Search" />
      <ErrorSummary error={error} autoFocus={false} />
    </>
  );
}

function summary(): HTMLElement {
  return screen.getByRole('region', { name: 'There is a problem' });
}

describe('ErrorSummary in a browser', () => {
  it('takes focus when it appears', async () => {
    const { rerender } = render(<PaymentForm error={undefined} />);
    expect(screen.queryByRole('region')).toBeNull();
    rerender(<PaymentForm error={fixtureError(LARAVEL_422)} />);
    expect(document.activeElement).toBe(summary());
  });

  it('focuses the field when a link is clicked, without changing the hash', async () => {
    const user = userEvent.setup();
    const hash = window.location.hash;
    const href = window.location.href;
    render(<PaymentForm error={fixtureError(LARAVEL_422)} />);
    await user.click(screen.getByRole('link', { name: 'The amount must be greater than 0.' }));
    expect(document.activeElement).toBe(screen.getByLabelText('Amount'));
    await user.click(screen.getAllByRole('link', { name: /email/ })[0] as HTMLElement);
    expect(document.activeElement).toBe(screen.getByLabelText('Email'));
    expect(window.location.hash).toBe(hash);
    expect(window.location.href).toBe(href);
  });

  it('does not steal focus back on re-renders with the same error; a new error does', async () => {
    const user = userEvent.setup();
    const error = fixtureError(LARAVEL_422);
    const { rerender } = render(<PaymentForm error={error} />);
    const email = screen.getByLabelText('Email');
    await user.click(email);
    await user.keyboard('me@example.com');
    expect(document.activeElement).toBe(email);

    rerender(<PaymentForm error={error} note="still the same error" />);
    await user.click(screen.getByRole('button', { name: 'Re-render' }));
    await user.click(email);
    expect(document.activeElement).toBe(email);
    expect(email).toHaveValue('me@example.com');

    rerender(<PaymentForm error={fixtureError(LARAVEL_422)} />);
    expect(document.activeElement).toBe(summary());
  });

  it('keeps focus where it is with autoFocus off', () => {
    const { rerender } = render(<SearchPage error={undefined} />);
    const search = screen.getByLabelText('Search');
    search.focus();
    rerender(<SearchPage error={fixtureError(LARAVEL_422)} />);
    expect(summary()).toBeVisible();
    expect(document.activeElement).toBe(search);
  });
});
