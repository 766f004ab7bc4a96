// hapi with Joi, answering a failed check with the Boom error (its `validation` details).
import Boom from '@hapi/boom';
import Hapi from '@hapi/hapi';
import Joi from 'joi';
import { ready, versions } from './ready.mjs';

const server = Hapi.server({ port: 0, host: '127.0.0.1' });

const failAction = (_request, _h, error) => {
  throw error;
};

server.route({
  method: 'POST',
  path: '/orders',
  options: {
    validate: {
      payload: Joi.object({
        email: Joi.string().email().required(),
        address: Joi.object({ city: Joi.string().required() }).required(),
      }),
      options: { abortEarly: false },
      failAction,
    },
  },
  handler: (_request, h) => h.response().code(201),
});
server.route({
  method: 'GET',
  path: '/search',
  options: { validate: { query: Joi.object({ limit: Joi.number().integer() }), failAction } },
  handler: () => [],
});
server.route({
  method: 'GET',
  path: '/me',
  handler: () => {
    throw Boom.unauthorized('Missing authentication', 'Bearer');
  },
});

await server.start();
ready(server.info.port, versions('@hapi/hapi', 'joi'));
