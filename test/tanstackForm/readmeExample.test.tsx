// The README's errorkit/tanstack-form example, rendered as written, with `fetch` answering 422.
import { useForm } from '@tanstack/react-form';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, expect, it, vi } from 'vitest';
import { fetchJson } from '../../src/core';
import { useServerErrors } from '../../src/tanstackForm';

function SignupForm() {
  const form = useForm({
    defaultValues: { email: '', firstName: '' },
    onSubmit: ({ value }) =>
      fetchJson('/api/signup', { method: 'POST', body: JSON.stringify(value) }),
  });
  // Classifies with the ErrorKitProvider's kit and clears each error when its field is edited.
  const applyErrors = useServerErrors(form);
  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        form.handleSubmit().catch(applyErrors);
      }}
    >
      <form.Field name="email">
        {(field) => (
          <>
            <label htmlFor={field.name}>Email</label>
            <input
              id={field.name}
              name={field.name}
              value={field.state.value}
              onChange={(event) => field.handleChange(event.target.value)}
              aria-invalid={!field.state.meta.isValid}
            />
            <p>{field.state.meta.errors.join(' ')}</p>
          </>
        )}
      </form.Field>
      <form.Subscribe selector={(state) => state.errors}>
        {(errors) => (errors.length > 0 ? <p role="alert">{errors.join(' ')}</p> : null)}
      </form.Subscribe>
      <button type="submit">Sign up</button>
    </form>
  );
}

afterEach(() => {
  vi.unstubAllGlobals();
});

it('shows the server messages on the field and the form, and clears the field on edit', async () => {
  const sent: string[] = [];
  vi.stubGlobal('fetch', async (_url: string, init: RequestInit) => {
    sent.push(String(init.body));
    return Response.json(
      {
        message: 'The given data was invalid.',
        errors: {
          email: ['The email has already been taken.'],
          plan: ['The selected plan is no longer offered.'],
        },
      },
      { status: 422 },
    );
  });
  const user = userEvent.setup();
  render(<SignupForm />);
  await user.type(screen.getByLabelText('Email'), 'ada@example.com');
  await user.click(screen.getByRole('button', { name: 'Sign up' }));

  expect(await screen.findByText('The email has already been taken.')).toBeInTheDocument();
  expect(screen.getByRole('alert')).toHaveTextContent('The selected plan is no longer offered.');
  const email = screen.getByLabelText('Email');
  expect(email).toHaveAttribute('aria-invalid', 'true');
  expect(email).toHaveFocus();
  expect(sent).toEqual([JSON.stringify({ email: 'ada@example.com', firstName: '' })]);

  await user.type(email, 'm');
  expect(screen.queryByText('The email has already been taken.')).not.toBeInTheDocument();
  expect(email).toHaveAttribute('aria-invalid', 'false');
  expect(email).toHaveValue('ada@example.comm');
});
