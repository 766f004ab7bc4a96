// Koa 3 with @koa/router and zod 4: the broken order answered as a Koa app returns zod's
// `flattenError` and `treeifyError`, and Koa's own `ctx.throw` and default 404 / 500 answers.
import Router from '@koa/router';
import Koa from 'koa';
import { z } from 'zod';
import { ready, versions } from './ready.mjs';

const order = z.object({
  email: z.email(),
  address: z.object({ city: z.string() }),
  items: z.array(z.object({ qty: z.number().int().min(1) })),
});

/** Reads the JSON body (Koa has no body parser of its own). */
async function json(ctx) {
  let text = '';
  for await (const chunk of ctx.req) text += chunk;
  return JSON.parse(text);
}

/** Answers 400 with `shape(error)` when the order does not parse. */
const validated = (shape) => async (ctx) => {
  const result = order.safeParse(await json(ctx));
  if (!result.success) {
    ctx.status = 400;
    ctx.body = shape(result.error);
    return;
  }
  ctx.status = 201;
};

const router = new Router();
router.post('/orders-flatten', validated(z.flattenError));
router.post('/orders-treeify', validated(z.treeifyError));
router.get('/me', (ctx) => ctx.throw(401, 'Sign in to continue'));
router.get('/admin', (ctx) => ctx.throw(403));
router.get('/crash', () => {
  throw new Error('boom');
});

const app = new Koa();
app.silent = true;
app.use(router.routes()).use(router.allowedMethods());

const server = app.listen(0, '127.0.0.1', () => {
  ready(server.address().port, versions('koa', '@koa/router', 'zod'));
});
process.on('SIGTERM', () => server.close());
