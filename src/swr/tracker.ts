import { createRetryTracker } from '../headless/retryTracker';

/** Live retries of SWR keys, by serialized key. */
export const swrRetries = /* @__PURE__ */ createRetryTracker();
