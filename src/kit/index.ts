export { errorKit } from './errorKit';
export {
  type RouteErrorInit,
  routeError,
  type SerializeErrorOptions,
  serializeError,
} from './serializeError';
export type {
  ErrorKit,
  ErrorKitConfig,
  KitRetryOptions,
  MessageOverrides,
} from './types';
