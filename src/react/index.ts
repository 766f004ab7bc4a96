/**
 * errorkit/react — accessible, themeable React UI for classified errors. Import
 * `errorkit/styles.css` once and theme it through the `--ek-*` custom properties.
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
export type { ReauthFlight, ReauthState } from '../headless/reauthFlight';
export { type RetryState, type RetryStateInput, retryState } from '../headless/retryState';
export { safeLoginUrl } from '../headless/safeUrl';
export {
  type ErrorKit,
  type ErrorKitConfig,
  errorKit,
  type KitRetryOptions,
  type MessageOverrides,
} from '../kit';
export { en } from '../locales/en';
export { fill, plural } from '../locales/format';
export type { ErrorKitMessages, PluralText } from '../locales/types';
export { ErrorKitProvider, type ErrorKitProviderProps } from './ErrorKitProvider';
export { useErrorKit } from './kitContext';
export {
  ReauthFlightProvider,
  type ReauthFlightProviderProps,
  useReauthFlight,
} from './ReauthFlightProvider';
export { useClassifiedError } from './useClassifiedError';
export {
  type UseFieldErrorsOptions,
  type UseFieldErrorsResult,
  useFieldErrors,
} from './useFieldErrors';
export { useOnline } from './useOnline';
export {
  type RetryCountdownState,
  type UseRetryCountdownOptions,
  type UseRetryCountdownResult,
  useRetryCountdown,
} from './useRetryCountdown';
