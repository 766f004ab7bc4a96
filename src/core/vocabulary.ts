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
import { BARE_CODE, isJsonText, STATUS_LINE } from './text';

/**
 * Member names per part of an answer, most specific first, so that a format built from the
 * same members reads without a dialect of its own. `M` message, `C` code, `S` status, `R`
 * request id, `D` detail, `W` wait hint, `L` a list of error items, `N` a nested error object
 * (`{ error: {...} }`, FastAPI's `detail`, superjson's `json`, tRPC's `data`), `T` and `K` an
 * error item's text and field. `H` only says whether a member is there, so that readers skip
 * look-ups an object cannot answer.
 */
const VOCABULARY = {
  M: 'display_message detail message description title Message error_description errorSummary errorMessage msg error',
  C: 'error_code errorCode code __type name id',
  S: 'status statusCode httpStatus code',
  R: 'traceId requestId request_id correlationId debug_id errorId',
  D: 'detail details hint',
  W: 'retry_after retryAfter',
  L: 'inner issues detail violations errorCauses details errors errorMessages message data',
  N: 'error exception detail details json data zodError',
  T: 'detail message msg defaultMessage description title errorSummary issue',
  K: 'field param property propertyPath pointer loc path target instancePath',
  H: 'errors fieldErrors formErrors _errors @type extensions locations source fields',
};
type Part = keyof typeof VOCABULARY;
const PARTS = Object.keys(VOCABULARY) as Part[];
const NESTS = VOCABULARY.N.split(' ');
const NO_RANKS = PARTS.map(() => 99);
// Per member name, `[part index, rank, ...]`: one look-up per member instead of one per part.
const ROLES: Record<string, number[]> = Object.create(null);
PARTS.forEach((part, index) => {
  VOCABULARY[part].split(' ').forEach((name, rank) => {
    ROLES[name] ??= [];
    ROLES[name].push(index, rank);
  });
});
const NAMES = Object.keys(ROLES);

/** Members for messages about the whole form rather than one field. */
const FORM_KEYS = ['non_field_errors', '__all__', 'base', ''];
/** Members that give a body a shape of its own, so it is not a bare field dictionary. */
const STRUCTURE = ['fieldErrors', 'formErrors', '_errors', 'properties', 'issues', 'inner'];
const META_KEYS = new Set([
  ...FORM_KEYS,
  ...STRUCTURE,
  'detail',
  'code',
  'status',
  'message',
  'error',
  'type',
]);
export const isFormKey = (key: string) => FORM_KEYS.includes(key);
export const isMetaKey = (key: string) => META_KEYS.has(key);
export const hasStructure = (node: unknown) =>
  STRUCTURE.some((key) => get(node, key) !== undefined);

function accept(part: Part, name: string, value: unknown): unknown {
  const text = nonBlank(value);
  if (part === 'M') return text && !isJsonText(text) ? text : undefined;
  if (part === 'C') {
    // Error-range numbers are statuses and JSON-RPC's negative codes say nothing; AWS `__type`
    // is `namespace#Name`; PayPal's `name` and DigitalOcean's `id` are codes, but
    // `ValidationError` and a resource's id are not; `401 Unauthorized` is a status line.
    if (typeof value === 'number' && (isStatus(value, 400) || value < 0)) return undefined;
    const code = name === '__type' ? text?.split('#').pop() : asCode(value);
    return ((name === 'name' || name === 'id') && !BARE_CODE.test(code ?? '')) ||
      STATUS_LINE.test(code ?? '')
      ? undefined
      : code;
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

/** The best member per part of one object; `N` keeps every nested error object, by rank. */
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
  // A class instance, so that every answer shares one hidden class.
  const found = new Found();
  const ranks = NO_RANKS.slice();
  // Class instances (a GraphQLError) may keep members off their own enumerable keys.
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

/**
 * The body and the error objects nested in it, outermost first (at most eight). A batch
 * (`[{ error }]`, tRPC) is read through its first failed entry.
 */
export function levelsOf(body: unknown): Level[] {
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
  return out;
}

// One message as some frameworks wrap it: `{ message }`, `{ detail }`, Spring's
// `{ defaultMessage }`, express-validator's `{ msg }`.
function messageOf(item: unknown): string | undefined {
  const text = isRecord(item)
    ? (get(item, 'message') ??
      get(item, 'msg') ??
      get(item, 'detail') ??
      get(item, 'defaultMessage'))
    : item;
  return typeof text === 'string' ? text : undefined;
}

export const MAX_MESSAGES_PER_FIELD = 50;

/**
 * The messages in a field value: a string, or a list of strings / message objects. `undefined`
 * when the list holds nested objects or lists, which may be fields of their own.
 */
export function messagesOf(value: unknown, listsOnly = false): string[] | undefined {
  if (typeof value === 'string') return listsOnly ? undefined : value.trim() ? [value] : [];
  if (!isArray(value)) {
    // express-validator's `.mapped()`: one `{ msg, path, location }` object per field.
    const text = listsOnly ? undefined : messageOf(value);
    return text === undefined ? undefined : [text];
  }
  const out: string[] = [];
  const length = Math.min(value.length, MAX_MESSAGES_PER_FIELD);
  for (let i = 0; i < length; i++) {
    const item = get(value, String(i));
    const text = messageOf(item);
    if (text === undefined) {
      if (isBag(item)) return undefined;
      continue;
    }
    if (text.trim()) out.push(text);
  }
  return out;
}
