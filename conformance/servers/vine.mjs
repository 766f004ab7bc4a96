// VineJS, AdonisJS's validator, behind node:http: a failed `validate()` is answered as AdonisJS
// answers a JSON request (its exception handler's `renderValidationErrorAsJSON`): status 422 and
// `{ errors: error.messages }`, the messages of VineJS's SimpleErrorReporter.
import { createServer } from 'node:http';
import vine, { errors } from '@vinejs/vine';
import { ready, versions } from './ready.mjs';

const validators = {
  '/orders': vine.compile(
    vine.object({
      email: vine.string().email(),
      address: vine.object({ street: vine.string(), city: vine.string() }),
      items: vine.array(vine.object({ sku: vine.string(), qty: vine.number().min(1) })),
    }),
  ),
  '/signup': vine.compile(
    vine.object({
      password: vine.string().minLength(8).confirmed({ confirmationField: 'confirm' }),
    }),
  ),
};

async function readJson(req) {
  let text = '';
  for await (const chunk of req) text += chunk;
  return JSON.parse(text || '{}');
}

const server = createServer(async (req, res) => {
  const validator = validators[req.url ?? ''];
  if (req.method !== 'POST' || !validator) return res.writeHead(404).end();
  try {
    await validator.validate(await readJson(req));
    res.writeHead(201).end();
  } catch (error) {
    if (!(error instanceof errors.E_VALIDATION_ERROR)) throw error;
    res.writeHead(error.status, { 'content-type': 'application/json; charset=utf-8' });
    res.end(JSON.stringify({ errors: error.messages }));
  }
});
server.listen(0, '127.0.0.1', () => {
  ready(server.address().port, versions('@vinejs/vine'));
});
process.on('SIGTERM', () => server.close());
