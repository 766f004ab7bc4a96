// The example's backend: a small JSON API on 127.0.0.1, Laravel style, whose failures are chosen
// per request with `?fail=` and answered as real HTTP responses with real headers. The Next.js app
// calls it from its server components and server actions (`BACKEND_URL`).
//
//   node backend.mjs [--port 4010]
//
//   GET  /invoices              the invoices
//   GET  /invoices?fail=503     503 with Retry-After: 2 and X-Request-Id, every time
//   GET  /invoices?fail=500     500 "Server Error" with X-Request-Id
//   GET  /invoices?fail=401     401 with WWW-Authenticate: Bearer
//   POST /accounts              validates { name, email, password, password_confirmation } for
//                               real: 422 { message, errors: { field: [messages] } }, else 201
import { createServer } from 'node:http';
import { pathToFileURL } from 'node:url';

const INVOICES = [
  { id: 1, number: 'INV-1001', customer: 'ada@example.com', amount: 1200, status: 'paid' },
  { id: 2, number: 'INV-1002', customer: 'grace@example.com', amount: 860.5, status: 'open' },
  { id: 3, number: 'INV-1003', customer: 'alan@example.com', amount: 45, status: 'overdue' },
];

/** The failures `?fail=` chooses: status, headers and body. */
const FAILURES = {
  401: () => [
    401,
    { 'www-authenticate': 'Bearer realm="billing", error="invalid_token"' },
    { message: 'Unauthenticated.' },
  ],
  403: () => [403, {}, { message: 'This action is unauthorized.' }],
  500: () => [500, {}, { message: 'Server Error' }],
  503: () => [503, { 'retry-after': '2' }, { message: 'Service Unavailable' }],
};

/** Laravel's validation of the sign-up form: `{ field: [messages] }`, empty when valid. */
function validateAccount(input) {
  const errors = {};
  const add = (field, message) => {
    errors[field] = [...(errors[field] ?? []), message];
  };
  const text = (name) => (typeof input[name] === 'string' ? input[name].trim() : '');
  if (!text('name')) add('name', 'The name field is required.');
  const email = text('email');
  if (!email) add('email', 'The email field is required.');
  else if (!/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(email)) {
    add('email', 'The email field must be a valid email address.');
  } else if (email.toLowerCase() === 'taken@example.com') {
    add('email', 'The email has already been taken.');
  }
  const password = typeof input.password === 'string' ? input.password : '';
  if (password.length < 8) add('password', 'The password field must be at least 8 characters.');
  if (password !== input.password_confirmation) {
    add('password', 'The password field confirmation does not match.');
  }
  return errors;
}

async function readBody(req) {
  const chunks = [];
  let size = 0;
  for await (const chunk of req) {
    size += chunk.length;
    if (size > 64 * 1024) throw new Error('body too large');
    chunks.push(chunk);
  }
  const text = Buffer.concat(chunks).toString('utf8');
  if ((req.headers['content-type'] ?? '').includes('application/json')) {
    return text ? JSON.parse(text) : {};
  }
  return Object.fromEntries(new URLSearchParams(text));
}

/**
 * Starts the backend on `host:port` (0 picks a free port). Resolves to its `url`, the
 * `requests()` it received so far (`{ method, path, requestId, status, at }`, oldest first), `reset()` and
 * `close()`.
 */
export function startBackend({ port = 4010, host = '127.0.0.1', log = false } = {}) {
  const received = [];
  let requestCount = 0;

  const server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://backend');
    requestCount += 1;
    const requestId = `req-${String(requestCount).padStart(4, '0')}`;
    const path = `${url.pathname}${url.search}`;
    const entry = { method: req.method, path, requestId, at: Date.now() };
    received.push(entry);
    const send = (status, headers, body) => {
      entry.status = status;
      if (log) console.log(`${req.method} ${entry.path} → ${status}`);
      res.writeHead(status, {
        'content-type': 'application/json',
        'cache-control': 'no-store',
        'x-request-id': requestId,
        ...headers,
      });
      res.end(JSON.stringify(body));
    };
    try {
      const fail = url.searchParams.get('fail');
      const failure = fail ? FAILURES[fail] : undefined;
      if (failure) return send(...failure());
      if (req.method === 'GET' && url.pathname === '/invoices') return send(200, {}, INVOICES);
      if (req.method === 'POST' && url.pathname === '/accounts') {
        const input = await readBody(req);
        const errors = validateAccount(input);
        const messages = Object.values(errors).flat();
        if (messages.length > 0) {
          const more = messages.length - 1;
          const message =
            more > 0
              ? `${messages[0]} (and ${more} more error${more > 1 ? 's' : ''})`
              : messages[0];
          return send(422, {}, { message, errors });
        }
        return send(201, {}, { id: requestCount, name: input.name, email: input.email });
      }
      return send(404, {}, { message: 'Not Found' });
    } catch {
      return send(400, {}, { message: 'The request body could not be read.' });
    }
  });

  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      const address = server.address();
      resolve({
        url: `http://${host}:${address.port}`,
        requests: () => received.map((entry) => ({ ...entry })),
        reset: () => {
          received.length = 0;
        },
        close: () =>
          new Promise((done) => {
            server.closeAllConnections();
            server.close(() => done());
          }),
      });
    });
  });
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const flag = process.argv.indexOf('--port');
  const port = flag > 0 ? Number(process.argv[flag + 1]) : 4010;
  const backend = await startBackend({ port, log: true });
  console.log(`backend on ${backend.url} (set BACKEND_URL=${backend.url} for the app)`);
}
