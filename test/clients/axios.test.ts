// @vitest-environment node
import axios from 'axios';
import { describeClient, httpScenarios, rejectionOf } from './harness.ts';
import { pendingOnClassifier } from './pending.ts';

describeClient(
  'axios',
  httpScenarios,
  (url, scenario, signal) => rejectionOf(axios.get(url, { timeout: scenario.timeoutMs, signal })),
  pendingOnClassifier,
);
