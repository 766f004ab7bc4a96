/**
 * errorkit/swr — integration with SWR 2, the only entry point that imports it, so the optional
 * peer dependency is needed only by apps that import `errorkit/swr`.
 * @packageDocumentation
 */

export { ReauthOutlet, type ReauthOutletProps } from '../components/ReauthPrompt/ReauthOutlet';
export type { ClassifiedError, ErrorKind } from '../core';
export type { RetryState } from '../headless/retryState';
export { errorkitOnErrorRetry, type OnErrorRetry, swrConfig } from './onErrorRetry';
export { SWRReauthProvider, type SWRReauthProviderProps } from './SWRReauthProvider';
export { type SWRRetrySource, type UseRetryStateResult, useRetryState } from './useRetryState';
