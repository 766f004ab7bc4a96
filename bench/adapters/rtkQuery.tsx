import { configureStore } from '@reduxjs/toolkit';
import { createApi, fetchBaseQuery, retry } from '@reduxjs/toolkit/query/react';
import { useEffect } from 'react';
import { Provider } from 'react-redux';
import type { ErrorKit } from '../../src/kit/types';
import { ErrorKitProvider } from '../../src/react';
import { errorkitBaseQuery, RtkReauthProvider } from '../../src/rtkQuery';
import { FlightProbe } from './FlightProbe';
import type { AdapterUnderTest, PageProps, ProbeState } from './types';

function make(policy: string, kit: ErrorKit) {
  const raw = fetchBaseQuery();
  const baseQuery =
    policy === 'errorkit'
      ? errorkitBaseQuery(raw, { kit })
      : policy === 'retry() defaults'
        ? retry(raw)
        : raw;
  const api = createApi({
    baseQuery,
    endpoints: (build) => ({
      load: build.query<unknown, string>({ query: (url) => url }),
      send: build.mutation<unknown, string>({
        query: (url) => ({ url, method: 'POST', body: { amount: 100 } }),
      }),
    }),
  });
  const store = configureStore({
    reducer: { [api.reducerPath]: api.reducer },
    // Development checks off: their timing warnings are not the bench's subject.
    middleware: (getDefault) =>
      getDefault({ serializableCheck: false, immutableCheck: false }).concat(api.middleware),
  });
  return { api, store };
}
type Made = ReturnType<typeof make>;

function Probe({
  api,
  url,
  index,
  report,
}: {
  api: Made['api'];
  url: string;
  index: number;
  report: PageProps['report'];
}) {
  const query = api.useLoadQuery(url);
  const state: ProbeState = query.isFetching
    ? 'pending'
    : query.isSuccess
      ? 'success'
      : query.isError
        ? 'error'
        : 'pending';
  useEffect(() => report(index, state), [report, index, state]);
  return null;
}

export const rtkQuery: AdapterUnderTest = {
  library: 'RTK Query 2 (fetchBaseQuery)',
  policies: ['errorkit', 'default', 'retry() defaults'],
  page(policy, { kit, urls, report, onFlight }) {
    const { api, store } = make(policy, kit);
    const probes = urls.map((url, index) => (
      <Probe key={url} api={api} url={url} index={index} report={report} />
    ));
    return (
      <Provider store={store}>
        <ErrorKitProvider kit={kit}>
          {policy === 'errorkit' ? (
            <RtkReauthProvider api={api}>
              <FlightProbe onFlight={onFlight} />
              {probes}
            </RtkReauthProvider>
          ) : (
            probes
          )}
        </ErrorKitProvider>
      </Provider>
    );
  },
  post(policy, kit, url) {
    const { api, store } = make(policy, kit);
    return store.dispatch(api.endpoints.send.initiate(url));
  },
  ok: (value) => value,
  settles: () => true,
};
