export default function Login() {
  return (
    <>
      <h1>Sign in</h1>
      <p>The example has no accounts: this is where an app would sign the user in.</p>
    </>
  );
}
