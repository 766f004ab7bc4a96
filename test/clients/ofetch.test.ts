// @vitest-environment node
import { ofetch } from 'ofetch';
import { describeClient, httpScenarios, rejectionOf } from './harness.ts';
import { pendingOnClassifier } from './pending.ts';

describeClient(
  'ofetch',
  httpScenarios,
  (url, scenario, signal) =>
    rejectionOf(ofetch(url, { retry: 0, timeout: scenario.timeoutMs, signal })),
  pendingOnClassifier,
);
