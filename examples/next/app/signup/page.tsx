import { SignupForm } from './SignupForm';

export default function SignupPage() {
  return (
    <>
      <h1>Create an account</h1>
      <p>
        The backend validates for real: a name, an email address (<code>taken@example.com</code> is
        taken) and a password of at least 8 characters, typed twice.
      </p>
      <SignupForm />
    </>
  );
}
