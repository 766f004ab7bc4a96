import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { serializeError } from '../../src';
import { FieldError, useFieldErrors } from '../../src/react';

function EmailField({ error }: { error: unknown }) {
  const { fieldProps, submittedValue } = useFieldErrors(error);
  return (
    <>
      <label htmlFor="email">Email</label>
      <FieldError error={error} name="email" />
      <input
        id="email"
        name="email"
        defaultValue={submittedValue('email')}
        {...fieldProps('email')}
      />
      <label htmlFor="tags">Tags</label>
      <input id="tags" name="tags" defaultValue={submittedValue('tags')} />
    </>
  );
}

describe('useFieldErrors submittedValue', () => {
  it('gives each input what was typed, carried back by serializeError', () => {
    const form = new FormData();
    form.append('email', 'ada@example');
    form.append('tags', 'first');
    form.append('tags', 'second');
    const error = serializeError(
      {
        status: 422,
        data: { errors: { email: ['Enter an email address in the correct format'] } },
      },
      { values: form },
    );
    render(<EmailField error={JSON.parse(JSON.stringify(error))} />);
    const email = screen.getByLabelText('Email') as HTMLInputElement;
    expect(email.value).toBe('ada@example');
    expect(email).toHaveAttribute('aria-invalid', 'true');
    expect((screen.getByLabelText('Tags') as HTMLInputElement).value).toBe('first');
  });

  it('gives nothing for an error without values, a missing name or a hostile value', () => {
    const { rerender } = render(<EmailField error={{ status: 422, data: { errors: {} } }} />);
    expect((screen.getByLabelText('Email') as HTMLInputElement).value).toBe('');
    const odd = serializeError({ status: 422, data: { errors: { email: ['Wrong'] } } });
    rerender(<EmailField error={{ ...odd, values: { email: { toString: 1 } } }} />);
    expect((screen.getByLabelText('Email') as HTMLInputElement).value).toBe('');
  });
});
