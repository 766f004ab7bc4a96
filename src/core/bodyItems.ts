import type { FieldCollector } from './collect';
import { get, getString, isArray } from './safe';

// GitHub sends codes, not sentences, for its standard field errors.
function codeText(code: string | undefined): string | undefined {
  if (!code) return undefined;
  if (code.startsWith('missing')) return 'This field is required.';
  return code === 'already_exists' ? 'This value is already taken.' : 'This value is not accepted.';
}

/** The field an error item names, from whichever member its API uses. */
export function keyOf(item: unknown): string | undefined {
  const source = get(item, 'source');
  const extensions = get(item, 'extensions');
  const fields = get(item, 'fields');
  return (
    getString(source, 'pointer') ??
    getString(source, 'parameter') ??
    getString(item, 'pointer') ??
    getString(item, 'field') ??
    getString(item, 'param') ??
    getString(item, 'property') ??
    getString(item, 'path') ??
    getString(extensions, 'field') ??
    getString(extensions, 'argumentName') ??
    (isArray(fields) && typeof fields[0] === 'string' ? fields[0] : undefined)
  );
}

/**
 * Reads a list of error items, whichever API sent it: JSON:API (`detail`/`title`, `source.pointer`
 * or `source.parameter`), GraphQL (`message`, `extensions.field`), GitHub (`field`, `code`),
 * Spring (`field`, `defaultMessage`), RFC 9457 (`detail`, `pointer`), express-validator (`msg`,
 * `path`) and Salesforce (`fields[]`). Items with a key become field errors, the rest form errors.
 */
export function readErrorItems(items: unknown[], fields: FieldCollector, form: string[]): void {
  for (const item of items.slice(0, 1000)) {
    if (typeof item === 'string') {
      form.push(item);
      continue;
    }
    const text =
      getString(item, 'detail') ??
      getString(item, 'message') ??
      getString(item, 'msg') ??
      getString(item, 'defaultMessage') ??
      getString(item, 'title') ??
      codeText(getString(item, 'code'));
    if (!text) continue;
    const key = keyOf(item);
    if (key === undefined) form.push(text);
    else fields.add(key, [text]);
  }
}
