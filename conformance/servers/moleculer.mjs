// Moleculer with its API gateway (moleculer-web): action params checked by the built-in
// fastest-validator, the gateway's own `authorize` rejection, unknown routes and its rate limiter.
// The gateway answers every error with `{ name, message, code, type, data }`.
import { Errors, ServiceBroker } from 'moleculer';
import ApiGateway from 'moleculer-web';
import { ready, versions } from './ready.mjs';

const { UnAuthorizedError, ERR_NO_TOKEN } = ApiGateway.Errors;

// A fixed node id: the validator's items name the node that rejected them.
const broker = new ServiceBroker({ nodeID: 'conformance', logger: false, transporter: null });

broker.createService({
  name: 'orders',
  actions: {
    create: {
      params: {
        email: 'email',
        address: { type: 'object', props: { street: 'string', city: 'string' } },
        items: {
          type: 'array',
          items: {
            type: 'object',
            props: { sku: 'string', qty: { type: 'number', integer: true, min: 1 } },
          },
        },
      },
      handler: (ctx) => ctx.params,
    },
  },
});
broker.createService({
  name: 'users',
  actions: { me: () => ({ name: 'Ada' }), search: () => [] },
});
broker.createService({
  name: 'items',
  actions: {
    // The error an action throws for a client's mistake: message, status, type, data.
    get(ctx) {
      throw new Errors.MoleculerClientError('Entity not found', 404, 'ERR_ENTITY_NOT_FOUND', {
        id: ctx.params.id,
      });
    },
  },
});

const gateway = broker.createService({
  name: 'api',
  mixins: [ApiGateway],
  settings: {
    port: 0,
    ip: '127.0.0.1',
    routes: [
      {
        path: '/private',
        authorization: true,
        aliases: { 'GET me': 'users.me' },
      },
      {
        path: '/limited',
        rateLimit: { window: 60_000, limit: 1, headers: true },
        aliases: { 'GET /': 'users.search' },
      },
      {
        path: '/',
        bodyParsers: { json: true },
        aliases: { 'POST orders': 'orders.create', 'GET items/:id': 'items.get' },
      },
    ],
  },
  methods: {
    // The gateway's documented `authorize` hook, for a request that sent no token.
    authorize(_ctx, _route, req) {
      if (!req.headers.authorization) throw new UnAuthorizedError(ERR_NO_TOKEN);
    },
  },
});

await broker.start();
ready(gateway.server.address().port, versions('moleculer', 'moleculer-web', 'fastest-validator'));
process.on('SIGTERM', () => broker.stop());
