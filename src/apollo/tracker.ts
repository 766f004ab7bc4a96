import { createReauthFeed } from '../headless/reauthFeed';
import { createRetryTracker } from '../headless/retryTracker';

/** Live retries of Apollo operations, by operation name and variables. */
export const apolloRetries = /* @__PURE__ */ createRetryTracker();

/** What `retryLink` sees of sign-ins, for the mounted `ApolloReauthProvider`s. */
export const apolloReauth = /* @__PURE__ */ createReauthFeed();
