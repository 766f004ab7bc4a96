/**
 * A scripted HTTP server on 127.0.0.1 for the retry bench: each path answers a fixed list of
 * replies in order (the last one repeats) and counts what it sees. Counters are per path, with
 * the query string ignored, so many concurrent queries can share one path (`/run?n=1`, ...).
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface Reply {
  status: number;
  headers?: Record<string, string>;
  body?: unknown;
  /** Never answer (the request hangs until the client gives up or the server closes). */
  hang?: boolean;
}

export interface PathLog {
  /** `performance.now()` of every request, in arrival order. */
  times: number[];
  /** Requests that arrived before an earlier reply's `Retry-After` on this path had passed. */
  early: number;
}

export interface ScriptedServer {
  base: string;
  /** Sets the replies for a path (no query string). Unscripted paths answer 404. */
  script(path: string, replies: readonly Reply[]): void;
  log(path: string): PathLog;
  close(): Promise<void>;
}

export async function startScriptedServer(): Promise<ScriptedServer> {
  const scripts = new Map<string, readonly Reply[]>();
  const logs = new Map<string, PathLog & { notBefore: number }>();
  const server = createServer((req, res) => {
    const at = performance.now();
    const path = (req.url ?? '').split('?')[0] ?? '';
    const log = logs.get(path) ?? { times: [], early: 0, notBefore: 0 };
    logs.set(path, log);
    if (at < log.notBefore) log.early += 1;
    log.times.push(at);
    const replies = scripts.get(path) ?? [{ status: 404 }];
    const reply = replies[Math.min(log.times.length - 1, replies.length - 1)] ?? { status: 500 };
    const retryAfter = Number(reply.headers?.['retry-after']);
    if (Number.isFinite(retryAfter))
      log.notBefore = Math.max(log.notBefore, at + retryAfter * 1000);
    // Drain the request body (POSTs) before answering.
    req.resume();
    req.on('end', () => {
      if (reply.hang) return;
      res.writeHead(reply.status, { 'content-type': 'application/json', ...reply.headers });
      res.end(reply.body === undefined ? '' : JSON.stringify(reply.body));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    base: `http://127.0.0.1:${port}`,
    script(path, replies) {
      scripts.set(path, replies);
    },
    log(path) {
      const log = logs.get(path);
      return { times: [...(log?.times ?? [])], early: log?.early ?? 0 };
    },
    close() {
      server.closeAllConnections();
      return new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
