// Laravel 8 from Debian's php-laravel-framework (servers/laravel/index.php), served by PHP's
// built-in server. `php -S` cannot report an ephemeral port, so one is picked here; it is ready
// once it says it started. Each run gets its own state directory (the throttle's file cache).
import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ready } from './ready.mjs';

const PHP = process.env.CONFORMANCE_PHP ?? 'php';

const ILLUMINATE = process.env.CONFORMANCE_ILLUMINATE ?? '/usr/share/php/Illuminate';
const laravel = /const VERSION = '([^']+)'/.exec(
  readFileSync(join(ILLUMINATE, 'Foundation/Application.php'), 'utf8'),
)?.[1];
const php = execFileSync(PHP, ['-r', 'echo PHP_VERSION;']).toString();

const port = await new Promise((resolve, reject) => {
  const probe = createServer();
  probe.on('error', reject);
  probe.listen(0, '127.0.0.1', () => {
    const { port } = probe.address();
    probe.close(() => resolve(port));
  });
});
const state = mkdtempSync(join(tmpdir(), 'errorkit-laravel-'));
const server = spawn(PHP, ['-S', `127.0.0.1:${port}`, 'servers/laravel/index.php'], {
  env: { ...process.env, LARAVEL_STATE_DIR: state },
  stdio: ['ignore', 'inherit', 'pipe'],
});

let log = '';
server.stderr.on('data', (chunk) => {
  process.stderr.write(chunk);
  if (log === undefined) return;
  log += chunk;
  if (!/Development Server \(.*\) started/.test(log)) return;
  log = undefined;
  ready(port, `laravel ${laravel}, php ${php}`);
});
server.on('exit', (code) => {
  rmSync(state, { recursive: true, force: true });
  process.exit(code ?? 1);
});
process.on('SIGTERM', () => server.kill('SIGTERM'));
