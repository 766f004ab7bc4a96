// @vitest-environment node
import { configureStore } from '@reduxjs/toolkit';
import { createApi, fetchBaseQuery } from '@reduxjs/toolkit/query';
import { adjusted, describeClient, httpScenarios } from './harness.ts';
import { pendingOnClassifier } from './pending.ts';

// RTK Query does not throw: a failed query's `error` (a FetchBaseQueryError or SerializedError)
// is what an app classifies. That error has no response headers, so no Retry-After either.
const scenarios = adjusted(httpScenarios, '429 with Retry-After', { retryAfterMs: undefined });

describeClient(
  '@reduxjs/toolkit',
  scenarios,
  async (url, scenario, signal) => {
    const api = createApi({
      baseQuery: fetchBaseQuery({ timeout: scenario.timeoutMs }),
      endpoints: (build) => ({ load: build.query<unknown, string>({ query: (to) => to }) }),
    });
    const store = configureStore({
      reducer: { [api.reducerPath]: api.reducer },
      middleware: (getDefault) => getDefault().concat(api.middleware),
    });
    const pending = store.dispatch(api.endpoints.load.initiate(url));
    signal?.addEventListener('abort', () => pending.abort());
    const result = await pending;
    pending.unsubscribe();
    return result.error;
  },
  pendingOnClassifier,
);
