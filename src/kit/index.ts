export { errorKit } from './errorKit';
export type {
  ErrorKit,
  ErrorKitConfig,
  KitRetryOptions,
  MessageOverrides,
} from './types';
