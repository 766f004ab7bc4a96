// The README's errorkit/rtk-query example as written, against a real server on 127.0.0.1.
import { configureStore } from '@reduxjs/toolkit';
import { createApi, fetchBaseQuery } from '@reduxjs/toolkit/query/react';
import { render, screen } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { Provider } from 'react-redux';
import { afterAll, beforeAll, expect, it, vi } from 'vitest';
import { ErrorDisplay, ErrorKitProvider, errorKit } from '../../src/react';
import {
  errorkitBaseQuery,
  ReauthOutlet,
  RtkReauthProvider,
  useRetryState,
} from '../../src/rtkQuery';
import { type ScriptedServer, startScriptedServer } from '../support/scriptedServer';

let server: ScriptedServer;
beforeAll(async () => {
  server = await startScriptedServer();
});
afterAll(() => server.close());

function setup() {
  const kit = errorKit({ retry: { maxRetries: 3 } });
  const api = createApi({
    baseQuery: errorkitBaseQuery(fetchBaseQuery({ baseUrl: server.url('/api') }), { kit }),
    endpoints: (build) => ({
      invoices: build.query<{ number: string }[], string>({ query: (page) => `invoices/${page}` }),
    }),
  });
  const store = configureStore({
    reducer: { [api.reducerPath]: api.reducer },
    middleware: (getDefault) => getDefault().concat(api.middleware),
  });
  return { kit, api, store };
}
type Setup = ReturnType<typeof setup>;

function Invoices({ api, page }: { api: Setup['api']; page: string }) {
  const invoices = api.useInvoicesQuery(page);
  const { error, retry } = useRetryState(invoices);
  if (invoices.data) return <p>{invoices.data.map((invoice) => invoice.number).join(', ')}</p>;
  return <ErrorDisplay error={error} retry={retry} />;
}

function App({
  setup: { kit, api, store },
  pages,
  reauthenticate,
}: {
  setup: Setup;
  pages: string[];
  reauthenticate: () => Promise<unknown>;
}) {
  return (
    <Provider store={store}>
      <ErrorKitProvider kit={kit} reauthenticate={reauthenticate}>
        <RtkReauthProvider api={api}>
          <ReauthOutlet />
          {pages.map((page) => (
            <Invoices key={page} api={api} page={page} />
          ))}
        </RtkReauthProvider>
      </ErrorKitProvider>
    </Provider>
  );
}

it('counts down to the real retry of a 429 and then shows the data', async () => {
  server.script('/api/invoices/1', [
    { status: 429, headers: { 'retry-after': '1' } },
    { status: 200, body: [{ number: 'INV-1' }] },
  ]);
  render(<App setup={setup()} pages={['1']} reauthenticate={async () => {}} />);
  expect(await screen.findByRole('timer')).toHaveTextContent(/second/);
  expect(await screen.findByText('INV-1', {}, { timeout: 3000 })).toBeInTheDocument();
  expect(server.hits('/api/invoices/1')).toHaveLength(2);
});

it('10 queries answered 401 give one prompt, and every query comes back with data', async () => {
  const pages = Array.from({ length: 10 }, (_, n) => `p${n}`);
  for (const page of pages) {
    server.script(`/api/invoices/${page}`, [
      { status: 401 },
      { status: 200, body: [{ number: `INV-${page}` }] },
    ]);
  }
  const reauthenticate = vi.fn(async () => {});
  render(<App setup={setup()} pages={pages} reauthenticate={reauthenticate} />);
  const [button, ...more] = await screen.findAllByRole('button', { name: 'Sign in again' });
  expect(more).toHaveLength(0);
  await userEvent.click(button as HTMLElement);
  for (const page of pages) expect(await screen.findByText(`INV-${page}`)).toBeInTheDocument();
  expect(reauthenticate).toHaveBeenCalledTimes(1);
});
