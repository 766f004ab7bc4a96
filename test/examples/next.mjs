// examples/next: Next.js 16 App Router with React 19, built with `next build` and served by
// `next start`. Server components render errorkit's UI for a failed backend call, a server action
// form uses `useActionState`, and a 503 is retried with `router.refresh()`.
import { checksFor } from './checks.mjs';

const typed = {
  name: 'Ada Lovelace',
  email: 'ada@example',
  password: 'Sesame7',
  password_confirmation: 'Sesame7',
};

export const app = {
  name: 'next',
  dir: 'examples/next',
  /** Whose change means building again. */
  sources: ['app', 'lib', 'next.config.ts', 'tsconfig.json', 'package-lock.json'],
  output: '.next',
  build: ['node_modules/next/dist/bin/next', ['build']],
  start: (port) => [
    'node_modules/next/dist/bin/next',
    ['start', '-p', String(port), '-H', '127.0.0.1'],
  ],
  env: { NEXT_TELEMETRY_DISABLED: '1' },
  serverHtml: [
    {
      // A server component renders ErrorDisplay for a 500: the banner with the request id.
      path: '/invoices?fail=500',
      contains: ['data-ek="retry-banner"'],
      requestId: true,
    },
    {
      // A 401: the sign-in prompt linking to the provider's loginUrl.
      path: '/invoices?fail=401',
      contains: ['data-ek="reauth-prompt"', 'href="/login"', 'Sign in again'],
    },
    {
      path: '/dashboard?fail=503',
      contains: ['data-ek="retry-banner"', 'Trying again in 2 seconds'],
      requestId: true,
    },
  ],
  hydrationPages: ['/invoices?fail=500', '/invoices?fail=401', '/dashboard?fail=503'],
  retry: { path: '/dashboard?fail=503', backendPath: '/invoices?fail=503' },
  form: {
    path: '/signup',
    typed,
    kept: { name: typed.name, email: typed.email },
    secrets: ['password', 'password_confirmation'],
    secret: typed.password,
    fieldErrors: {
      email: 'The email field must be a valid email address.',
      password: 'The password field must be at least 8 characters.',
    },
  },
};

export const tests = checksFor(app);
