/**
 * errorkit/react-hook-form — server errors into a react-hook-form form; the optional peer
 * dependency is needed only by this entry point.
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
