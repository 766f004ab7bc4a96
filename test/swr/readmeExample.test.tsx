// The README's errorkit/swr example as written, against a real server on 127.0.0.1.
import { render, screen } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import useSWR, { SWRConfig } from 'swr';
import { afterAll, beforeAll, expect, it, vi } from 'vitest';
import { fetchJson } from '../../src/core';
import { ErrorDisplay, ErrorKitProvider, errorKit } from '../../src/react';
import { ReauthOutlet, SWRReauthProvider, swrConfig, useRetryState } from '../../src/swr';
import { type ScriptedServer, startScriptedServer } from '../support/scriptedServer';

let server: ScriptedServer;
beforeAll(async () => {
  server = await startScriptedServer();
});
afterAll(() => server.close());

function Invoices({ path }: { path: string }) {
  const url = server.url(path);
  const invoices = useSWR(url, (key: string) => fetchJson<{ number: string }[]>(key));
  const { error, retry } = useRetryState(invoices, url);
  if (invoices.data) return <p>{invoices.data.map((invoice) => invoice.number).join(', ')}</p>;
  return <ErrorDisplay error={error} retry={retry} />;
}

function App({
  paths,
  reauthenticate,
}: {
  paths: string[];
  reauthenticate: () => Promise<unknown>;
}) {
  const kit = errorKit({ retry: { maxRetries: 3 } });
  return (
    <SWRConfig value={{ ...swrConfig(kit), provider: () => new Map() }}>
      <ErrorKitProvider kit={kit} reauthenticate={reauthenticate}>
        <SWRReauthProvider>
          <ReauthOutlet />
          {paths.map((path) => (
            <Invoices key={path} path={path} />
          ))}
        </SWRReauthProvider>
      </ErrorKitProvider>
    </SWRConfig>
  );
}

it('counts down to the real retry of a 429 and then shows the data', async () => {
  server.script('/api/invoices', [
    { status: 429, headers: { 'retry-after': '1' } },
    { status: 200, body: [{ number: 'INV-1' }] },
  ]);
  render(<App paths={['/api/invoices']} reauthenticate={async () => {}} />);
  expect(await screen.findByRole('timer')).toHaveTextContent(/second/);
  expect(await screen.findByText('INV-1', {}, { timeout: 3000 })).toBeInTheDocument();
  expect(server.hits('/api/invoices')).toHaveLength(2);
});

it('10 keys answered 401 give one prompt, and every key comes back with data', async () => {
  const paths = Array.from({ length: 10 }, (_, n) => `/api/p${n}`);
  for (const path of paths) {
    server.script(path, [{ status: 401 }, { status: 200, body: [{ number: `INV${path}` }] }]);
  }
  const reauthenticate = vi.fn(async () => {});
  render(<App paths={paths} reauthenticate={reauthenticate} />);
  const [button, ...more] = await screen.findAllByRole('button', { name: 'Sign in again' });
  expect(more).toHaveLength(0);
  await userEvent.click(button as HTMLElement);
  for (const path of paths) expect(await screen.findByText(`INV${path}`)).toBeInTheDocument();
  expect(reauthenticate).toHaveBeenCalledTimes(1);
});
