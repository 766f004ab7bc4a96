import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useForm } from 'react-hook-form';
import { describe, expect, it } from 'vitest';
import { HttpError } from '../../src/core';
import { applyServerErrors, useClearServerErrors } from '../../src/reactHookForm';

interface Values {
  firstName: string;
  email: string;
  notes: string;
}

const rejected = new HttpError({
  status: 422,
  body: {
    message: 'The given data was invalid.',
    errors: {
      email: ['The email must be a valid email address.'],
      first_name: ['The first name may not be greater than 20 characters.'],
      coupon: ['This coupon has expired.'],
    },
  },
});

let submitError: unknown = rejected;

function SignupForm() {
  const form = useForm<Values>({ defaultValues: { firstName: '', email: '', notes: '' } });
  useClearServerErrors(form);
  const { errors } = form.formState;
  const onSubmit = form.handleSubmit(() => {
    applyServerErrors(form, submitError);
  });
  return (
    <form onSubmit={onSubmit}>
      <label htmlFor="firstName">First name</label>
      <input id="firstName" {...form.register('firstName')} />
      {errors.firstName && <p>firstName: {errors.firstName.message}</p>}
      <label htmlFor="email">Email</label>
      <input id="email" {...form.register('email')} />
      {errors.email && <p>email: {errors.email.message}</p>}
      <label htmlFor="notes">Notes</label>
      <textarea id="notes" {...form.register('notes')} />
      {errors.root?.server && <p>form: {errors.root.server.message}</p>}
      <button type="submit">Save</button>
    </form>
  );
}

describe('applyServerErrors', () => {
  it('sets matched fields, focuses the first in form order, sends the rest to the root', async () => {
    submitError = rejected;
    const user = userEvent.setup();
    render(<SignupForm />);
    await user.type(screen.getByLabelText('First name'), 'Alexandria-Catherine-Maximiliana');
    await user.type(screen.getByLabelText('Notes'), 'Deliver after 5pm');
    await user.click(screen.getByRole('button', { name: 'Save' }));

    expect(
      await screen.findByText('firstName: The first name may not be greater than 20 characters.'),
    ).toBeInTheDocument();
    expect(screen.getByText('email: The email must be a valid email address.')).toBeInTheDocument();
    expect(screen.getByText('form: This coupon has expired.')).toBeInTheDocument();
    expect(screen.getByLabelText('First name')).toHaveFocus();
    // What the user typed is untouched.
    expect(screen.getByLabelText('First name')).toHaveValue('Alexandria-Catherine-Maximiliana');
    expect(screen.getByLabelText('Notes')).toHaveValue('Deliver after 5pm');
  });

  it("clears a field's server error when that field changes, and only that one", async () => {
    submitError = rejected;
    const user = userEvent.setup();
    render(<SignupForm />);
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await screen.findByText(/^email:/);
    await user.type(screen.getByLabelText('Email'), 'a');
    expect(screen.queryByText(/^email:/)).not.toBeInTheDocument();
    expect(screen.getByText(/^firstName:/)).toBeInTheDocument();
  });

  it('puts a validation error without fields on the root', async () => {
    submitError = new HttpError({
      status: 422,
      body: { status: 422, exception: { message: 'ID is required.', code: 3002 } },
    });
    const user = userEvent.setup();
    render(<SignupForm />);
    await act(() => user.click(screen.getByRole('button', { name: 'Save' })));
    expect(await screen.findByText('form: ID is required.')).toBeInTheDocument();
  });
});
