export { ReauthOutlet, type ReauthOutletProps } from '../../components/ReauthPrompt/ReauthOutlet';
export {
  createReauthCoordinator,
  type FailedMutation,
  type ReauthCoordinator,
  type ReauthCoordinatorOptions,
  type ReauthState,
} from './createReauthCoordinator';
export { QueryReauthProvider, type QueryReauthProviderProps } from './QueryReauthProvider';
export { type UseReauthResult, useReauth } from './useReauth';
