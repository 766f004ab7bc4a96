/**
 * errorkit/react — accessible, themeable React UI for classified errors.
 *
 * Wrap the app in {@link ErrorKitProvider} (optional), import the stylesheet once
 * (`import 'errorkit/styles.css'`) and theme it through the `--ek-*` custom properties.
 *
 * @packageDocumentation
 */

export {
  ErrorDisplay,
  type ErrorDisplayProps,
  type ErrorKindRendererProps,
  type ErrorKindRenderers,
  ErrorNotice,
  type ErrorNoticeClassNames,
  type ErrorNoticeMessages,
  type ErrorNoticeProps,
} from '../components/ErrorDisplay';
export {
  ErrorSummary,
  type ErrorSummaryClassNames,
  type ErrorSummaryMessages,
  type ErrorSummaryProps,
} from '../components/ErrorSummary';
export {
  FieldError,
  type FieldErrorClassNames,
  type FieldErrorMessages,
  type FieldErrorProps,
} from '../components/FieldError';
export {
  PermissionNotice,
  type PermissionNoticeClassNames,
  type PermissionNoticeMessages,
  type PermissionNoticeProps,
} from '../components/PermissionNotice';
export {
  ReauthOutlet,
  type ReauthOutletProps,
  ReauthPrompt,
  type ReauthPromptClassNames,
  type ReauthPromptMessages,
  type ReauthPromptProps,
  type ReauthPromptState,
} from '../components/ReauthPrompt';
export {
  RetryBanner,
  type RetryBannerAction,
  type RetryBannerClassNames,
  type RetryBannerMessages,
  type RetryBannerProps,
  type RetryBannerState,
} from '../components/RetryBanner';
export type { ClassifiedError, ErrorKind, FieldErrors } from '../core';
export { en } from '../headless/messages/en';
export { fill, plural } from '../headless/messages/format';
export type { ErrorKitMessages, PluralText } from '../headless/messages/types';
export type { ReauthFlight, ReauthState } from '../headless/reauthFlight';
export type { RetryState } from '../headless/retryState';
export { safeLoginUrl } from '../headless/safeUrl';
export type { Ticker, TickerTimers, TickListener } from '../headless/ticker';
export {
  type ErrorKitContextValue,
  ErrorKitProvider,
  type ErrorKitProviderProps,
  type MessageOverrides,
  useErrorKit,
} from './ErrorKitProvider';
export { type ErrorKit, errorKit } from './errorKit';
export {
  ReauthFlightProvider,
  type ReauthFlightProviderProps,
  useReauthFlight,
} from './ReauthFlightProvider';
export { useClassifiedError } from './useClassifiedError';
export {
  type FieldErrorsState,
  type UseFieldErrorsOptions,
  useFieldErrors,
} from './useFieldErrors';
export { useOnline } from './useOnline';
export {
  type RetryCountdown,
  type RetryCountdownState,
  type UseRetryCountdownOptions,
  useRetryCountdown,
} from './useRetryCountdown';
