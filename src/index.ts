/**
 * errorkit — classifies any failed API call and decides whether to retry it; framework-free, so
 * it runs in browsers, servers, workers and tests alike.
 *
 * @packageDocumentation
 */

export * from './core';
export {
  type ErrorKit,
  type ErrorKitConfig,
  errorKit,
  type KitRetryOptions,
  type MessageOverrides,
  type RouteErrorInit,
  routeError,
  type SerializeErrorOptions,
  serializeError,
} from './kit';
