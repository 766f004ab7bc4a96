import type { ErrorKindRenderers } from 'errorkit/react';

/**
 * Pages leave an expired session to the one `ReauthOutlet` at the top of the page, so a 401
 * shows a single prompt however many panels failed.
 */
export const promptInOutlet: ErrorKindRenderers = { unauthenticated: () => null };
