// Restify 11 with restify-errors: its REST errors `{ code, message }` (InvalidArgument is 409,
// NotAuthorized 403), the JSON body parser's InvalidContent, the throttle plugin's 429, and its
// own answers to an unknown route and a thrown error.
import restify from 'restify';
import errors from 'restify-errors';
import { ready, versions } from './ready.mjs';

const server = restify.createServer();
server.use(restify.plugins.bodyParser());

/** The broken order checked by hand, as restify apps do: one restify-errors error per failure. */
function orderFailure(order) {
  if (!/^[^@\s]+@[^@\s]+$/.test(order?.email ?? '')) return 'email must be a valid email address';
  if (!order.address?.city) return 'address.city is required';
  const bad = (order.items ?? []).findIndex((item) => !(item.qty >= 1));
  if (bad >= 0) return `items[${bad}].qty must be at least 1`;
}

server.post('/orders', (req, res, next) => {
  const failure = orderFailure(req.body);
  if (failure) return next(new errors.InvalidArgumentError(failure));
  res.send(201);
  return next();
});
server.post('/orders-422', (req, res, next) => {
  const failure = orderFailure(req.body);
  if (failure) return next(new errors.UnprocessableEntityError(failure));
  res.send(201);
  return next();
});
server.get('/me', (_req, _res, next) => next(new errors.UnauthorizedError('Sign in to continue')));
server.get('/admin', (_req, _res, next) =>
  next(new errors.NotAuthorizedError('You may not see this page')),
);
server.get('/items/:id', (req, _res, next) =>
  next(new errors.ResourceNotFoundError(`Item ${req.params.id} does not exist`)),
);
server.get('/crash', async () => {
  throw new Error('boom');
});
server.get(
  '/limited',
  restify.plugins.throttle({ burst: 1, rate: 0.01, ip: true }),
  (_req, res, next) => {
    res.send([]);
    return next();
  },
);

server.listen(0, '127.0.0.1', () => {
  ready(server.address().port, versions('restify', 'restify-errors'));
});
process.on('SIGTERM', () => server.close());
