// The billing example's server: a small JSON API under `/api` with switchable failure scenarios
// (the payloads errorkit's seed APIs document), and the built app from `dist/`. One origin, so
// the app needs no CORS. `node examples/billing/server.mjs [--port 5180]` builds the app when
// needed, starts the server on 127.0.0.1 and prints its URL.
import { randomUUID } from 'node:crypto';
import { createReadStream, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { distDir, ensureBuilt } from './build.mjs';

/** Every scenario `POST /__scenario { scenario }` (or `?scenario=` on any URL) accepts. */
export const SCENARIOS = Object.freeze({
  none: 'Everything works; saving still validates the form for real.',
  validation: '422 on save: Laravel-style { message, errors } for number, email and amount.',
  'expired-token':
    '401 in the { version, status, exception } envelope until the app signs in again.',
  forbidden: '403: this API key may not read the organisation’s invoices.',
  'not-found': '404 on every request.',
  duplicate: '409 on save: the invoice number is already used.',
  'rate-limited': '429 with Retry-After: 2 on the next request, then OK.',
  'server-error': '500 "Server Error" with an x-request-id, on every request.',
  'proxy-down': '503 nginx HTML page with Retry-After: 2 on the next request, then OK.',
  'network-drop': 'The connection is dropped without an answer.',
});

const SEED_INVOICES = [
  { id: 1, number: 'INV-1001', customer_email: 'ada@example.com', amount: 1200, status: 'paid' },
  { id: 2, number: 'INV-1002', customer_email: 'grace@example.com', amount: 860.5, status: 'open' },
  { id: 3, number: 'INV-1003', customer_email: 'alan@example.com', amount: 45, status: 'overdue' },
  { id: 4, number: 'INV-1004', customer_email: 'edsger@example.com', amount: 310, status: 'open' },
];

const NGINX_503 = `<html>
<head><title>503 Service Temporarily Unavailable</title></head>
<body>
<center><h1>503 Service Temporarily Unavailable</h1></center>
<hr><center>nginx/1.25.3</center>
</body>
</html>
`;

const CONTENT_TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.json': 'application/json',
};

function freshState() {
  return {
    scenario: 'none',
    /** For rate-limited and proxy-down: whether the one failure was served. */
    onceServed: false,
    /** For expired-token: the only token accepted (issued by /api/session/refresh). */
    validToken: undefined,
    tokenCount: 0,
    refreshes: 0,
    lastWrite: undefined,
    invoices: SEED_INVOICES.map((invoice) => ({ ...invoice })),
  };
}

function sendJson(res, status, body, headers = {}) {
  res.writeHead(status, {
    'content-type': 'application/json',
    'cache-control': 'no-store',
    ...headers,
  });
  res.end(JSON.stringify(body));
}

async function readJson(req) {
  const chunks = [];
  let size = 0;
  for await (const chunk of req) {
    size += chunk.length;
    if (size > 64 * 1024) throw new Error('body too large');
    chunks.push(chunk);
  }
  const text = Buffer.concat(chunks).toString('utf8');
  return text ? JSON.parse(text) : {};
}

/** Seed 004's envelope: `{ version, status, exception: { message, code } }`. */
function seed004(res, status, code, message) {
  sendJson(res, status, { version: 'v2_0_0', status, exception: { message, code } });
}

/** Real checks behind the `none` scenario: Laravel-style messages keyed by the API's names. */
function validate(body, invoices, id) {
  const errors = {};
  const number = typeof body.number === 'string' ? body.number.trim() : '';
  const email = typeof body.customer_email === 'string' ? body.customer_email.trim() : '';
  const amount = Number(body.amount);
  if (!number) errors.number = ['The number field is required.'];
  else if (!/^INV-\d{4}$/.test(number)) errors.number = ['The number must look like INV-1234.'];
  if (!email) errors.customer_email = ['The customer email field is required.'];
  else if (!/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(email)) {
    errors.customer_email = ['The customer email must be a valid email address.'];
  }
  if (body.amount === '' || body.amount === undefined || !Number.isFinite(amount)) {
    errors.amount = ['The amount must be a number.'];
  } else if (amount <= 0) errors.amount = ['The amount must be greater than 0.'];
  const duplicate = invoices.some((invoice) => invoice.number === number && invoice.id !== id);
  return { errors, duplicate, value: { number, customer_email: email, amount } };
}

/**
 * Answers with the current scenario's failure, if it applies to this request; returns whether
 * it did. Validation and duplicate apply to writes only; the others to every API call.
 */
function failByScenario(state, req, res, isWrite) {
  const { scenario } = state;
  switch (scenario) {
    case 'expired-token': {
      const auth = req.headers.authorization ?? '';
      const token = auth.startsWith('Bearer ') ? auth.slice(7) : '';
      if (token && token === state.validToken) return false;
      if (!token) seed004(res, 401, 1002, 'Token could not be located.');
      else seed004(res, 401, 1004, 'The token is expired.');
      return true;
    }
    case 'forbidden':
      sendJson(res, 403, { message: 'This API key does not have access to this organization.' });
      return true;
    case 'not-found':
      sendJson(res, 404, { message: 'Not Found' });
      return true;
    case 'rate-limited':
      if (state.onceServed) return false;
      state.onceServed = true;
      sendJson(
        res,
        429,
        { message: 'Too Many Attempts.' },
        { 'retry-after': '2', 'x-ratelimit-limit': '60', 'x-ratelimit-remaining': '0' },
      );
      return true;
    case 'server-error':
      sendJson(res, 500, { message: 'Server Error' }, { 'x-request-id': randomUUID() });
      return true;
    case 'proxy-down':
      if (state.onceServed) return false;
      state.onceServed = true;
      res.writeHead(503, {
        'content-type': 'text/html',
        'retry-after': '2',
        server: 'nginx/1.25.3',
      });
      res.end(NGINX_503);
      return true;
    case 'network-drop':
      req.socket.destroy();
      return true;
    case 'validation':
      if (!isWrite) return false;
      sendJson(res, 422, {
        message: 'The given data was invalid.',
        errors: {
          number: ['The number must look like INV-1234.'],
          customer_email: ['The customer email must be a valid email address.'],
          amount: ['The amount must be greater than 0.'],
        },
      });
      return true;
    case 'duplicate':
      if (!isWrite) return false;
      sendJson(res, 409, {
        message: 'An invoice with this number already exists.',
        errors: { number: ['This number is already used by another invoice.'] },
      });
      return true;
    default:
      return false;
  }
}

function setScenario(state, scenario) {
  if (!Object.hasOwn(SCENARIOS, scenario)) return false;
  state.scenario = scenario;
  state.onceServed = false;
  // A new expired-token run: whatever token the app holds is no longer accepted.
  state.validToken = scenario === 'expired-token' ? `unissued-${randomUUID()}` : undefined;
  return true;
}

async function handleApi(state, req, res, path) {
  const method = req.method ?? 'GET';
  if (path === '/api/session/refresh' && method === 'POST') {
    state.tokenCount += 1;
    state.refreshes += 1;
    const token = `session-${state.tokenCount}`;
    if (state.scenario === 'expired-token') state.validToken = token;
    sendJson(res, 200, { token });
    return;
  }
  const isWrite = method !== 'GET' && method !== 'HEAD';
  if (failByScenario(state, req, res, isWrite)) return;

  if (path === '/api/invoices' && method === 'GET') {
    sendJson(res, 200, { data: state.invoices });
    return;
  }
  const match = /^\/api\/invoices\/(\d+)$/.exec(path);
  const id = match ? Number(match[1]) : Number.NaN;
  const invoice = state.invoices.find((candidate) => candidate.id === id);
  if (match && !invoice) {
    sendJson(res, 404, { message: 'Not Found' });
    return;
  }
  if (invoice && method === 'GET') {
    sendJson(res, 200, { data: invoice });
    return;
  }
  if (invoice && method === 'PUT') {
    let body;
    try {
      body = await readJson(req);
    } catch {
      sendJson(res, 400, { message: 'The request body could not be read as JSON.' });
      return;
    }
    state.lastWrite = body;
    const { errors, duplicate, value } = validate(body, state.invoices, id);
    if (Object.keys(errors).length > 0) {
      sendJson(res, 422, { message: 'The given data was invalid.', errors });
      return;
    }
    if (duplicate) {
      sendJson(res, 409, {
        message: 'An invoice with this number already exists.',
        errors: { number: ['This number is already used by another invoice.'] },
      });
      return;
    }
    Object.assign(invoice, value);
    sendJson(res, 200, { data: invoice });
    return;
  }
  sendJson(res, match ? 405 : 404, { message: match ? 'Method Not Allowed' : 'Not Found' });
}

function serveStatic(req, res, path) {
  const safe = normalize(decodeURIComponent(path)).replace(/^([/\\])+/, '');
  let file = join(distDir, safe);
  if (!file.startsWith(distDir + sep) && file !== distDir) {
    res.writeHead(403).end();
    return;
  }
  let stats;
  try {
    stats = statSync(file);
  } catch {
    stats = undefined;
  }
  if (!stats?.isFile()) {
    // Client-side routes fall back to the app; missing assets are 404s.
    if (extname(safe)) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
      return;
    }
    file = join(distDir, 'index.html');
  }
  const type = CONTENT_TYPES[extname(file)] ?? 'application/octet-stream';
  const cache = file.includes(`${sep}assets${sep}`) ? 'public, max-age=31536000' : 'no-cache';
  res.writeHead(200, { 'content-type': type, 'cache-control': cache });
  if (req.method === 'HEAD') res.end();
  else createReadStream(file).pipe(res);
}

/**
 * Starts the server. `port: 0` picks a free port. Resolves with its `url`, `close()` and the
 * live `state` (for tests that want to look at what was saved).
 */
export function startServer({ port = 5180, host = '127.0.0.1', latencyMs = 60 } = {}) {
  const state = freshState();
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', `http://${host}`);
    const requested = url.searchParams.get('scenario');
    if (requested !== null && !setScenario(state, requested)) {
      sendJson(res, 400, { message: `Unknown scenario "${requested}".` });
      return;
    }
    const path = url.pathname;
    const handle = async () => {
      if (path === '/__scenario') {
        if (req.method === 'POST') {
          const body = await readJson(req).catch(() => ({}));
          if (!setScenario(state, body.scenario)) {
            sendJson(res, 400, { message: `Unknown scenario "${body.scenario}".` });
            return;
          }
        }
        sendJson(res, 200, { scenario: state.scenario, scenarios: SCENARIOS });
        return;
      }
      if (path === '/__state') {
        const { invoices, ...rest } = state;
        sendJson(res, 200, rest);
        return;
      }
      if (path === '/__reset' && req.method === 'POST') {
        Object.assign(state, freshState());
        sendJson(res, 200, { scenario: state.scenario });
        return;
      }
      if (path === '/api' || path.startsWith('/api/')) {
        if (latencyMs > 0) await new Promise((resolve) => setTimeout(resolve, latencyMs));
        await handleApi(state, req, res, path);
        return;
      }
      serveStatic(req, res, path);
    };
    handle().catch((error) => {
      if (!res.headersSent) sendJson(res, 500, { message: 'Server Error' });
      else res.destroy();
      console.error(error);
    });
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      const address = server.address();
      const actualPort = typeof address === 'object' && address ? address.port : port;
      resolve({
        url: `http://${host}:${actualPort}`,
        state,
        close: () =>
          new Promise((done) => {
            server.closeAllConnections();
            server.close(() => done());
          }),
      });
    });
  });
}

const isMain = process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href;
if (isMain) {
  const portFlag = process.argv.indexOf('--port');
  const port = Number(portFlag > 0 ? process.argv[portFlag + 1] : (process.env.PORT ?? 5180));
  const built = await ensureBuilt();
  if (!built) console.log('billing example: dist/ is up to date');
  const { url, close } = await startServer({ port });
  console.log(`\nerrorkit billing example: ${url}/`);
  console.log(`scenarios: ${Object.keys(SCENARIOS).join(', ')}`);
  console.log(`switch with: curl -X POST ${url}/__scenario -d '{"scenario":"rate-limited"}'`);
  console.log(`   or open: ${url}/?scenario=rate-limited\n`);
  const stop = () => void close().then(() => process.exit(0));
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}
