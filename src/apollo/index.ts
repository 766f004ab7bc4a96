/**
 * errorkit/apollo — integration with Apollo Client 4, the only entry point that imports it, so
 * the optional peer dependencies are needed only by apps that import `errorkit/apollo`.
 * @packageDocumentation
 */

export { ReauthOutlet, type ReauthOutletProps } from '../components/ReauthPrompt/ReauthOutlet';
export type { ClassifiedError, ErrorKind } from '../core';
export type { RetryState } from '../headless/retryState';
export { ApolloReauthProvider, type ApolloReauthProviderProps } from './ApolloReauthProvider';
export { retryLink } from './retryLink';
export { type ApolloRetrySource, type UseRetryStateResult, useRetryState } from './useRetryState';
