// Hono with @hono/zod-validator: its default answer to a failed check (zod 4 and zod 3), and the
// shapes apps send from its hook (zod 4 `flattenError`, `treeifyError`, `issues`; zod 3
// `flatten()`, `format()`). Also HTTPException.
import { serve } from '@hono/node-server';
import { zValidator } from '@hono/zod-validator';
import { Hono } from 'hono';
import { HTTPException } from 'hono/http-exception';
import { z } from 'zod';
import { z as z3 } from 'zod/v3';
import { ready, versions } from './ready.mjs';

const order = z.object({
  email: z.email(),
  address: z.object({ city: z.string().min(1) }),
  items: z.array(z.object({ qty: z.number().int().min(1) })),
});
const orderV3 = z3.object({
  email: z3.string().email(),
  address: z3.object({ city: z3.string().min(1) }),
  items: z3.array(z3.object({ qty: z3.number().int().min(1) })),
});

/** A zValidator hook that answers 400 with `shape(error)`. */
const answer = (shape) => (result, c) => {
  if (!result.success) return c.json(shape(result.error), 400);
};
const created = (c) => c.body(null, 201);

const app = new Hono();
app.post('/orders', zValidator('json', order), created);
app.post('/orders-flatten', zValidator('json', order, answer(z.flattenError)), created);
app.post('/orders-treeify', zValidator('json', order, answer(z.treeifyError)), created);
app.post(
  '/orders-issues',
  zValidator(
    'json',
    order,
    answer((e) => ({ issues: e.issues })),
  ),
  created,
);
app.post('/v3/orders', zValidator('json', orderV3), created);
app.post(
  '/v3/orders-flatten',
  zValidator(
    'json',
    orderV3,
    answer((e) => e.flatten()),
  ),
  created,
);
app.post(
  '/v3/orders-format',
  zValidator(
    'json',
    orderV3,
    answer((e) => e.format()),
  ),
  created,
);
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
