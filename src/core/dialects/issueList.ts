import { collected, FieldCollector } from '../fieldCollector';
import { normalizeFieldPath } from '../fieldPath';
import { readIssueText } from '../issueText';
import { asCode, get, getString, isArray, isBag, toStatus } from '../safe';
import { BARE_CODE, CODED_TEXT, isJsonText } from '../text';
import type { DialectResult, FieldMessageCode } from '../types';
import { type Found, type Level, levelsOf, scan } from '../vocabulary';

// GitHub sends codes, not sentences, for its standard field errors.
function fieldCode(code: string): FieldMessageCode {
  if (code.startsWith('missing')) return 'required';
  return code === 'already_exists' ? 'taken' : 'invalid';
}

function keyOf(item: object, found: Found): string | undefined {
  // Clerk names the parameter in `meta.param_name`.
  if (!found.H) return found.K ?? getString(get(item, 'meta'), 'param_name');
  const extensions = get(item, 'extensions');
  // A GraphQL error's `path` is where in the response it happened, not an input field.
  if (extensions !== undefined || get(item, 'locations') !== undefined) {
    return getString(extensions, 'field') ?? getString(extensions, 'argumentName');
  }
  const source = get(item, 'source');
  const fields = get(item, 'fields');
  return (
    getString(source, 'pointer') ??
    getString(source, 'parameter') ??
    found.K ??
    (isArray(fields) && typeof fields[0] === 'string' ? fields[0] : undefined)
  );
}

/**
 * Reads a list of error items, whichever API sent it: JSON:API, GraphQL, GitHub, Spring,
 * RFC 9457, FastAPI/Pydantic, Zod and Standard Schema, Yup, express-validator, PayPal, Azure,
 * API Platform, Ajv, Okta, Salesforce, Square, Clerk. Items with a key become field errors, the
 * rest form errors; the first item's code speaks for the response when nothing else does.
 */
function readErrorItems(
  items: unknown[],
  fields: FieldCollector,
  form: string[],
  out: DialectResult,
  coded: boolean,
): void {
  for (let index = 0; index < items.length && index < 1000; index++) {
    const item = items[index];
    if (typeof item === 'string') form.push(item);
    if (!isBag(item)) continue;
    const found = scan(item);
    // google.rpc details are typed payloads read by their own dialect.
    if (found.H && get(item, '@type') !== undefined) continue;
    // Ajv names a missing member beside its object's path: `/address` + `missingProperty: 'city'`,
    // in `params` or (LoopBack) `info`.
    const missing =
      get(get(item, 'params'), 'missingProperty') ?? get(get(item, 'info'), 'missingProperty');
    const key = missing
      ? normalizeFieldPath([keyOf(item, found) ?? '', missing])
      : keyOf(item, found);
    // GitHub's GraphQL names the error's kind in `type`.
    const code = asCode(get(item, 'code')) ?? BARE_CODE.exec(getString(item, 'type') ?? '')?.[0];
    // The first item's code speaks for the response, even one naming a field when it is the only
    // item (Square) and the body has no code of its own (LoopBack's VALIDATION_FAILED).
    if (!index && (key === undefined || !(coded || items[1]))) out.code ??= code;
    const given = found.T ?? getString(get(item, 'errors'), '0');
    const text = (given && CODED_TEXT.exec(given)?.[2]) || given;
    // Firebase and GitHub send a code where the text belongs.
    const bare = !text || BARE_CODE.test(text);
    if (key !== undefined) {
      const named = code ?? text;
      if (!bare) fields.add(key, [text]);
      else if (named) fields.addCode(key, fieldCode(named));
      continue;
    }
    if (!bare) form.push(text);
    if (!index) out.status ??= toStatus(get(item, 'status'));
  }
}

/** The `issue-list` dialect: lists of error items on the body or any error object in it. */
export function readIssueList(
  body: unknown,
  all: Level[] = levelsOf(body),
): DialectResult | undefined {
  const fields = new FieldCollector();
  const form: string[] = [];
  const out: DialectResult = {};
  const coded = all.some((level) => level.found.C);
  for (const { node, found } of all) {
    let list = isArray(node) ? node : found.L;
    const text = getString(node, 'message') ?? '';
    // Zod's ZodError `message` (Hono's validator, tRPC) is the issue list as JSON text.
    if (!list && isJsonText(text)) {
      try {
        const parsed: unknown = JSON.parse(text);
        if (isArray(parsed)) list = parsed;
      } catch {}
    }
    if (list) readErrorItems(list, fields, form, out, coded);
    readIssueText(found.M ?? '', fields);
  }
  return collected(fields, form, out);
}
