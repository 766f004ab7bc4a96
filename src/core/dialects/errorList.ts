import { FieldCollector } from '../collect';
import { asCode, get, getString, isArray, isRecord } from '../safe';
import type { Dialect } from '../types';

function fieldOf(item: unknown): string | undefined {
  const named =
    getString(item, 'field') ??
    getString(item, 'param') ??
    getString(item, 'path') ??
    getString(item, 'property');
  if (named !== undefined) return named;
  const fields = get(item, 'fields');
  return isArray(fields) && typeof fields[0] === 'string' ? fields[0] : undefined;
}

function textOf(item: unknown): string | undefined {
  return getString(item, 'message') ?? getString(item, 'msg') ?? getString(item, 'defaultMessage');
}

/**
 * A list of `{ field | param | path | fields[], message | msg }` items, top-level or under
 * `errors` (express-validator, Salesforce, many hand-written APIs).
 */
export const errorList: Dialect = (body) => {
  const errors = isArray(body) ? body : get(body, 'errors');
  if (!isArray(errors) || errors.length === 0) return undefined;
  const first = get(errors, '0');
  if (!isRecord(first) || textOf(first) === undefined) return undefined;
  if (!errors.slice(0, 1000).some((item) => fieldOf(item) !== undefined)) return undefined;
  const fields = new FieldCollector();
  const formErrors: string[] = [];
  for (const item of errors.slice(0, 1000)) {
    const text = textOf(item);
    if (!text) continue;
    const field = fieldOf(item);
    if (field !== undefined) fields.add(field, [text]);
    else formErrors.push(text);
  }
  return {
    message: isArray(body) ? undefined : getString(body, 'message'),
    code: asCode(get(first, 'errorCode')) ?? asCode(get(first, 'code')),
    fieldErrors: fields.map,
    formErrors,
  };
};
