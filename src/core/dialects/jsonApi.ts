import { FieldCollector } from '../collect';
import { asCode, get, getString, isArray, isRecord, toStatus } from '../safe';
import type { Dialect } from '../types';

const MEMBERS = ['source', 'detail', 'title', 'code', 'status', 'meta', 'links', 'id'];

/** JSON:API `{ errors: [{ status, code, title, detail, source: { pointer | parameter } }] }`. */
export const jsonApi: Dialect = (body) => {
  const errors = get(body, 'errors');
  if (!isArray(errors) || errors.length === 0) return undefined;
  const first = get(errors, '0');
  if (!isRecord(first) || getString(first, 'message') !== undefined) return undefined;
  if (!MEMBERS.some((m) => get(first, m) !== undefined)) return undefined;
  const fields = new FieldCollector();
  const formErrors: string[] = [];
  for (const item of errors.slice(0, 1000)) {
    const text = getString(item, 'detail') ?? getString(item, 'title');
    if (!text) continue;
    const source = get(item, 'source');
    const key = getString(source, 'pointer') ?? getString(source, 'parameter');
    if (key) fields.add(key, [text]);
    else formErrors.push(text);
  }
  return {
    message: formErrors[0],
    code: asCode(get(first, 'code')),
    status: toStatus(get(first, 'status')),
    requestId: getString(first, 'id'),
    fieldErrors: fields.map,
    formErrors,
  };
};
