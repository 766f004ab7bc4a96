export {
  RetryBanner,
  type RetryBannerAction,
  type RetryBannerClassNames,
  type RetryBannerMessages,
  type RetryBannerProps,
  type RetryBannerState,
} from './RetryBanner';
