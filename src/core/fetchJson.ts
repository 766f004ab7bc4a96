import { readHttpError } from './readHttpError';

const ACCEPT = 'application/json, application/problem+json';

/**
 * `fetch` for JSON APIs: sends `Accept: application/json, application/problem+json`, returns the
 * parsed JSON of a 2xx response (`undefined` when it has no body), and throws an `HttpError`
 * for any other status. Network failures reject as `fetch` does (a `TypeError`).
 */
export async function fetchJson<T = unknown>(
  input: string | URL | Request,
  init?: RequestInit,
): Promise<T> {
  const request = input instanceof Request ? input : undefined;
  const headers = new Headers(request?.headers);
  new Headers(init?.headers).forEach((value, name) => {
    headers.set(name, value);
  });
  if (!headers.has('Accept')) headers.set('Accept', ACCEPT);
  const response = await fetch(input, { ...init, headers });
  const method = init?.method ?? request?.method ?? 'GET';
  const url = request?.url ?? String(input);
  if (!response.ok) throw await readHttpError(response, { method, url, headers });
  const text = await response.text();
  return (text.trim() === '' ? undefined : JSON.parse(text)) as T;
}
