// Elysia 1.4 on Node (@elysiajs/node): its TypeBox validation error (422), `status()` answers,
// NOT_FOUND for an unknown route and its answer to a thrown error.
import { node } from '@elysiajs/node';
import { Elysia, t } from 'elysia';
import { ready, versions } from './ready.mjs';

const order = t.Object({
  email: t.String({ format: 'email' }),
  address: t.Object({ street: t.String(), city: t.String() }),
  items: t.Array(t.Object({ sku: t.String(), qty: t.Integer({ minimum: 1 }) })),
});

// In production Elysia leaves the failures out of a validation error unless told to show them.
const detailed = new Elysia({ allowUnsafeValidationDetails: true }).post(
  '/detailed/orders',
  ({ status }) => status(201),
  { body: order },
);

const app = new Elysia({ adapter: node() })
  .post('/orders', ({ status }) => status(201), { body: order })
  .mount(detailed.fetch)
  .get('/search', () => [], { query: t.Object({ limit: t.Numeric() }) })
  .get('/me', ({ status }) => status(401, 'Sign in to continue'))
  .get('/admin', ({ status }) => status(403, { message: 'You may not see this page' }))
  .get('/crash', () => {
    throw new Error('boom');
  })
  // The adapter reports the port it was asked for: the bound one comes from the Node server.
  .listen({ port: 0, hostname: '127.0.0.1' }, async ({ raw }) => {
    await raw.ready();
    ready(raw.node.server.address().port, versions('elysia', '@elysiajs/node'));
  });
process.on('SIGTERM', () => app.stop());
