import type { ErrorKitProviderProps } from './ErrorKitProvider';

/**
 * The app's errorkit configuration, declared once: `classify` options (`codes`, `dialects`,
 * ...), the catalog and every other provider setting. Give the same object to
 * `<ErrorKitProvider kit={kit}>`, `retryPolicy(kit)` / `retryDefaults(kit)` from
 * `errorkit/query`, and (through the provider) `useServerErrors` from
 * `errorkit/react-hook-form`, so a code declared here changes all of them.
 */
export type ErrorKit = Readonly<Omit<ErrorKitProviderProps, 'children' | 'kit'>>;

/**
 * Creates the app's {@link ErrorKit}, like TanStack Query's `new QueryClient(...)`: once, outside
 * components.
 *
 * ```ts
 * const kit = errorKit({ classify: { codes: { '1006': 'forbidden' } }, messages: de });
 * const client = new QueryClient({ defaultOptions: retryDefaults(kit) });
 * <ErrorKitProvider kit={kit}>...</ErrorKitProvider>
 * ```
 */
export function errorKit(config: ErrorKit): ErrorKit {
  return Object.freeze({ ...config });
}
