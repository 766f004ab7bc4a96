// examples/react-router: React Router 7 in framework mode with server rendering, built with
// `react-router build` and served by `react-router-serve`. An action answers a Zod-style 422, a
// loader a 503 with Retry-After, rendered by the route's ErrorBoundary and retried by revalidating.
import { checksFor } from './checks.mjs';

const typed = {
  name: 'Ada Lovelace',
  email: 'ada@example',
  password: 'Sesame7',
  password_confirmation: 'Sesame7',
};

export const app = {
  name: 'react-router',
  dir: 'examples/react-router',
  sources: ['app', 'react-router.config.ts', 'vite.config.ts', 'package-lock.json'],
  output: 'build',
  build: ['node_modules/@react-router/dev/bin.js', ['build']],
  start: () => ['node_modules/@react-router/serve/bin.js', ['build/server/index.js']],
  env: { HOST: '127.0.0.1' },
  serverHtml: [
    {
      // The loader threw the failure; the route's ErrorBoundary rendered it on the server.
      path: '/invoices?fail=503',
      status: 503,
      headers: { 'retry-after': '2' },
      contains: ['data-ek="retry-banner"', 'Trying again in 2 seconds'],
      requestId: true,
    },
    {
      path: '/invoices?fail=401',
      status: 401,
      contains: ['data-ek="reauth-prompt"', 'href="/login"', 'Sign in again'],
    },
  ],
  hydrationPages: ['/invoices?fail=503', '/invoices?fail=401'],
  retry: { path: '/invoices?fail=503', backendPath: '/invoices?fail=503' },
  form: {
    path: '/signup',
    typed,
    kept: { name: typed.name, email: typed.email },
    secrets: ['password', 'password_confirmation'],
    secret: typed.password,
    fieldErrors: {
      email: 'Invalid email address',
      password: 'Too small: expected string to have >=8 characters',
    },
    serverFieldErrors: { email: 'Invalid email address' },
    // Zod's flattenError() with only a form error: the repeated password differs.
    formOnly: {
      typed: {
        name: 'Ada Lovelace',
        email: 'ada@example.com',
        password: 'Sesame-Street-7',
        password_confirmation: 'Sesame-Street-8',
      },
      message: 'Passwords do not match',
    },
  },
};

export const tests = checksFor(app);
