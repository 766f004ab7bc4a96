/**
 * errorkit/react — accessible, themeable React UI for classified errors.
 *
 * Wrap the app in {@link ErrorKitProvider} (optional), import the stylesheet once
 * (`import 'errorkit/styles.css'`) and theme it through the `--ek-*` custom properties.
 *
 * @packageDocumentation
 */

export type { ClassifiedError, ErrorKind, FieldErrors } from '../core';
export {
  type ErrorKitContextValue,
  ErrorKitProvider,
  type ErrorKitProviderProps,
  type MessageOverrides,
  useErrorKit,
} from './ErrorKitProvider';
export { en } from './messages/en';
export { fill, plural } from './messages/format';
export type { ErrorKitMessages, PluralText } from './messages/types';
export { useClassifiedError } from './useClassifiedError';
