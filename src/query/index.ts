/**
 * errorkit/query — integration with TanStack Query (`@tanstack/react-query` v5).
 *
 * This is the only entry point of errorkit that imports `@tanstack/react-query`; the package
 * is an optional peer dependency, needed only by applications that import `errorkit/query`.
 *
 * @packageDocumentation
 */

export type { ClassifiedError, ErrorKind } from '../core';
export { type RetryPolicy, type RetryPolicyOptions, retryPolicy } from './retryPolicy';
