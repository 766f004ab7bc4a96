import { configureStore } from '@reduxjs/toolkit';
import { createApi, fetchBaseQuery } from '@reduxjs/toolkit/query/react';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { useState } from 'react';
import { Provider } from 'react-redux';
import {
  errorkitBaseQuery,
  ReauthOutlet,
  RtkReauthProvider,
  useRetryState,
} from '../../src/rtkQuery';
import {
  countdownStory,
  type FlowPage,
  flowMeta,
  jsonAnswer,
  reauthStory,
} from '../adapters/flowStories';
import { ListView } from '../adapters/ListView';
import { authHeaders, type ListPayload } from '../query/flows';

function makeApi() {
  const api = createApi({
    baseQuery: errorkitBaseQuery(
      fetchBaseQuery({
        prepareHeaders: (headers) => {
          for (const [name, value] of Object.entries(authHeaders())) headers.set(name, value);
          return headers;
        },
      }),
    ),
    endpoints: (build) => ({ list: build.query<ListPayload, string>({ query: (url) => url }) }),
  });
  const store = configureStore({
    reducer: { [api.reducerPath]: api.reducer },
    middleware: (getDefault) => getDefault().concat(api.middleware),
  });
  return { api, store };
}
type Made = ReturnType<typeof makeApi>;

function Panel({ api, title, url }: { api: Made['api']; title: string; url: string }) {
  const query = api.useListQuery(url);
  const { error, retry } = useRetryState(query);
  return <ListView title={title} items={query.data?.items} error={error} retry={retry} />;
}

/** A store and an api per story, with `errorkitBaseQuery` and `RtkReauthProvider`. */
function RtkApp({ panels, reauthenticate }: FlowPage) {
  const [{ api, store }] = useState(makeApi);
  return (
    <Provider store={store}>
      <div className="query-flows">
        <RtkReauthProvider api={api} reauthenticate={reauthenticate}>
          <ReauthOutlet />
          <div className="query-flows__panels">
            {panels.map((panel) => (
              <Panel key={panel.url} api={api} {...panel} />
            ))}
          </div>
        </RtkReauthProvider>
      </div>
    </Provider>
  );
}

const BASE = '/api/rtk-query-flows';
const render = (page: FlowPage) => <RtkApp {...page} />;

const meta = {
  title: 'Data layers/RTK Query',
  ...flowMeta(
    'errorkit with RTK Query, end to end: `errorkitBaseQuery` around `fetchBaseQuery` retries by the server’s `Retry-After`, `useRetryState` feeds `ErrorDisplay` the real schedule, and `RtkReauthProvider` with one `ReauthOutlet` signs in once for every 401. Requests are answered by Mock Service Worker from the shared fixtures.',
  ),
} satisfies Meta;

export default meta;
type Story = StoryObj<typeof meta>;

export const CountdownThenSuccess: Story = { ...countdownStory(BASE, 'get', jsonAnswer, render) };
export const ReauthThenSuccess: Story = { ...reauthStory(BASE, 'get', jsonAnswer, render) };
