import { ApolloClient, ApolloLink, gql, HttpLink, InMemoryCache } from '@apollo/client';
import { ApolloProvider, useQuery } from '@apollo/client/react';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { HttpResponse } from 'msw';
import { useState } from 'react';
import { ApolloReauthProvider, ReauthOutlet, retryLink, useRetryState } from '../../src/apollo';
import {
  type Answer,
  countdownStory,
  type FlowPage,
  flowMeta,
  reauthStory,
} from '../adapters/flowStories';
import { ListView } from '../adapters/ListView';
import { authHeaders, type ListPayload } from '../query/flows';

const LIST = gql`
  query List($url: String!) {
    list(url: $url) {
      items
    }
  }
`;

/** Each panel's operation goes to its own url, so the stories' handlers answer it. */
function makeClient() {
  const http = new HttpLink({
    uri: (operation) => String(operation.variables.url),
    fetch: (input, init) =>
      fetch(input, { ...init, headers: { ...(init?.headers as object), ...authHeaders() } }),
  });
  return new ApolloClient({
    link: ApolloLink.from([retryLink(), http]),
    cache: new InMemoryCache(),
  });
}

function Panel({ title, url }: { title: string; url: string }) {
  const query = useQuery(LIST, { variables: { url } });
  const { error, retry } = useRetryState(query);
  const data = query.data as { list?: ListPayload } | undefined;
  return <ListView title={title} items={data?.list?.items} error={error} retry={retry} />;
}

/** An Apollo client per story, with `retryLink()` and `ApolloReauthProvider`. */
function ApolloApp({ panels, reauthenticate }: FlowPage) {
  const [client] = useState(makeClient);
  return (
    <ApolloProvider client={client}>
      <div className="query-flows">
        <ApolloReauthProvider reauthenticate={reauthenticate}>
          <ReauthOutlet />
          <div className="query-flows__panels">
            {panels.map((panel) => (
              <Panel key={panel.url} {...panel} />
            ))}
          </div>
        </ApolloReauthProvider>
      </div>
    </ApolloProvider>
  );
}

const graphqlAnswer: Answer = (payload) =>
  HttpResponse.json({ data: { list: { __typename: 'List', ...payload } } });

const BASE = '/api/apollo-flows';
const render = (page: FlowPage) => <ApolloApp {...page} />;

const meta = {
  title: 'Data layers/Apollo Client',
  ...flowMeta(
    'errorkit with Apollo Client, end to end: `retryLink()` before the `HttpLink` retries by the server’s `Retry-After`, `useRetryState` feeds `ErrorDisplay` the real schedule, and `ApolloReauthProvider` with one `ReauthOutlet` signs in once for every 401. Requests are answered by Mock Service Worker from the shared fixtures.',
  ),
} satisfies Meta;

export default meta;
type Story = StoryObj<typeof meta>;

export const CountdownThenSuccess: Story = {
  ...countdownStory(BASE, 'post', graphqlAnswer, render),
};
export const ReauthThenSuccess: Story = { ...reauthStory(BASE, 'post', graphqlAnswer, render) };
