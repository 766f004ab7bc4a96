// Feathers 5 on Koa: services throw @feathersjs/errors and the framework's own `errorHandler()`
// answers with the error's `toJSON()` (`{ name, message, code, className, data, errors }`).
// Data is also checked as a generated Feathers app does: a JSON schema through @feathersjs/schema's
// `validateData` hook and Ajv (with its default of stopping at the first error).
import { BadRequest, Forbidden, NotAuthenticated, NotFound } from '@feathersjs/errors';
import { feathers } from '@feathersjs/feathers';
import { bodyParser, errorHandler, koa, rest } from '@feathersjs/koa';
import { Ajv, addFormats, getValidator, hooks as schemaHooks } from '@feathersjs/schema';
import { orderSchema as order } from './order-schema.mjs';
import { ready, versions } from './ready.mjs';

const app = koa(feathers());
app.use(errorHandler());
app.use(bodyParser());
app.configure(rest());

app.use('orders', {
  // The validation error the @feathersjs/errors documentation shows: messages under `errors`.
  async create(data) {
    if (!/^[^@\s]+@[^@\s]+$/.test(data.email ?? '')) {
      throw new BadRequest('Invalid data', { errors: { email: 'Invalid email' } });
    }
    return data;
  },
});
const dataValidator = addFormats(new Ajv({}), ['email']);
const orderSchema = { $id: 'Order', ...order };
app.use('checked-orders', { create: async (data) => data });
app.service('checked-orders').hooks({
  create: [schemaHooks.validateData(getValidator(orderSchema, dataValidator))],
});

app.use('me', {
  async find() {
    throw new NotAuthenticated('Not authenticated');
  },
});
app.use('admin', {
  async find() {
    throw new Forbidden('You do not have the permissions to access this.');
  },
});
app.use('items', {
  // What Feathers' database adapters throw for an unknown id.
  async get(id) {
    throw new NotFound(`No record found for id '${id}'`);
  },
});
app.use('crash', {
  async find() {
    throw new Error('Cannot read properties of undefined (reading "total")');
  },
});

const server = await app.listen(0, '127.0.0.1');
const announce = () =>
  ready(
    server.address().port,
    versions('@feathersjs/feathers', '@feathersjs/koa', '@feathersjs/schema'),
  );
if (server.listening) announce();
else server.once('listening', announce);
process.on('SIGTERM', () => server.close());
