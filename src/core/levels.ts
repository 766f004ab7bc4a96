import { type Bag, get, isArray, isBag, isRecord } from './safe';

// Members that wrap an error object inside another: `{ error: {...} }` (google.rpc, Stripe, Azure,
// LoopBack, Strapi, tRPC), `{ exception }`, FastAPI's `{ detail: {...} }`, Strapi's
// `error.details`, tRPC's `error.data` and `data.zodError`, superjson's `{ json }`.
const NESTS = ['error', 'exception', 'detail', 'details', 'json', 'data', 'zodError'];

let lastBody: unknown;
let lastLevels: Bag[] = [];

/**
 * The body and the error objects nested in it, outermost first (at most eight). A batch
 * (`[{ error }]`, tRPC) is read through its first failed entry. The dialects of one
 * classification share the answer; `fresh` starts a new classification.
 */
export function levels(body: unknown, fresh = false): Bag[] {
  if (body === lastBody && !fresh) return lastLevels;
  const batch = isArray(body)
    ? body.slice(0, 20).find((entry) => isRecord(get(entry, 'error')))
    : undefined;
  const top = batch ?? body;
  const out: Bag[] = isBag(top) ? [top] : [];
  for (let i = 0; i < out.length && out.length < 8; i++) {
    for (const key of NESTS) {
      const child = get(out[i], key);
      // A top-level `data` is a payload, not an error.
      if (isRecord(child) && !out.includes(child) && (i || key !== 'data')) out.push(child);
    }
  }
  lastBody = body;
  lastLevels = out;
  return out;
}
