/**
 * errorkit/react — accessible, themeable React UI for classified errors.
 *
 * Wrap the app in {@link ErrorKitProvider} (optional), import the stylesheet once
 * (`import 'errorkit/styles.css'`) and theme it through the `--ek-*` custom properties.
 *
 * @packageDocumentation
 */

// Each component folder's index is its public list.
export * from '../components/ErrorDisplay';
export * from '../components/ErrorSummary';
export * from '../components/FieldError';
export * from '../components/PermissionNotice';
export * from '../components/ReauthPrompt';
export * from '../components/RetryBanner';
export type { ClassifiedError, ErrorKind, FieldErrors } from '../core';
export { en } from '../headless/messages/en';
export { fill, plural } from '../headless/messages/format';
export type { ErrorKitMessages, PluralText } from '../headless/messages/types';
export type { ReauthFlight, ReauthState } from '../headless/reauthFlight';
export { type RetryState, type RetryStateInput, retryState } from '../headless/retryState';
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
