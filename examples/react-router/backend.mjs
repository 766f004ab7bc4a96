// The example's backend: a small JSON API on 127.0.0.1, Zod style, whose failures are chosen
// per request with `?fail=` and answered as real HTTP responses with real headers. The React Router app
// calls it from its loaders and actions (`BACKEND_URL`).
//
//   node backend.mjs [--port 4010]
//
//   GET  /invoices              the invoices
//   GET  /invoices?fail=503     503 with Retry-After: 2 and X-Request-Id, every time
//   GET  /invoices?fail=500     500 "Server Error" with X-Request-Id
//   GET  /invoices?fail=401     401 with WWW-Authenticate: Bearer
//   POST /accounts              validates { name, email, password, password_confirmation } for
//                               real: 422 { formErrors, fieldErrors }, else 201
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

/**
 * The sign-up form checked by a Zod schema (with a refinement for the repeated password), answered
 * as Zod's `flattenError()`: `{ formErrors, fieldErrors }`. Undefined when valid.
 */
function validateAccount(input) {
  const fieldErrors = {};
  const formErrors = [];
  const add = (field, message) => {
    fieldErrors[field] = [...(fieldErrors[field] ?? []), message];
  };
  const text = (name) => (typeof input[name] === 'string' ? input[name].trim() : '');
  if (!text('name')) add('name', 'Enter your name');
  const email = text('email');
  if (!/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(email)) add('email', 'Invalid email address');
  else if (email.toLowerCase() === 'taken@example.com') {
    add('email', 'This email address is already registered');
  }
  const password = typeof input.password === 'string' ? input.password : '';
  if (password.length < 8) add('password', 'Too small: expected string to have >=8 characters');
  else if (password !== input.password_confirmation) formErrors.push('Passwords do not match');
  return formErrors.length > 0 || Object.keys(fieldErrors).length > 0
    ? { formErrors, fieldErrors }
    : undefined;
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
        const problems = validateAccount(input);
        if (problems) return send(422, {}, problems);
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
