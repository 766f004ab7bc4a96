// @vitest-environment node
import { request } from 'graphql-request';
import { describeClient, graphqlScenarios, rejectionOf } from './harness.ts';
import { pendingOnClassifier } from './pending.ts';

describeClient(
  'graphql-request',
  graphqlScenarios,
  (url, scenario, signal) => rejectionOf(request({ url, document: scenario.query ?? '', signal })),
  pendingOnClassifier,
);
