/**
 * nginx as a reverse proxy in front of upstreams that fail: a dead port (502), one that accepts
 * and never answers (504), a body over `client_max_body_size` (413) and `limit_req` (503 by
 * default, 429 where configured; the first request passes to the dead port). Runs in the
 * foreground from a temporary prefix.
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { connect, createServer, type Server, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Running, stopChild } from './suite.ts';

const NGINX = process.env.NGINX_BIN ?? '/usr/sbin/nginx';

function listen(server: Server): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      resolve(typeof address === 'object' && address ? address.port : 0);
    });
  });
}

/** A port that was free a moment ago (nginx needs a number in its configuration). */
async function freePort(): Promise<number> {
  const server = createServer();
  const port = await listen(server);
  await new Promise((resolve) => server.close(resolve));
  return port;
}

function accepts(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1');
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

function config(dir: string, port: number, dead: number, silent: number): string {
  const temp = ['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi']
    .map((name) => `${name}_temp_path ${join(dir, name)};`)
    .join('\n  ');
  return `daemon off;
master_process off;
worker_processes 1;
pid ${join(dir, 'nginx.pid')};
error_log ${join(dir, 'error.log')} warn;
events { worker_connections 64; }
http {
  access_log off;
  ${temp}
  limit_req_zone $binary_remote_addr zone=default_status:1m rate=1r/m;
  limit_req_zone $binary_remote_addr zone=too_many:1m rate=1r/m;
  server {
    listen 127.0.0.1:${port};
    location /api/ { proxy_pass http://127.0.0.1:${dead}; }
    location /slow/ { proxy_pass http://127.0.0.1:${silent}; proxy_read_timeout 1s; }
    location /upload { client_max_body_size 16; proxy_pass http://127.0.0.1:${dead}; }
    location /limited { limit_req zone=default_status; proxy_pass http://127.0.0.1:${dead}; }
    location /limited-429 { limit_req zone=too_many; limit_req_status 429; proxy_pass http://127.0.0.1:${dead}; }
  }
}
`;
}

export async function startNginx(): Promise<Running> {
  const dir = mkdtempSync(join(tmpdir(), 'errorkit-nginx-'));
  for (const name of ['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi']) {
    mkdirSync(join(dir, name));
  }
  // Accepts connections and never answers, so nginx times out reading from it.
  const held: Socket[] = [];
  const silent = createServer((socket) => held.push(socket));
  const silentPort = await listen(silent);
  const [port, dead] = [await freePort(), await freePort()];
  writeFileSync(join(dir, 'nginx.conf'), config(dir, port, dead, silentPort));
  // `nginx -v` prints `nginx version: nginx/1.22.1` to stderr.
  const version = spawnSync(NGINX, ['-v'], { encoding: 'utf8' })
    .stderr.replace(/^nginx version:\s*/, '')
    .trim();
  const child = spawn(
    NGINX,
    ['-p', dir, '-c', join(dir, 'nginx.conf'), '-e', join(dir, 'error.log')],
    {
      stdio: ['ignore', 'ignore', 'pipe'],
    },
  );
  let stderr = '';
  child.stderr?.on('data', (chunk) => {
    stderr += chunk;
  });
  const stop = async () => {
    await stopChild(child);
    for (const socket of held) socket.destroy();
    await new Promise((resolve) => silent.close(resolve));
    rmSync(dir, { recursive: true, force: true });
  };
  for (let tries = 0; tries < 100; tries++) {
    if (child.exitCode !== null) break;
    if (await accepts(port)) {
      return { port, version, stop };
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  await stop();
  throw new Error(`nginx did not start on 127.0.0.1:${port}\n${stderr}`);
}
