// Hono with @hono/zod-validator (its default answer to a failed check) and HTTPException.
import { serve } from '@hono/node-server';
import { zValidator } from '@hono/zod-validator';
import { Hono } from 'hono';
import { HTTPException } from 'hono/http-exception';
import { z } from 'zod';
import { ready, versions } from './ready.mjs';

const order = z.object({
  email: z.email(),
  address: z.object({ city: z.string().min(1) }),
  items: z.array(z.object({ qty: z.number().int().min(1) })),
});

const app = new Hono();
app.post('/orders', zValidator('json', order), (c) => c.body(null, 201));
app.get('/search', zValidator('query', z.object({ limit: z.coerce.number().int() })), (c) =>
  c.json([]),
);
app.get('/me', () => {
  throw new HTTPException(401, { message: 'Sign in to continue' });
});

const server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, (info) => {
  ready(info.port, versions('hono', '@hono/zod-validator', 'zod'));
});
process.on('SIGTERM', () => server.close());
