// LoopBack 4 (@loopback/rest): a route whose OpenAPI request body schema AJV checks (422
// VALIDATION_FAILED with `details[]`), HttpErrors, a malformed body, an unknown route and a
// thrown error, each as LoopBack's `{ error: { statusCode, name, message, … } }`.
import { HttpErrors, RestApplication } from '@loopback/rest';
import { orderSchema as order } from './order-schema.mjs';
import { ready, versions } from './ready.mjs';

const ok = { responses: { 200: { description: 'ok' } } };

// Every failure of the body, not only AJV's first.
const app = new RestApplication({
  rest: { port: 0, host: '127.0.0.1', validation: { allErrors: true } },
});
app.route(
  'post',
  '/orders',
  {
    ...ok,
    requestBody: { required: true, content: { 'application/json': { schema: order } } },
  },
  () => ({}),
);
app.route(
  'get',
  '/search',
  {
    ...ok,
    parameters: [{ name: 'limit', in: 'query', required: true, schema: { type: 'integer' } }],
  },
  () => [],
);
app.route('get', '/me', ok, () => {
  throw new HttpErrors.Unauthorized('Sign in to continue');
});
app.route('get', '/admin', ok, () => {
  throw new HttpErrors.Forbidden('You may not see this page');
});
app.route(
  'get',
  '/items/{id}',
  {
    ...ok,
    parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }],
  },
  (id) => {
    throw new HttpErrors.NotFound(`Entity not found: Item with id ${JSON.stringify(id)}`);
  },
);
app.route('get', '/crash', ok, () => {
  throw new Error('boom');
});

await app.start();
ready(Number(new URL(app.restServer.url).port), versions('@loopback/rest'));
process.on('SIGTERM', () => app.stop());
