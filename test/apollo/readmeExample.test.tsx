// The README's errorkit/apollo example as written, against a real server on 127.0.0.1.
import { ApolloClient, ApolloLink, gql, HttpLink, InMemoryCache } from '@apollo/client';
import { ApolloProvider, useQuery } from '@apollo/client/react';
import { render, screen } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { afterAll, beforeAll, expect, it, vi } from 'vitest';
import { ApolloReauthProvider, ReauthOutlet, retryLink, useRetryState } from '../../src/apollo';
import { ErrorDisplay, ErrorKitProvider, errorKit } from '../../src/react';
import { type ScriptedServer, startScriptedServer } from '../support/scriptedServer';

let server: ScriptedServer;
beforeAll(async () => {
  server = await startScriptedServer();
});
afterAll(() => server.close());

const INVOICES = gql`
  query Invoices($page: String!) {
    invoices(page: $page) {
      number
    }
  }
`;

function Invoices({ page }: { page: string }) {
  const invoices = useQuery(INVOICES, { variables: { page } });
  const { error, retry } = useRetryState(invoices);
  const list = (invoices.data as { invoices?: { number: string }[] } | undefined)?.invoices;
  if (list) return <p>{list.map((invoice) => invoice.number).join(', ')}</p>;
  return <ErrorDisplay error={error} retry={retry} />;
}

function App({
  pages,
  reauthenticate,
}: {
  pages: string[];
  reauthenticate: () => Promise<unknown>;
}) {
  const kit = errorKit({ retry: { maxRetries: 3 } });
  const client = new ApolloClient({
    link: ApolloLink.from([
      retryLink(kit),
      new HttpLink({
        uri: (operation) =>
          server.url(`/graphql/${(operation.variables as { page: string }).page}`),
      }),
    ]),
    cache: new InMemoryCache(),
  });
  return (
    <ApolloProvider client={client}>
      <ErrorKitProvider kit={kit} reauthenticate={reauthenticate}>
        <ApolloReauthProvider>
          <ReauthOutlet />
          {pages.map((page) => (
            <Invoices key={page} page={page} />
          ))}
        </ApolloReauthProvider>
      </ErrorKitProvider>
    </ApolloProvider>
  );
}

const answer = (number: string) => ({
  data: { invoices: [{ __typename: 'Invoice', number }] },
});

it('counts down to the real retry of a 429 and then shows the data', async () => {
  server.script('/graphql/1', [
    { status: 429, headers: { 'retry-after': '1' } },
    { status: 200, body: answer('INV-1') },
  ]);
  render(<App pages={['1']} reauthenticate={async () => {}} />);
  expect(await screen.findByRole('timer')).toHaveTextContent(/second/);
  expect(await screen.findByText('INV-1', {}, { timeout: 3000 })).toBeInTheDocument();
  expect(server.hits('/graphql/1')).toHaveLength(2);
});

it('10 queries answered 401 give one prompt, and every query comes back with data', async () => {
  const pages = Array.from({ length: 10 }, (_, n) => `p${n}`);
  for (const page of pages) {
    server.script(`/graphql/${page}`, [
      { status: 401 },
      { status: 200, body: answer(`INV-${page}`) },
    ]);
  }
  const reauthenticate = vi.fn(async () => {});
  render(<App pages={pages} reauthenticate={reauthenticate} />);
  const [button, ...more] = await screen.findAllByRole('button', { name: 'Sign in again' });
  expect(more).toHaveLength(0);
  await userEvent.click(button as HTMLElement);
  for (const page of pages) expect(await screen.findByText(`INV-${page}`)).toBeInTheDocument();
  expect(reauthenticate).toHaveBeenCalledTimes(1);
});
