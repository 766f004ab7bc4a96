/** The backend's address (`node backend.mjs` prints it), read on the server only. */
export function backendUrl(path: string, fail?: string | string[]): string {
  const url = new URL(path, process.env.BACKEND_URL ?? 'http://127.0.0.1:4010');
  if (typeof fail === 'string' && fail !== '') url.searchParams.set('fail', fail);
  return url.href;
}

/** What a page's `searchParams` holds. */
export type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export interface Invoice {
  id: number;
  number: string;
  customer: string;
  amount: number;
  status: string;
}
