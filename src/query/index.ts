/**
 * errorkit/query — integration with TanStack Query v5, the only entry point that imports it, so
 * the optional peer dependency is needed only by apps that import `errorkit/query`.
 * @packageDocumentation
 */

export type { ClassifiedError, ErrorKind } from '../core';
export type { RetryState } from '../headless/retryState';
export {
  QueryErrorBoundary,
  type QueryErrorBoundaryFallbackProps,
  type QueryErrorBoundaryProps,
} from './QueryErrorBoundary';
export {
  createReauthCoordinator,
  type FailedMutation,
  QueryReauthProvider,
  type QueryReauthProviderProps,
  type ReauthCoordinator,
  type ReauthCoordinatorOptions,
  ReauthOutlet,
  type ReauthOutletProps,
  type ReauthState,
  type UseReauthResult,
  useReauth,
} from './reauth';
export {
  type RetryPolicy,
  type RetryPolicyOptions,
  retryDefaults,
  retryPolicy,
} from './retryPolicy';
export {
  type MutationRetrySource,
  type QueryRetrySource,
  type RetryStateSource,
  type UseRetryStateOptions,
  type UseRetryStateResult,
  useRetryState,
} from './useRetryState';
