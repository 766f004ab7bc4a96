// @vitest-environment node
/**
 * The live conformance suite: starts every real framework server of `conformance/`, sends the
 * failing requests and classifies what comes back. Runs in CI, where a server that cannot start
 * fails the run, and locally once the servers' dependencies are installed (see README).
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { frameworks } from '../../conformance/frameworks.ts';
import { conformanceDir, type Running, request } from '../../conformance/suite.ts';
import { classifyError, HttpError } from '../../src/core/index.ts';
import { recordedCapture } from '../fixtures/recorded.ts';
import { expectMeets } from './check.ts';
import { expectations, pendingOnClassifier } from './expectations.ts';

const inCi = Boolean(process.env.CI) && process.env.CI !== 'false';

function missingDependencies(): string[] {
  const missing: string[] = [];
  if (!existsSync(join(conformanceDir, 'node_modules/.package-lock.json'))) {
    missing.push('npm ci --prefix conformance');
  }
  const python = spawnSync(process.env.CONFORMANCE_PYTHON ?? '/usr/bin/python3', [
    '-c',
    'import fastapi, uvicorn, rest_framework, flask, webargs, falcon, jsonschema, pyramid',
  ]);
  if (python.status !== 0) {
    missing.push(
      'apt-get install python3-fastapi python3-uvicorn python3-djangorestframework python3-flask python3-webargs python3-falcon python3-jsonschema python3-pyramid',
    );
  }
  if (!existsSync(process.env.NGINX_BIN ?? '/usr/sbin/nginx'))
    missing.push('apt-get install nginx');
  return missing;
}

const missing = inCi ? [] : missingDependencies();
const liveDescribe = missing.length ? describe.skip : describe;

liveDescribe(
  `live conformance${missing.length ? ` (to run it: ${missing.join('; ')})` : ''}`,
  () => {
    for (const framework of frameworks) {
      // Outside CI a framework whose toolchain is missing is skipped, saying what to install.
      const toInstall = inCi ? undefined : framework.missing?.();
      const frameworkDescribe = toInstall ? describe.skip : describe;
      const title = toInstall ? `${framework.id} (to run it: ${toInstall})` : framework.id;
      frameworkDescribe(title, () => {
        let running: Running | undefined;
        beforeAll(async () => {
          running = await framework.start();
        }, 150_000);
        afterAll(async () => {
          await running?.stop();
        });

        for (const c of framework.cases) {
          const expectation = expectations[c.name];
          const run = !expectation || pendingOnClassifier.includes(c.name) ? it.skip : it;
          run(c.name, { timeout: 30_000 }, async () => {
            if (!running || !expectation) throw new Error(`${framework.id} did not start`);
            const live = await request(framework.id, running, c);
            // A recording that no longer matches the server is stale: re-record it.
            expect(live.response.status).toBe(recordedCapture(c.name).response.status);
            const { status, headers, body } = live.response;
            const error = new HttpError({ status, headers, body, method: c.method });
            expectMeets(live, classifyError(error), expectation);
          });
        }
      });
    }
  },
);
