import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

/** One scripted answer. */
export interface Reply {
  status: number;
  headers?: Record<string, string>;
  /** Sent as JSON; `undefined` sends an empty body. */
  body?: unknown;
}

/** One request the server saw: when it arrived (epoch ms) and its body. */
export interface Hit {
  at: number;
  body: string;
}

/** A real HTTP server on 127.0.0.1 that answers each path from a script. */
export interface ScriptedServer {
  /** Absolute URL of a path on this server. */
  url(path: string): string;
  /** Answers for a path, in order; the last one repeats. Unscripted paths answer 404. */
  script(path: string, replies: Reply[]): void;
  /** The requests a path has seen so far. */
  hits(path: string): Hit[];
  /** Forgets every script and every request. */
  reset(): void;
  close(): Promise<void>;
}

/** Starts a {@link ScriptedServer} on a free port of 127.0.0.1. */
export async function startScriptedServer(): Promise<ScriptedServer> {
  const scripts = new Map<string, Reply[]>();
  const seen = new Map<string, Hit[]>();
  const server = createServer((req, res) => {
    const at = Date.now();
    let body = '';
    req.on('data', (chunk) => {
      body += chunk;
    });
    req.on('end', () => {
      const path = req.url ?? '';
      const hits = seen.get(path) ?? [];
      hits.push({ at, body });
      seen.set(path, hits);
      const replies = scripts.get(path) ?? [{ status: 404 }];
      const reply = replies[Math.min(hits.length - 1, replies.length - 1)] ?? { status: 500 };
      res.writeHead(reply.status, { 'content-type': 'application/json', ...reply.headers });
      res.end(reply.body === undefined ? '' : JSON.stringify(reply.body));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url: (path) => `${base}${path}`,
    script: (path, replies) => {
      scripts.set(path, replies);
    },
    hits: (path) => seen.get(path) ?? [],
    reset: () => {
      scripts.clear();
      seen.clear();
    },
    close: () => {
      server.closeAllConnections();
      return new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
