import { useSyncExternalStore } from 'react';

/** The app's pages, from the URL hash: `#/`, `#/invoices/2`, `#/invoices/2/edit`. */
export type Route =
  | { page: 'list' }
  | { page: 'detail'; id: number }
  | { page: 'edit'; id: number }
  | { page: 'missing' };

export function parseRoute(hash: string): Route {
  const path = hash.replace(/^#/, '') || '/';
  if (path === '/') return { page: 'list' };
  const match = /^\/invoices\/(\d+)(\/edit)?$/.exec(path);
  if (!match) return { page: 'missing' };
  const id = Number(match[1]);
  return match[2] ? { page: 'edit', id } : { page: 'detail', id };
}

const subscribe = (onChange: () => void): (() => void) => {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
};

/** The current route; re-renders on `hashchange`. */
export function useRoute(): Route {
  const hash = useSyncExternalStore(
    subscribe,
    () => window.location.hash,
    () => '',
  );
  return parseRoute(hash);
}

export const href = {
  list: '#/',
  detail: (id: number) => `#/invoices/${id}`,
  edit: (id: number) => `#/invoices/${id}/edit`,
};
