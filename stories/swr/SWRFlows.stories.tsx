import type { Meta, StoryObj } from '@storybook/react-vite';
import useSWR, { SWRConfig } from 'swr';
import { fetchJson } from '../../src/core';
import { ReauthOutlet, SWRReauthProvider, swrConfig, useRetryState } from '../../src/swr';
import {
  countdownStory,
  type FlowPage,
  flowMeta,
  jsonAnswer,
  reauthStory,
} from '../adapters/flowStories';
import { ListView } from '../adapters/ListView';
import { authHeaders, type ListPayload } from '../query/flows';

const load = (url: string) => fetchJson<ListPayload>(url, { headers: authHeaders() });

function Panel({ title, url }: { title: string; url: string }) {
  const query = useSWR(url, load);
  const { error, retry } = useRetryState(query, url);
  return <ListView title={title} items={query.data?.items} error={error} retry={retry} />;
}

/** A fresh SWR cache per story, with `swrConfig()` and `SWRReauthProvider`. */
function SWRApp({ panels, reauthenticate }: FlowPage) {
  return (
    <SWRConfig value={{ ...swrConfig(), provider: () => new Map() }}>
      <div className="query-flows">
        <SWRReauthProvider reauthenticate={reauthenticate}>
          <ReauthOutlet />
          <div className="query-flows__panels">
            {panels.map((panel) => (
              <Panel key={panel.url} {...panel} />
            ))}
          </div>
        </SWRReauthProvider>
      </div>
    </SWRConfig>
  );
}

const BASE = '/api/swr-flows';
const render = (page: FlowPage) => <SWRApp {...page} />;

const meta = {
  title: 'Data layers/SWR',
  ...flowMeta(
    'errorkit with SWR, end to end: `swrConfig()` gives SWR an `onErrorRetry` that keeps a backoff and waits the server’s `Retry-After`, `useRetryState` feeds `ErrorDisplay` the real schedule, and `SWRReauthProvider` with one `ReauthOutlet` signs in once for every 401. Requests are answered by Mock Service Worker from the shared fixtures.',
  ),
} satisfies Meta;

export default meta;
type Story = StoryObj<typeof meta>;

export const CountdownThenSuccess: Story = { ...countdownStory(BASE, 'get', jsonAnswer, render) };
export const ReauthThenSuccess: Story = { ...reauthStory(BASE, 'get', jsonAnswer, render) };
