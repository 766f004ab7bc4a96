/**
 * errorkit/tanstack-form — server errors into a TanStack Form form; the optional peer
 * dependency is needed only by this entry point.
 * @packageDocumentation
 */

export {
  type AppliedServerErrors,
  type ApplyServerErrorsOptions,
  applyServerErrors,
  type FormValuesOf,
} from './applyServerErrors';
export { useClearServerErrors } from './useClearServerErrors';
export { useServerErrors } from './useServerErrors';
