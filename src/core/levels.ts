import { normalizeFieldPath } from './fieldPath';
import { parseSeconds } from './retryAfter';
import {
  asCode,
  type Bag,
  get,
  isArray,
  isBag,
  isRecord,
  isStatus,
  nonBlank,
  ownKeys,
  toStatus,
} from './safe';
import { BARE_CODE, isJsonText, LOCATED } from './text';

/**
 * The vocabulary: parts of an answer and the member names APIs carry them in, most specific
 * first. `M` message, `C` code, `S` status, `R` request id, `D` detail, `W` wait hint, `L` a
 * list of error items, `N` an error object nested in this one (`{ error: {...} }`, `exception`,
 * FastAPI's `detail`, Strapi's `details`, superjson's `json`, tRPC's `data` and `zodError`).
 * `T` and `K` are an error item's text and field. Other members are read from the node itself;
 * `H` only says whether some of them are there.
 */
const VOCABULARY = {
  M: 'detail message title Message error_description errorSummary errorMessage msg error description',
  C: 'error_code errorCode code __type name',
  S: 'status statusCode httpStatus code',
  R: 'traceId requestId request_id correlationId debug_id errorId',
  D: 'detail details hint',
  W: 'retry_after retryAfter',
  L: 'inner issues detail violations errorCauses details errors message data',
  N: 'error exception detail details json data zodError',
  // In an error item: its text, and the field it names (a string, JSON Pointer or path array).
  T: 'detail message msg defaultMessage description title errorSummary issue',
  K: 'field param property propertyPath pointer loc path target instancePath',
  // Only whether one is there, so that readers skip the look-ups an object cannot answer: a
  // map of messages, an error item's typed or located members.
  H: 'errors fieldErrors formErrors _errors @type extensions locations source fields',
};
type Part = keyof typeof VOCABULARY;
const PARTS = Object.keys(VOCABULARY) as Part[];
const NESTS = VOCABULARY.N.split(' ');
const NO_RANKS = PARTS.map(() => 99);
// Per member name, its parts (as indexes into PARTS) and ranks in turn: `[part, rank, ...]`.
const ROLES: Record<string, number[]> = Object.create(null);
PARTS.forEach((part, index) => {
  VOCABULARY[part].split(' ').forEach((name, rank) => {
    ROLES[name] ??= [];
    ROLES[name].push(index, rank);
  });
});
const NAMES = Object.keys(ROLES);

function accept(part: Part, name: string, value: unknown): unknown {
  const text = nonBlank(value);
  if (part === 'M') return text && !isJsonText(text) && !LOCATED.test(text) ? text : undefined;
  if (part === 'C') {
    // Numbers in the error range are statuses, JSON-RPC's negative codes say nothing; AWS
    // `__type` is `namespace#Name`; PayPal's `name` is a code, `ValidationError` is not.
    if (typeof value === 'number' && (isStatus(value, 400) || value < 0)) return undefined;
    const code = name === '__type' ? text?.split('#').pop() : asCode(value);
    return name === 'name' && !BARE_CODE.test(code ?? '') ? undefined : code;
  }
  if (part === 'H') return true;
  if (part === 'S') return toStatus(value);
  if (part === 'W') return parseSeconds(value);
  if (part === 'L') return isArray(value) && value.length ? value : undefined;
  if (part === 'K')
    return isArray(value)
      ? normalizeFieldPath(value)
      : typeof value === 'string'
        ? value
        : undefined;
  return text;
}

/**
 * The best member per part of one object; `N` holds its nested error objects in vocabulary
 * order (with gaps).
 */
export class Found {
  M?: string;
  C?: string;
  S?: number;
  R?: string;
  D?: string;
  W?: number;
  L?: unknown[];
  N?: Bag[];
  T?: string;
  K?: string;
  H?: boolean;
}

/** Reads an object's members once, against the vocabulary. */
export function scan(node: unknown): Found {
  // A class instance: every part from the start, so that all answers share one shape.
  const found = new Found();
  // Copying a list is far cheaper than `Array(n).fill()`.
  const ranks = NO_RANKS.slice();
  // Class instances (a GraphQLError, say) may keep members off their own enumerable keys.
  const keys = isArray(node) ? [] : isRecord(node) ? ownKeys(node) : NAMES;
  for (let i = 0; i < keys.length && i < 200; i++) {
    const name = keys[i] as string;
    const roles = ROLES[name];
    if (!roles) continue;
    const raw = get(node, name);
    if (raw === undefined) continue;
    for (let r = 0; r < roles.length; r += 2) {
      const part = PARTS[roles[r] as number] as Part;
      const rank = roles[r + 1] as number;
      // Every nested error object is kept, in vocabulary order, for `levels`.
      if (part === 'N') {
        if (!isRecord(raw)) continue;
        found.N ??= [];
        found.N[rank] = raw;
      } else if ((ranks[roles[r] as number] as number) > rank) {
        const value = accept(part, name, raw);
        if (value !== undefined) {
          (found as Record<Part, unknown>)[part] = value;
          ranks[roles[r] as number] = rank;
        }
      }
    }
  }
  return found;
}

/** An error object in a body, and what it carries. */
export interface Level {
  node: Bag;
  found: Found;
}

let lastBody: unknown;
let lastLevels: Level[] = [];

/**
 * The body and the error objects nested in it, outermost first (at most eight). A batch
 * (`[{ error }]`, tRPC) is read through its first failed entry. The dialects of one
 * classification share the answer; `fresh` starts a new classification.
 */
export function levels(body: unknown, fresh = false): Level[] {
  if (body === lastBody && !fresh) return lastLevels;
  let top = body;
  for (let i = 0; i < 20 && isArray(body); i++) {
    if (isRecord(get(body[i], 'error'))) {
      top = body[i];
      break;
    }
  }
  const out: Level[] = isBag(top) ? [{ node: top, found: scan(top) }] : [];
  for (let i = 0; i < out.length && out.length < 8; i++) {
    const nested = (out[i] as Level).found.N;
    for (let rank = 0; nested && rank < nested.length; rank++) {
      const child = nested[rank];
      const found = child && scan(child);
      // A top-level `data` is a payload, unless it lists error items (oRPC's `data.issues`).
      if (found && (i || NESTS[rank] !== 'data' || found.L) && !out.some((l) => l.node === child))
        out.push({ node: child as Bag, found });
    }
  }
  lastBody = body;
  lastLevels = out;
  return out;
}
