// What the example checks share: child processes that are stopped with the run, free ports,
// waiting for a server, and small assertions that say what they saw.
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';

export const seconds = (ms) => `${(ms / 1000).toFixed(1)}s`;

/** Every child process still running, stopped by {@link stopAll}. */
const children = new Set();

/**
 * Runs `command` to its end in `cwd`; resolves with its output, rejects with the last lines of it
 * when it exits non-zero. Its process group is stopped with the run.
 */
export function run(command, args, { cwd, env, quiet = true } = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      cwd,
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true,
    });
    children.add(child);
    let output = '';
    const collect = (chunk) => {
      output += chunk;
      if (!quiet) process.stdout.write(chunk);
    };
    child.stdout.on('data', collect);
    child.stderr.on('data', collect);
    child.on('error', (error) => {
      children.delete(child);
      reject(error);
    });
    child.on('close', (code, signal) => {
      children.delete(child);
      if (code === 0) return resolve(output);
      const tail = output.trim().split('\n').slice(-60).join('\n');
      reject(new Error(`${command} ${args.join(' ')} exited ${code ?? signal}\n${tail}`));
    });
  });
}

/** Starts a long-running server process; `stop()` ends its whole process group. */
export function startProcess(command, args, { cwd, env } = {}) {
  const child = spawn(command, args, {
    cwd,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  children.add(child);
  let output = '';
  const collect = (chunk) => {
    output = (output + chunk).slice(-20_000);
  };
  child.stdout.on('data', collect);
  child.stderr.on('data', collect);
  const exited = new Promise((resolve) => {
    child.on('close', (code, signal) => {
      children.delete(child);
      resolve(code ?? signal);
    });
  });
  return {
    output: () => output,
    exited,
    stop: async () => {
      if (child.exitCode === null && child.signalCode === null) {
        killGroup(child, 'SIGTERM');
        const timer = setTimeout(() => killGroup(child, 'SIGKILL'), 5_000);
        await exited;
        clearTimeout(timer);
      }
    },
  };
}

function killGroup(child, signal) {
  try {
    process.kill(-child.pid, signal);
  } catch {
    // Already gone.
  }
}

/** Stops every child process this run started (the watchdog's last act). */
export function stopAll() {
  for (const child of children) killGroup(child, 'SIGKILL');
}

/** A port on 127.0.0.1 that was free a moment ago. */
export function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** Resolves when `url` answers at all (any status), rejects after `timeoutMs` or when `exited`. */
export async function waitForServer(url, { timeoutMs = 60_000, exited } = {}) {
  const deadline = Date.now() + timeoutMs;
  let gone = false;
  exited?.then(() => {
    gone = true;
  });
  while (Date.now() < deadline) {
    if (gone) throw new Error(`the server for ${url} exited before it answered`);
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(5_000) });
      await response.arrayBuffer();
      return;
    } catch {
      await sleep(250);
    }
  }
  throw new Error(`${url} did not answer within ${seconds(timeoutMs)}`);
}

export const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** Throws `message` unless `condition`. */
export function check(condition, message) {
  if (!condition) throw new Error(message);
}

/** Throws unless `text` contains `part`, quoting a little of the text. */
export function checkIncludes(text, part, what) {
  if (!text.includes(part)) {
    throw new Error(`${what}: expected to find ${JSON.stringify(part)} (${text.length} chars)`);
  }
}

/** Console messages that say React's hydration went wrong (#418 text, #425 text, warnings). */
export const HYDRATION =
  /hydrat|Minified React error #4(18|19|22|23|25)|did not match|server rendered/i;

/** The console's errors and warnings of a page, and its uncaught exceptions, as they come. */
export function watchConsole(page) {
  const messages = [];
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') {
      messages.push(`${message.type()}: ${message.text()}`);
    }
  });
  page.on('pageerror', (error) => messages.push(`pageerror: ${error.message}`));
  return messages;
}

/** Throws with every hydration message among `messages`. */
export function checkNoHydrationWarning(messages, where) {
  const found = messages.filter((message) => HYDRATION.test(message));
  if (found.length > 0) {
    throw new Error(`${where}: hydration messages in the console:\n  ${found.join('\n  ')}`);
  }
}

/** Resolves when React has hydrated the element `selector` (its fiber is attached). */
export async function waitForHydration(page, selector) {
  await page.waitForFunction(
    (target) => {
      const element = document.querySelector(target);
      return element !== null && Object.keys(element).some((key) => key.startsWith('__react'));
    },
    selector,
    { timeout: 15_000 },
  );
}

/** The values of the form's inputs, by name. */
export function inputValues(page) {
  return page.$$eval('input[name]', (inputs) =>
    Object.fromEntries(inputs.map((input) => [input.name, input.value])),
  );
}
