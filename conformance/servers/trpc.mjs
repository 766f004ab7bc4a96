// tRPC with a zod input and the error formatter its docs show (`data.zodError`), served plain
// under /trpc and with the superjson transformer under /superjson.
import { createServer } from 'node:http';
import { initTRPC, TRPCError } from '@trpc/server';
import { createHTTPHandler } from '@trpc/server/adapters/standalone';
import superjson from 'superjson';
import { ZodError, z } from 'zod';
import { ready, versions } from './ready.mjs';

function appRouter(transformer) {
  const t = initTRPC.create({
    ...(transformer ? { transformer } : {}),
    errorFormatter: ({ shape, error }) => ({
      ...shape,
      data: {
        ...shape.data,
        zodError: error.cause instanceof ZodError ? z.flattenError(error.cause) : null,
      },
    }),
  });
  return t.router({
    createUser: t.procedure
      .input(z.object({ email: z.email(), address: z.object({ city: z.string().min(1) }) }))
      .mutation(() => 'ok'),
    me: t.procedure.query(() => {
      throw new TRPCError({ code: 'UNAUTHORIZED', message: 'Sign in to continue.' });
    }),
  });
}

const plain = createHTTPHandler({ router: appRouter(), basePath: '/trpc/' });
const withSuperjson = createHTTPHandler({
  router: appRouter(superjson),
  basePath: '/superjson/',
});

const server = createServer((req, res) =>
  (req.url?.startsWith('/superjson/') ? withSuperjson : plain)(req, res),
);
server.listen(0, '127.0.0.1', () => {
  ready(server.address().port, versions('@trpc/server', 'zod', 'superjson'));
});
