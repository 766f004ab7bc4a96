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

/** Headers never copied into {@link HttpError.toJSON}: credentials stay on the server. */
const PRIVATE_HEADERS = /^(set-cookie|cookie|authorization|proxy-authorization)$/i;

/** What an {@link HttpError} becomes in JSON, or when React passes it to the browser. */
export interface HttpErrorJSON {
  name: 'HttpError';
  status: number;
  statusText: string;
  headers: Record<string, string>;
  body: unknown;
  method?: string;
  url?: string;
  idempotencyKey?: string;
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

  /**
   * Plain data that classifies like the error itself (status, headers, body, method, url):
   * `JSON.stringify(error)`, or a server action's return value.
   */
  toJSON(): HttpErrorJSON {
    const headers: Record<string, string> = {};
    this.headers.forEach((value, name) => {
      if (!PRIVATE_HEADERS.test(name)) headers[name] = value;
    });
    const json: HttpErrorJSON = {
      name: 'HttpError',
      status: this.status,
      statusText: this.statusText,
      headers,
      body: this.body,
    };
    if (this.method) json.method = this.method;
    if (this.url) json.url = this.url;
    if (this.idempotencyKey) json.idempotencyKey = this.idempotencyKey;
    return json;
  }
}
