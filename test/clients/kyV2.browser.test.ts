import ky from 'ky-v2';
import { describe, inject, it } from 'vitest';
import { pendingOnClassifier } from './pending.ts';
import { checkScenario, httpScenarios, rejectionOf } from './scenarios.ts';

// ky v2 declares Node 22 or later, so it is tested where it is used most: in the browser
// (Chromium), against the same replaying server as the other clients. It reads the body itself,
// into `error.data`.
describe('ky v2 in Chromium', () => {
  const base = inject('clientServer');
  for (const scenario of httpScenarios) {
    const run = pendingOnClassifier.includes(`ky-v2: ${scenario.name}`) ? it.skip : it;
    run(scenario.name, () =>
      checkScenario(
        (url, { timeoutMs }, signal) =>
          rejectionOf(ky.get(url, { retry: 0, timeout: timeoutMs ?? 10_000, signal })),
        `${base}${scenario.path}`,
        scenario,
      ),
    );
  }
});
