'use client';

import { ErrorSummary, FieldError, useFieldErrors } from 'errorkit/react';
import { useActionState } from 'react';
import { type SignupState, signUp } from './actions';

const initialState: SignupState = {};

export function SignupForm() {
  const [state, formAction, pending] = useActionState(signUp, initialState);
  // React resets the form after the action; `submittedValue` puts back what was typed.
  const { fieldProps, submittedValue } = useFieldErrors(state.error);

  if (state.account) {
    return <p role="status">Welcome, {state.account.name}: your account is ready.</p>;
  }
  return (
    <form action={formAction} noValidate>
      <ErrorSummary error={state.error} />
      <div className="field">
        <label htmlFor="name">Name</label>
        <FieldError error={state.error} name="name" />
        <input
          id="name"
          name="name"
          autoComplete="name"
          defaultValue={submittedValue('name')}
          {...fieldProps('name')}
        />
      </div>
      <div className="field">
        <label htmlFor="email">Email</label>
        <FieldError error={state.error} name="email" />
        <input
          id="email"
          name="email"
          type="email"
          autoComplete="email"
          defaultValue={submittedValue('email')}
          {...fieldProps('email')}
        />
      </div>
      <div className="field">
        <label htmlFor="password">Password</label>
        <FieldError error={state.error} name="password" />
        <input
          id="password"
          name="password"
          type="password"
          autoComplete="new-password"
          {...fieldProps('password')}
        />
      </div>
      <div className="field">
        <label htmlFor="password_confirmation">Repeat the password</label>
        <input
          id="password_confirmation"
          name="password_confirmation"
          type="password"
          autoComplete="new-password"
        />
      </div>
      <button type="submit" disabled={pending}>
        {pending ? 'Creating…' : 'Create account'}
      </button>
    </form>
  );
}
