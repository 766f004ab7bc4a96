import { get, isArray, isBag, ownKeys } from './safe';

/** The response headers the classifier reads, by lower-case name. */
export const WANTED_HEADERS = [
  'content-type',
  'date',
  'retry-after',
  'ratelimit',
  'ratelimit-reset',
  'ratelimit-remaining',
  'x-ratelimit-reset',
  'x-ratelimit-remaining',
  'x-request-id',
  'request-id',
  'x-correlation-id',
  'x-amzn-requestid',
  'x-amz-request-id',
  'x-github-request-id',
  'x-trace-id',
  'cf-ray',
  'traceparent',
  'x-cloud-trace-context',
] as const;

export type WantedHeader = (typeof WANTED_HEADERS)[number];
export type HeaderValues = Partial<Record<WantedHeader, string>>;

const WANTED: ReadonlySet<string> = new Set(WANTED_HEADERS);

function keep(out: HeaderValues, name: unknown, value: unknown): void {
  if (typeof name !== 'string') return;
  const lower = name.toLowerCase();
  if (!WANTED.has(lower) || lower in out) return;
  if (typeof value === 'string') out[lower as WantedHeader] = value;
  else if (typeof value === 'number' && Number.isFinite(value)) {
    out[lower as WantedHeader] = String(value);
  } else if (isArray(value) && typeof value[0] === 'string') {
    out[lower as WantedHeader] = value.join(', ');
  }
}

/**
 * Picks the headers the classifier needs out of anything header-shaped, in one pass:
 * a fetch `Headers`, a `Map`, entry pairs, axios' `AxiosHeaders` or a plain object of any case.
 */
export function readHeaders(headers: unknown): HeaderValues {
  const out: HeaderValues = {};
  if (!isBag(headers)) return out;
  try {
    if (typeof Headers !== 'undefined' && headers instanceof Headers) {
      headers.forEach((value, name) => {
        keep(out, name, value);
      });
      return out;
    }
    if (headers instanceof Map || isArray(headers)) {
      for (const entry of headers as Iterable<unknown>) {
        if (isArray(entry)) keep(out, entry[0], entry[1]);
      }
      return out;
    }
  } catch {
    return out;
  }
  for (const name of ownKeys(headers)) keep(out, name, get(headers, name));
  return out;
}
