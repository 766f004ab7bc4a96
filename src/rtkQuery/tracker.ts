import { createRetryTracker } from '../headless/retryTracker';

/** Live retries of RTK Query requests, by query cache key. */
export const rtkRetries = /* @__PURE__ */ createRetryTracker();

/**
 * How to send a mutation again, by request id: RTK Query keeps no arguments in a mutation's
 * state, so `useRetryState(result, trigger)` leaves them here for "Send again".
 */
export const rtkResends = /* @__PURE__ */ new Map<string, () => Promise<unknown>>();
