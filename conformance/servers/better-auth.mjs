// Better Auth 1 with email and password on its memory adapter, served by Node's http through
// `toNodeHandler`: its body validation (`[body.email] Invalid email address`), APIError codes
// and the rate limiter's 429 with `X-Retry-After`. Requests carry the Origin a browser sends.
import { createServer } from 'node:http';
import { betterAuth } from 'better-auth';
import { memoryAdapter } from 'better-auth/adapters/memory';
import { toNodeHandler } from 'better-auth/node';
import { ready, versions } from './ready.mjs';

const server = createServer();
server.listen(0, '127.0.0.1', async () => {
  const origin = `http://127.0.0.1:${server.address().port}`;
  const auth = betterAuth({
    baseURL: origin,
    // The web app the browser sends these requests from (its Origin header).
    trustedOrigins: ['http://app.example'],
    secret: 'errorkit-conformance-secret-not-for-production',
    database: memoryAdapter({ user: [], session: [], account: [], verification: [] }),
    emailAndPassword: { enabled: true },
    telemetry: { enabled: false },
    // Better Auth skips its origin check when it sees TEST (which vitest sets): check as in
    // production, so the live suite meets what the recorder saw.
    advanced: { disableOriginCheck: false },
    // One sign-in a minute per client, so the second is refused; sign-ups are not limited.
    rateLimit: {
      enabled: true,
      window: 60,
      max: 100,
      customRules: { '/sign-in/email': { window: 60, max: 1 }, '/sign-up/email': false },
    },
  });
  // A user for the sign-up conflict and the wrong password.
  await auth.api.signUpEmail({
    body: { name: 'Taken', email: 'taken@example.com', password: 'correct horse battery' },
  });
  server.on('request', toNodeHandler(auth));
  ready(server.address().port, versions('better-auth'));
});
process.on('SIGTERM', () => server.close());
