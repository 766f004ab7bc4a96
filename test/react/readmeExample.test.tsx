// The README's React example, rendered as written.
import { render, screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { HttpError } from '../../src/core';
import {
  ErrorDisplay,
  ErrorKitProvider,
  errorKit,
  FieldError,
  useFieldErrors,
} from '../../src/react';

const kit = errorKit({ classify: { codes: { '1006': 'forbidden' } } });

function InvoiceForm({ error, onRetry }: { error: unknown; onRetry: () => void }) {
  const { fieldProps } = useFieldErrors(error);
  return (
    <form>
      <ErrorDisplay error={error} summary={{ fields: ['email'] }} retry={{ onRetry }} />
      <label htmlFor="email">Email</label>
      <FieldError error={error} name="email" />
      <input id="email" name="email" {...fieldProps('email')} />
    </form>
  );
}

const refreshSession = () => Promise.resolve();

describe('README React example', () => {
  it('shows the summary and the field message for a 422', () => {
    const error = new HttpError({
      status: 422,
      body: {
        message: 'The given data was invalid.',
        errors: { email: ['Enter an email address'] },
      },
    });
    render(
      <ErrorKitProvider
        kit={kit}
        reauthenticate={refreshSession}
        accessContact="your workspace admin"
      >
        <InvoiceForm error={error} onRetry={vi.fn()} />
      </ErrorKitProvider>,
    );
    expect(screen.getByRole('heading', { name: 'There is a problem' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Enter an email address' })).toHaveAttribute(
      'href',
      '#email',
    );
    expect(screen.getByRole('textbox', { name: 'Email' })).toHaveAttribute('aria-invalid', 'true');
  });

  it('shows a retry banner with a countdown for a 429', async () => {
    const error = new HttpError({ status: 429, headers: { 'Retry-After': '3' } });
    render(
      <ErrorKitProvider
        kit={kit}
        reauthenticate={refreshSession}
        accessContact="your workspace admin"
      >
        <InvoiceForm error={error} onRetry={vi.fn()} />
      </ErrorKitProvider>,
    );
    await waitFor(() => expect(screen.getByRole('timer')).toHaveTextContent(/[23] seconds/));
    expect(screen.getByRole('button', { name: 'Retry now' })).toBeInTheDocument();
  });
});
