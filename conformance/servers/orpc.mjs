// oRPC with a zod input schema: a failed input check (the `BAD_REQUEST` ORPCError whose
// `data.issues` are the schema's Standard Schema issues) and ORPCErrors thrown by procedures.
// Served by the RPC handler under /rpc, which wraps each answer in `{ json }`, and by the OpenAPI
// handler under /api, which sends the error's JSON as it is.
import { createServer } from 'node:http';
import { OpenAPIHandler } from '@orpc/openapi/node';
import { ORPCError, os } from '@orpc/server';
import { RPCHandler } from '@orpc/server/node';
import { z } from 'zod';
import { ready, versions } from './ready.mjs';

const router = {
  createOrder: os
    .route({ method: 'POST', path: '/orders' })
    .input(
      z.object({
        email: z.email(),
        address: z.object({ city: z.string().min(1) }),
        items: z.array(z.object({ qty: z.number().int().min(1) })),
      }),
    )
    .handler(({ input }) => input),
  me: os.route({ method: 'GET', path: '/me' }).handler(() => {
    throw new ORPCError('UNAUTHORIZED');
  }),
  register: os.route({ method: 'POST', path: '/register' }).handler(() => {
    throw new ORPCError('CONFLICT', { message: 'This email address is already registered.' });
  }),
  // Not an ORPCError: oRPC answers INTERNAL_SERVER_ERROR and keeps the message to itself.
  crash: os.route({ method: 'GET', path: '/crash' }).handler(() => {
    throw new Error('Cannot read properties of undefined (reading "total")');
  }),
};

const rpc = new RPCHandler(router);
const openapi = new OpenAPIHandler(router);
const server = createServer(async (req, res) => {
  const { matched } = req.url?.startsWith('/api/')
    ? await openapi.handle(req, res, { prefix: '/api' })
    : await rpc.handle(req, res, { prefix: '/rpc' });
  if (!matched) {
    res.statusCode = 404;
    res.end('No procedure matched');
  }
});
server.listen(0, '127.0.0.1', () => {
  ready(server.address().port, versions('@orpc/server', '@orpc/openapi', 'zod'));
});
process.on('SIGTERM', () => server.close());
