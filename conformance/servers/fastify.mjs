// Fastify: JSON-schema validation of body and querystring, @fastify/rate-limit, not-found.
import rateLimit from '@fastify/rate-limit';
import Fastify from 'fastify';
import { ready, versions } from './ready.mjs';

const app = Fastify();
await app.register(rateLimit, { global: false });

const order = {
  type: 'object',
  required: ['email', 'address'],
  properties: {
    email: { type: 'string', format: 'email' },
    address: {
      type: 'object',
      required: ['city'],
      properties: { city: { type: 'string', minLength: 1 } },
    },
  },
};

app.post('/orders', { schema: { body: order } }, async (_req, reply) => reply.code(201).send());
app.get(
  '/search',
  { schema: { querystring: { type: 'object', properties: { limit: { type: 'integer' } } } } },
  async () => [],
);
app.get('/limited', { config: { rateLimit: { max: 1, timeWindow: '1 minute' } } }, async () => []);

await app.listen({ port: 0, host: '127.0.0.1' });
ready(app.server.address().port, versions('fastify', '@fastify/rate-limit'));
