import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { HttpError } from '../../src/core';
import { SignupForm, submit } from './SignupForm';

const rejected = new HttpError({
  status: 422,
  method: 'POST',
  body: {
    message: 'The given data was invalid.',
    errors: {
      email: ['The email must be a valid email address.'],
      first_name: ['The first name may not be greater than 20 characters.'],
      coupon: ['This coupon has expired.'],
    },
  },
});

async function save(user: ReturnType<typeof userEvent.setup>) {
  await user.click(screen.getByRole('button', { name: 'Save' }));
}

beforeEach(() => {
  submit.error = rejected;
  submit.count = 0;
});

describe('useServerErrors with TanStack Form', () => {
  it('sets matched fields, focuses the first in form order, sends the rest to the form', async () => {
    const user = userEvent.setup();
    render(<SignupForm />);
    await user.type(screen.getByLabelText('First name'), 'Alexandria-Catherine-Maximiliana');
    await user.type(screen.getByLabelText('Notes'), 'Deliver after 5pm');
    await save(user);

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
    const user = userEvent.setup();
    render(<SignupForm />);
    await save(user);
    await screen.findByText(/^email:/);
    await user.type(screen.getByLabelText('First name'), 'A');
    expect(screen.queryByText(/^firstName:/)).not.toBeInTheDocument();
    expect(screen.getByText('email: The email must be a valid email address.')).toBeInTheDocument();
    await user.type(screen.getByLabelText('Email'), 'a');
    expect(screen.queryByText(/^email:/)).not.toBeInTheDocument();
    expect(screen.getByLabelText('Email')).toHaveValue('a');
  });

  it('keeps a server error when its field is only visited, not edited', async () => {
    const user = userEvent.setup();
    render(<SignupForm />);
    await save(user);
    await screen.findByText(/^email:/);
    // Email has a validator, so TanStack Form revalidates it on blur and drops its server error.
    await user.click(screen.getByLabelText('Email'));
    await user.click(screen.getByLabelText('Notes'));
    expect(screen.getByText('email: The email must be a valid email address.')).toBeInTheDocument();
    expect(screen.getByText(/^firstName:/)).toBeInTheDocument();
    expect(screen.getByText('form: This coupon has expired.')).toBeInTheDocument();
  });

  it('keeps client-side validation errors that the user causes after the server errors', async () => {
    const user = userEvent.setup();
    render(<SignupForm />);
    await save(user);
    await screen.findByText(/^email:/);
    await user.type(screen.getByLabelText('Email'), 'a b');
    expect(screen.getByText('email: No spaces')).toBeInTheDocument();
  });

  it('drops the form-level message when the user edits any field', async () => {
    const user = userEvent.setup();
    render(<SignupForm />);
    await save(user);
    await screen.findByText(/^form:/);
    await user.type(screen.getByLabelText('Notes'), 'x');
    expect(screen.queryByText(/^form:/)).not.toBeInTheDocument();
    expect(screen.getByText(/^email:/)).toBeInTheDocument();
  });

  it('lets the same values be sent again, replacing the old errors with the new answer', async () => {
    const user = userEvent.setup();
    render(<SignupForm />);
    await save(user);
    await screen.findByText(/^email:/);
    submit.error = new HttpError({
      status: 422,
      method: 'POST',
      body: { errors: { notes: ['Notes are too long.'] } },
    });
    await save(user);
    expect(submit.count).toBe(2);
    expect(await screen.findByText('notes: Notes are too long.')).toBeInTheDocument();
    expect(screen.queryByText(/^email:/)).not.toBeInTheDocument();
    expect(screen.queryByText(/^firstName:/)).not.toBeInTheDocument();
    expect(screen.queryByText(/^form:/)).not.toBeInTheDocument();
    expect(screen.getByLabelText('Notes')).toHaveFocus();
  });

  it('leaves focus alone with focus: false', async () => {
    const user = userEvent.setup();
    render(<SignupForm options={{ focus: false }} />);
    await save(user);
    await screen.findByText(/^email:/);
    expect(screen.getByRole('button', { name: 'Save' })).toHaveFocus();
  });

  it('matches only the names given in fields; the others go to the form', async () => {
    const user = userEvent.setup();
    render(<SignupForm options={{ fields: ['email'] }} />);
    await save(user);
    await screen.findByText(/^email:/);
    expect(screen.queryByText(/^firstName:/)).not.toBeInTheDocument();
    expect(
      screen.getByText(
        'form: The first name may not be greater than 20 characters. This coupon has expired.',
      ),
    ).toBeInTheDocument();
  });

  it('puts nothing on the form for a failure that is not about the values', async () => {
    submit.error = new HttpError({ status: 503, method: 'POST', body: { message: 'Down' } });
    const user = userEvent.setup();
    render(<SignupForm />);
    await save(user);
    expect(submit.count).toBe(1);
    expect(screen.queryByText(/^(form|email|firstName):/)).not.toBeInTheDocument();
  });
});
