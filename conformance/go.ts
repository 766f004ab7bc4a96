/**
 * The Go servers (Gin, Echo): built from Debian's Go sources by `servers/go-build.sh` when they
 * start (the build cache makes a rebuild quick), then started like any other server.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { conformanceDir, type Running, startProcess } from './suite.ts';

const GOPATH = process.env.CONFORMANCE_GOPATH ?? '/usr/share/gocode';
const BUILD_TIMEOUT_MS = 120_000;

/** The Debian packages to install when Go or a framework's sources are missing. */
export function missingGo(sources: string, debs: string): () => string | undefined {
  return () => {
    const go = spawnSync('go', ['version']).status === 0;
    return go && existsSync(join(GOPATH, 'src', sources))
      ? undefined
      : `apt-get install golang-go ${debs}`;
  };
}

function build(name: string, binary: string): Promise<void> {
  const child = spawn('bash', ['servers/go-build.sh', name, binary], {
    cwd: conformanceDir,
    stdio: ['ignore', 'pipe', 'pipe'],
    timeout: BUILD_TIMEOUT_MS,
  });
  let output = '';
  child.stdout.on('data', (chunk) => {
    output += chunk;
  });
  child.stderr.on('data', (chunk) => {
    output += chunk;
  });
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      if (code === 0) resolve();
      else reject(new Error(`go build of servers/${name} failed (${signal ?? code})\n${output}`));
    });
  });
}

/** Builds `servers/<name>` and starts it. */
export function goServer(name: string): () => Promise<Running> {
  return async () => {
    const binary = join(tmpdir(), 'errorkit-conformance-go', name);
    await build(name, binary);
    return startProcess(binary, []);
  };
}
