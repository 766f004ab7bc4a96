import type { Loader } from '@storybook/react-vite';

let startAndApply: Promise<Loader> | undefined;

/**
 * Mock Service Worker only for the stories that mock a request (`parameters.msw`). Starting the
 * worker registers a service worker and loads msw (about 400 kB), which would hold back every
 * story on a docs page, so it is imported on first use. Once it runs, every later story still
 * goes through it, so the previous story's handlers are reset.
 */
export const mswWhenNeeded: Loader = async (context) => {
  if (startAndApply === undefined && context.parameters.msw === undefined) return {};
  startAndApply ??= import('msw-storybook-addon/csf3').then(({ mswLoader }) => mswLoader());
  return (await startAndApply)(context);
};
