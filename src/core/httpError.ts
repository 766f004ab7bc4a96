/** What {@link HttpError} is built from. */
export interface HttpErrorInit {
  status: number;
  statusText?: string;
  /** Response headers: a `Headers`, or anything `new Headers()` accepts. */
  headers?: HeadersInit;
  /** Parsed JSON, else text, else `undefined`. */
  body?: unknown;
  /** Request method, any case. */
  method?: string;
  url?: string;
  /** The `Idempotency-Key` the request carried, if any. */
  idempotencyKey?: string;
}

function toHeaders(init: HeadersInit | undefined): Headers {
  if (init instanceof Headers) return init;
  const headers = new Headers();
  const entries = Array.isArray(init) ? init : Object.entries(init ?? {});
  for (const [name, value] of entries) {
    try {
      headers.append(name, String(value));
    } catch {
      // A header name fetch would refuse is dropped rather than failing the error itself.
    }
  }
  return headers;
}

/** A non-2xx HTTP response, as thrown by {@link fetchJson}. */
export class HttpError extends Error {
  override readonly name = 'HttpError';
  declare readonly status: number;
  declare readonly statusText: string;
  declare readonly headers: Headers;
  declare readonly body: unknown;
  declare readonly method: string | undefined;
  declare readonly url: string | undefined;
  declare readonly idempotencyKey: string | undefined;

  constructor(init: HttpErrorInit) {
    const method = init.method?.toUpperCase();
    const where = [method, init.url].filter(Boolean).join(' ');
    super(
      `HTTP ${init.status}${init.statusText ? ` ${init.statusText}` : ''}${where ? ` (${where})` : ''}`,
    );
    this.status = init.status;
    this.statusText = init.statusText ?? '';
    this.headers = toHeaders(init.headers);
    this.body = init.body;
    this.method = method;
    this.url = init.url;
    this.idempotencyKey = init.idempotencyKey;
  }
}
