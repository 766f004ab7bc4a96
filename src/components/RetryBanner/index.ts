export {
  RetryBanner,
  type RetryBannerAction,
  type RetryBannerClassNames,
  type RetryBannerMessages,
  type RetryBannerProps,
  type RetryBannerState,
  type StandaloneRetry,
} from './RetryBanner';
