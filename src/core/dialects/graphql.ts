import { FieldCollector } from '../collect';
import { asCode, get, getString, isArray, isRecord, toStatus } from '../safe';
import type { Dialect } from '../types';

/**
 * GraphQL `{ errors: [{ message, path, extensions: { code } }], data }` (Apollo Server,
 * graphql-js, Hasura, Spring GraphQL's `classification`).
 */
export const graphql: Dialect = (body) => {
  const errors = get(body, 'errors');
  if (!isArray(errors) || errors.length === 0) return undefined;
  const first = get(errors, '0');
  if (!isRecord(first) || getString(first, 'message') === undefined) return undefined;
  const extensions = get(first, 'extensions');
  const code = asCode(get(extensions, 'code')) ?? asCode(get(extensions, 'classification'));
  const fields = new FieldCollector();
  const formErrors: string[] = [];
  for (const item of errors.slice(0, 1000)) {
    const text = getString(item, 'message');
    if (!text) continue;
    const ext = get(item, 'extensions');
    const field = getString(ext, 'field') ?? getString(ext, 'argumentName');
    if (field) fields.add(field, [text]);
    else formErrors.push(text);
  }
  return {
    message: getString(first, 'message'),
    code,
    statusCode: code,
    status: toStatus(get(get(extensions, 'http'), 'status')),
    fieldErrors: fields.map,
    formErrors,
  };
};
