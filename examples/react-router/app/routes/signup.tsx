import { fetchJson, routeError } from 'errorkit';
import { ErrorSummary, FieldError, useFieldErrors } from 'errorkit/react';
import {
  type ActionFunctionArgs,
  data,
  Form,
  redirect,
  useActionData,
  useNavigation,
} from 'react-router';
import { backendUrl } from '../backend.server';

const FIELDS = ['name', 'email', 'password', 'password_confirmation'];

export async function action({ request }: ActionFunctionArgs) {
  const formData = await request.formData();
  const body = Object.fromEntries(FIELDS.map((name) => [name, formData.get(name) ?? '']));
  try {
    const account = await fetchJson<{ name: string }>(backendUrl('/accounts'), {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
    return redirect(`/welcome?name=${encodeURIComponent(account.name)}`);
  } catch (error) {
    // The failure as plain data with what the user typed (passwords left out), and its status.
    return data(...routeError(error, { values: formData }));
  }
}

export default function Signup() {
  const error = useActionData<typeof action>();
  const submitting = useNavigation().state === 'submitting';
  const { fieldProps, submittedValue } = useFieldErrors(error);
  return (
    <>
      <h1>Create an account</h1>
      <p>
        The backend validates for real: a name, an email address (<code>taken@example.com</code> is
        taken) and a password of at least 8 characters, typed twice.
      </p>
      <Form method="post" noValidate>
        <ErrorSummary error={error} />
        <div className="field">
          <label htmlFor="name">Name</label>
          <FieldError error={error} name="name" />
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
          <FieldError error={error} name="email" />
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
          <FieldError error={error} name="password" />
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
        <button type="submit" disabled={submitting}>
          {submitting ? 'Creating…' : 'Create account'}
        </button>
      </Form>
    </>
  );
}
