/**
 * errorkit/react-hook-form — puts a failed submit's server errors into a react-hook-form form.
 *
 * `react-hook-form` is an optional peer dependency, needed only by this entry point.
 *
 * @packageDocumentation
 */

export {
  type AppliedServerErrors,
  type ApplyServerErrorsOptions,
  applyServerErrors,
  SERVER_ERROR_TYPE,
} from './applyServerErrors';
export { useClearServerErrors } from './useClearServerErrors';
export { useServerErrors } from './useServerErrors';
