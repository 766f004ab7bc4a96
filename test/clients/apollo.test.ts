// @vitest-environment node
import { ApolloClient, gql, HttpLink, InMemoryCache } from '@apollo/client';
import { adjusted, describeClient, graphqlScenarios, rejectionOf } from './harness.ts';
import { pendingOnClassifier } from './pending.ts';

// A 400 `application/graphql-response+json` answer reaches the app as CombinedGraphQLErrors,
// which carries no HTTP status.
const scenarios = adjusted(graphqlScenarios, 'query validation with 400', { status: undefined });

describeClient(
  '@apollo/client',
  scenarios,
  (url, scenario, signal) => {
    const client = new ApolloClient({
      link: new HttpLink({ uri: url }),
      cache: new InMemoryCache(),
    });
    const document = gql(scenario.query ?? '');
    const context = { fetchOptions: { signal } };
    return rejectionOf(
      scenario.query?.startsWith('mutation')
        ? client.mutate({ mutation: document, context })
        : client.query({ query: document, context }),
    );
  },
  pendingOnClassifier,
);
