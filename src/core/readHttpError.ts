import { HttpError } from './httpError';

/** Most bytes of an error body that are read; the rest is left unread. */
export const MAX_ERROR_BODY_BYTES = 1024 * 1024;

/** The request a response answered: a `Request`, or the `init` passed to `fetch`. */
export interface RequestInfoLike {
  method?: string;
  url?: string;
  headers?: HeadersInit;
}

async function readCapped(response: Response): Promise<string> {
  if (!response.body) return '';
  const reader = response.body.getReader();
  const decoder = new TextDecoder();
  let text = '';
  let bytes = 0;
  try {
    while (bytes < MAX_ERROR_BODY_BYTES) {
      const { done, value } = await reader.read();
      if (done) break;
      const chunk = value.subarray(0, MAX_ERROR_BODY_BYTES - bytes);
      bytes += chunk.byteLength;
      text += decoder.decode(chunk, { stream: true });
    }
    text += decoder.decode();
  } finally {
    reader.cancel().catch(() => {});
  }
  return text;
}

function parseBody(text: string): unknown {
  if (text.trim() === '') return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

function idempotencyKeyOf(request: RequestInfoLike | Request | undefined): string | undefined {
  if (!request?.headers) return undefined;
  try {
    return new Headers(request.headers).get('Idempotency-Key') ?? undefined;
  } catch {
    return undefined;
  }
}

/**
 * Reads a failed response's body once (at most {@link MAX_ERROR_BODY_BYTES}) and returns an
 * {@link HttpError} carrying status, headers, the parsed body and the request's method and URL.
 */
export async function readHttpError(
  response: Response,
  request?: RequestInfoLike | Request,
): Promise<HttpError> {
  let body: unknown;
  try {
    body = parseBody(await readCapped(response));
  } catch {}
  return new HttpError({
    status: response.status,
    statusText: response.statusText,
    headers: response.headers,
    body,
    method: request?.method,
    url: response.url || request?.url,
    idempotencyKey: idempotencyKeyOf(request),
  });
}
