// tRPC with a zod input and the error formatter its docs show (`data.zodError`).
import { initTRPC, TRPCError } from '@trpc/server';
import { createHTTPServer } from '@trpc/server/adapters/standalone';
import { ZodError, z } from 'zod';
import { ready, versions } from './ready.mjs';

const t = initTRPC.create({
  errorFormatter: ({ shape, error }) => ({
    ...shape,
    data: {
      ...shape.data,
      zodError: error.cause instanceof ZodError ? z.flattenError(error.cause) : null,
    },
  }),
});

const router = t.router({
  createUser: t.procedure
    .input(z.object({ email: z.email(), address: z.object({ city: z.string().min(1) }) }))
    .mutation(() => 'ok'),
  me: t.procedure.query(() => {
    throw new TRPCError({ code: 'UNAUTHORIZED', message: 'Sign in to continue.' });
  }),
});

const server = createHTTPServer({ router });
server.listen(0, '127.0.0.1');
server.on('listening', () => {
  ready(server.address().port, versions('@trpc/server', 'zod'));
});
