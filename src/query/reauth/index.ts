export {
  createReauthCoordinator,
  type FailedMutation,
  type ReauthCoordinator,
  type ReauthCoordinatorOptions,
  type ReauthState,
} from './createReauthCoordinator';
export { QueryReauthProvider, type QueryReauthProviderProps } from './QueryReauthProvider';
export { ReauthOutlet, type ReauthOutletProps } from './ReauthOutlet';
export { type UseReauthResult, useReauth } from './useReauth';
