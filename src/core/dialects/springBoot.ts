import { FieldCollector } from '../collect';
import { get, getString, isArray, toStatus } from '../safe';
import type { Dialect } from '../types';

/** Spring Boot's default error body: `{ timestamp, status, error, message, path, errors[] }`. */
export const springBoot: Dialect = (body) => {
  if (getString(body, 'error') === undefined) return undefined;
  if (getString(body, 'path') === undefined && get(body, 'timestamp') === undefined)
    return undefined;
  const fields = new FieldCollector();
  const formErrors: string[] = [];
  const errors = get(body, 'errors');
  if (isArray(errors)) {
    for (const item of errors.slice(0, 1000)) {
      const text = getString(item, 'defaultMessage') ?? getString(item, 'message');
      if (!text) continue;
      const field = getString(item, 'field');
      if (field) fields.add(field, [text]);
      else formErrors.push(text);
    }
  }
  return {
    message: getString(body, 'message'),
    status: toStatus(get(body, 'status')),
    requestId: getString(body, 'requestId'),
    fieldErrors: fields.map,
    formErrors,
  };
};
