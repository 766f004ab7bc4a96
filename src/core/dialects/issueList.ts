import { collected, FieldCollector } from '../fieldCollector';
import { normalizeFieldPath } from '../fieldPath';
import { asCode, get, getString, isArray, isBag, toStatus } from '../safe';
import { BARE_CODE, CODED_TEXT, isJsonText, LOCATED } from '../text';
import type { DialectResult, FieldMessageCode } from '../types';
import { type Found, type Level, levelsOf, scan } from '../vocabulary';

// GitHub sends codes, not sentences, for its standard field errors.
function fieldCode(code: string): FieldMessageCode {
  if (code.startsWith('missing')) return 'required';
  return code === 'already_exists' ? 'taken' : 'invalid';
}

function keyOf(item: object, found: Found): string | undefined {
  if (!found.H) return found.K;
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
 * API Platform, Ajv, Okta, Salesforce. Items with a key become field errors, the rest form
 * errors; the first item's code speaks for the response when it is form-level.
 */
function readErrorItems(
  items: unknown[],
  fields: FieldCollector,
  form: string[],
  out: DialectResult,
): void {
  for (let index = 0; index < items.length && index < 1000; index++) {
    const item = items[index];
    if (typeof item === 'string') form.push(item);
    if (!isBag(item)) continue;
    const found = scan(item);
    // google.rpc details are typed payloads read by their own dialect.
    if (found.H && get(item, '@type') !== undefined) continue;
    // Ajv names a missing member beside its object's path: `/address` + `missingProperty: 'city'`.
    const missing = get(get(item, 'params'), 'missingProperty');
    const key = missing ? normalizeFieldPath([keyOf(item, found), missing]) : keyOf(item, found);
    const code = asCode(get(item, 'code'));
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
    if (!index) {
      out.code ??= code;
      out.status ??= toStatus(get(item, 'status'));
    }
  }
}

// Fastify's Ajv error as text: `body/address must have required property 'city'`.
const AJV = /^\w+(\/\S*)? (?:must have required property '([^']+)'|(.+))/;

/** The `issue-list` dialect: lists of error items on the body or any error object in it. */
export function readIssueList(
  body: unknown,
  all: Level[] = levelsOf(body),
): DialectResult | undefined {
  const fields = new FieldCollector();
  const form: string[] = [];
  const out: DialectResult = {};
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
    if (list) readErrorItems(list, fields, form, out);
    const ajv = LOCATED.test(text) && AJV.exec(text);
    if (ajv) {
      const [, path = '', missing, problem = ''] = ajv;
      if (missing) fields.addCode(`${path}/${missing}`, 'required');
      else fields.add(path, [problem]);
    }
  }
  return collected(fields, form, out);
}
