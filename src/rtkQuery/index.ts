/**
 * errorkit/rtk-query — integration with RTK Query (Redux Toolkit 2), the only entry point that
 * imports it, so the optional peer dependencies are needed only by apps that import it.
 * @packageDocumentation
 */

export { ReauthOutlet, type ReauthOutletProps } from '../components/ReauthPrompt/ReauthOutlet';
export type { ClassifiedError, ErrorKind } from '../core';
export type { RetryState } from '../headless/retryState';
export { type ErrorkitBaseQueryOptions, errorkitBaseQuery } from './errorkitBaseQuery';
export {
  type ReauthApi,
  RtkReauthProvider,
  type RtkReauthProviderProps,
} from './RtkReauthProvider';
export { type RtkRetrySource, type UseRetryStateResult, useRetryState } from './useRetryState';
