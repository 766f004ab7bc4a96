/**
 * The live conformance suite: starts real framework servers on 127.0.0.1, sends each of them
 * failing requests and captures what came back (status, the headers a client acts on, body).
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { RecordedCapture } from '../test/fixtures/recorded.ts';

/** One failing request to send. */
export interface Case {
  /** Unique across every framework, e.g. `fastapi nested body fields`. */
  name: string;
  method: string;
  path: string;
  headers?: Record<string, string>;
  /** Sent as JSON unless a string. */
  body?: unknown;
  /** Identical requests sent (and discarded) first, e.g. to use up a rate limit. */
  warmUp?: number;
}

/** A started server. */
export interface Running {
  port: number;
  version: string;
  stop(): Promise<void>;
}

export interface Framework {
  /** File name of its recording: `test/fixtures/recorded/<id>.json`. */
  id: string;
  /** What to install when its toolchain is missing (then it is skipped outside CI). */
  missing?: () => string | undefined;
  start(): Promise<Running>;
  cases: Case[];
}

/** What one request saw; the unit of `test/fixtures/recorded/*.json`. */
export type Capture = RecordedCapture;

export const conformanceDir = dirname(fileURLToPath(import.meta.url));

// Rate limits are also told by `X-Retry-After` (Better Auth), `x-rate-limit-*` (X) and
// `RateLimit-Reset` as an epoch (Twitch): kept whatever their spelling.
const KEPT_HEADER =
  /^(content-type|retry-after|x-retry-after|ratelimit.*|x-ratelimit-.*|x-rate-limit-.*|www-authenticate|x-request-id)$/;
const START_TIMEOUT_MS = 30_000;

/**
 * Starts `command` in `conformance/` and resolves once it printed
 * `READY {"port":…,"version":…}`; rejects (with its output) if it exits or stalls first.
 */
export function startProcess(command: string, args: string[]): Promise<Running> {
  const child = spawn(command, args, {
    cwd: conformanceDir,
    env: { ...process.env, NODE_ENV: 'production', PYTHONDONTWRITEBYTECODE: '1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  return new Promise((resolvePromise, reject) => {
    const fail = (why: string) => {
      clearTimeout(timer);
      child.kill('SIGKILL');
      reject(new Error(`${[command, ...args].join(' ')} ${why}\n${output.slice(-2000)}`));
    };
    const timer = setTimeout(
      () => fail(`printed no READY line in ${START_TIMEOUT_MS} ms`),
      START_TIMEOUT_MS,
    );
    child.on('error', (error) => fail(`could not start: ${error.message}`));
    child.on('exit', (code, signal) => fail(`exited (${signal ?? code}) before it was ready`));
    child.stderr?.on('data', (chunk) => {
      output += chunk;
    });
    child.stdout?.on('data', (chunk) => {
      output += chunk;
      const line = /^READY (.+)$/m.exec(output)?.[1];
      if (!line) return;
      clearTimeout(timer);
      child.removeAllListeners('exit');
      const { port, version } = JSON.parse(line) as { port: number; version: string };
      resolvePromise({ port, version, stop: () => stopChild(child) });
    });
  });
}

export function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolvePromise) => {
    const done = () => {
      clearTimeout(hard);
      resolvePromise();
    };
    // `kill` is false when there is no such process any more: then no 'exit' may follow.
    const hard = setTimeout(() => {
      if (!child.kill('SIGKILL')) done();
    }, 3000);
    child.once('exit', done);
    if (!child.kill('SIGTERM')) done();
  });
}

function keptHeaders(headers: Headers): Record<string, string> {
  const kept: Record<string, string> = {};
  for (const [name, value] of headers) if (KEPT_HEADER.test(name)) kept[name] = value;
  return kept;
}

function parseBody(text: string, contentType: string): unknown {
  if (!/json/i.test(contentType)) return text;
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

async function send(port: number, c: Case): Promise<Response> {
  const json = c.body !== undefined && typeof c.body !== 'string';
  // A server that has said it is up may still be binding its socket (uvicorn on a loaded machine):
  // a refused connection is tried again for up to about 5 s, any other failure is not.
  for (let attempt = 0; ; attempt++) {
    try {
      return await fetch(`http://127.0.0.1:${port}${c.path}`, {
        method: c.method,
        headers: { ...(json ? { 'content-type': 'application/json' } : {}), ...c.headers },
        body: json ? JSON.stringify(c.body) : (c.body as string | undefined),
        signal: AbortSignal.timeout(15_000),
      });
    } catch (error) {
      const refused = (error as { cause?: { code?: string } }).cause?.code === 'ECONNREFUSED';
      if (!refused || attempt >= 50) throw error;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
}

/** Sends one case to a running server and captures the answer. */
export async function request(framework: string, running: Running, c: Case): Promise<Capture> {
  for (let i = 0; i < (c.warmUp ?? 0); i++) await (await send(running.port, c)).arrayBuffer();
  const response = await send(running.port, c);
  const headers = keptHeaders(response.headers);
  const body = parseBody(await response.text(), headers['content-type'] ?? '');
  return {
    name: c.name,
    framework,
    version: running.version,
    request: {
      method: c.method,
      path: c.path,
      ...(c.headers ? { headers: c.headers } : {}),
      ...(c.body !== undefined ? { body: c.body } : {}),
    },
    response: { status: response.status, headers, body },
  };
}

/** Starts a framework's server, sends every case in order, stops it. */
export async function captureAll(framework: Framework): Promise<Capture[]> {
  const running = await framework.start();
  try {
    const captures: Capture[] = [];
    for (const c of framework.cases) captures.push(await request(framework.id, running, c));
    return captures;
  } finally {
    await running.stop();
  }
}

export const repoRoot = resolve(conformanceDir, '..');
