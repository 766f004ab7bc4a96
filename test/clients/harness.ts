import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, it } from 'vitest';
import { checkScenario, type Fail, type Scenario } from './scenarios.ts';
import { type ClientServer, startClientServer } from './server.ts';

export * from './scenarios.ts';

/** `name version`, from the installed package's package.json. */
export function installed(name: string): string {
  const url = new URL(`../../node_modules/${name}/package.json`, import.meta.url);
  return `${name} ${(JSON.parse(readFileSync(url, 'utf8')) as { version: string }).version}`;
}

/**
 * One test per scenario: the real library requests the local server, and what it gives the app
 * is classified. `pending` names `library: scenario` pairs today's classifier gets wrong (skipped).
 */
export function describeClient(
  library: string,
  scenarios: readonly Scenario[],
  fail: Fail,
  pending: readonly string[] = [],
): void {
  describe(installed(library), () => {
    let server: ClientServer;
    beforeAll(async () => {
      server = await startClientServer();
    });
    afterAll(() => server.close());

    for (const scenario of scenarios) {
      const run = pending.includes(`${library}: ${scenario.name}`) ? it.skip : it;
      run(scenario.name, () => checkScenario(fail, server.url(scenario.path), scenario));
    }
  });
}
