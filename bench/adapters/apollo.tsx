import { ApolloClient, ApolloLink, gql, HttpLink, InMemoryCache } from '@apollo/client';
import { RetryLink } from '@apollo/client/link/retry';
import { ApolloProvider, useQuery } from '@apollo/client/react';
import { useEffect } from 'react';
import { ApolloReauthProvider, retryLink } from '../../src/apollo';
import type { ErrorKit } from '../../src/kit/types';
import { ErrorKitProvider } from '../../src/react';
import { FlightProbe } from './FlightProbe';
import type { AdapterUnderTest, PageProps, ProbeState } from './types';

const ITEM = gql`
  query Item($url: String!) {
    item(url: $url) {
      id
    }
  }
`;
const SEND = gql`
  mutation Send($url: String!) {
    send(url: $url) {
      id
    }
  }
`;

function client(policy: string, kit: ErrorKit) {
  const http = new HttpLink({ uri: (operation) => String(operation.variables.url) });
  const links =
    policy === 'errorkit'
      ? [retryLink(kit), http]
      : policy === 'RetryLink defaults'
        ? [new RetryLink(), http]
        : [http];
  return new ApolloClient({ link: ApolloLink.from(links), cache: new InMemoryCache() });
}

function Probe({
  url,
  index,
  report,
}: {
  url: string;
  index: number;
  report: PageProps['report'];
}) {
  const query = useQuery(ITEM, { variables: { url } });
  const state: ProbeState = query.loading ? 'pending' : query.error ? 'error' : 'success';
  useEffect(() => report(index, state), [report, index, state]);
  return null;
}

export const apollo: AdapterUnderTest = {
  library: 'Apollo Client 4 (HttpLink)',
  policies: ['errorkit', 'default', 'RetryLink defaults'],
  page(policy, { kit, urls, report, onFlight }) {
    const probes = urls.map((url, index) => (
      <Probe key={url} url={url} index={index} report={report} />
    ));
    return (
      <ApolloProvider client={client(policy, kit)}>
        <ErrorKitProvider kit={kit}>
          {policy === 'errorkit' ? (
            <ApolloReauthProvider>
              <FlightProbe onFlight={onFlight} />
              {probes}
            </ApolloReauthProvider>
          ) : (
            probes
          )}
        </ErrorKitProvider>
      </ApolloProvider>
    );
  },
  post(policy, kit, url) {
    return client(policy, kit).mutate({ mutation: SEND, variables: { url } });
  },
  ok: (value) => ({ data: { item: { __typename: 'Item', id: JSON.stringify(value) } } }),
  settles: () => true,
};
