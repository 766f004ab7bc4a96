import { createServer, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { type RecordedCapture, recordedCapture } from '../fixtures/recorded.ts';

/** The recorded answer each path replays (status, headers and body as the real server sent). */
export const routes = {
  '/validation': 'express-validator array',
  '/unauthenticated': 'drf not authenticated',
  '/rate-limited': 'drf throttled',
  '/unavailable': 'nginx limit_req default 503',
  '/bad-gateway': 'nginx 502 dead upstream',
} as const;

/** GraphQL answers, chosen by the operation's first field. */
const graphqlRoutes: Record<string, string> = {
  signUp: 'yoga BAD_USER_INPUT',
  me: 'yoga UNAUTHENTICATED',
  nope: 'yoga query validation (graphql-response+json)',
  boom: 'yoga masked resolver error',
};

export type Route = keyof typeof routes;

// For a client in a browser page of another origin: it may read every answer and its headers.
const CROSS_ORIGIN = {
  'access-control-allow-origin': '*',
  'access-control-allow-headers': '*',
  'access-control-allow-methods': '*',
  'access-control-expose-headers': '*',
};

function replay(res: ServerResponse, capture: RecordedCapture): void {
  const { status, headers, body } = capture.response;
  res.writeHead(status, headers);
  res.end(typeof body === 'string' ? body : JSON.stringify(body));
}

/**
 * A real server on 127.0.0.1 that replays recorded failures, resets (`/reset`) or hangs (`/hang`).
 * `crossOrigin` adds the CORS headers a browser page needs to read the answers.
 */
export async function startClientServer({ crossOrigin = false } = {}) {
  const server = createServer((req, res) => {
    if (crossOrigin)
      for (const [name, value] of Object.entries(CROSS_ORIGIN)) res.setHeader(name, value);
    if (crossOrigin && req.method === 'OPTIONS') return void res.writeHead(204).end();
    let text = '';
    req.on('data', (chunk) => {
      text += chunk;
    });
    req.on('end', () => {
      const path = (req.url ?? '').split('?')[0] ?? '';
      if (path === '/reset') return req.socket.destroy();
      if (path === '/hang') return;
      if (path === '/graphql') {
        const query = String((JSON.parse(text || '{}') as { query?: unknown }).query ?? '');
        const field = /\{\s*(\w+)/.exec(query)?.[1] ?? '';
        const name = graphqlRoutes[field];
        if (name) return replay(res, recordedCapture(name));
      }
      const name = routes[path as Route];
      if (name) return replay(res, recordedCapture(name));
      res.writeHead(404, { 'content-type': 'text/plain' }).end('Not Found');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    base,
    url: (path: string) => `${base}${path}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

export type ClientServer = Awaited<ReturnType<typeof startClientServer>>;
