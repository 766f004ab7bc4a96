import { FieldCollector, flattenFieldDict, messagesOf } from '../collect';
import { asCode, get, getString, isArray, isRecord, toStatus } from '../safe';
import type { Dialect } from '../types';

// RFC 9457's own example: `errors: [{ detail, pointer }]`.
function collectErrorList(errors: unknown[], fields: FieldCollector, form: string[]): void {
  for (const item of errors.slice(0, 1000)) {
    const text =
      getString(item, 'detail') ?? getString(item, 'message') ?? getString(item, 'title');
    if (!text) continue;
    const key = getString(item, 'pointer') ?? getString(item, 'field') ?? getString(item, 'name');
    if (key) fields.add(key, [text]);
    else form.push(text);
  }
}

/**
 * RFC 9457 problem details (`type`, `title`, `status`, `detail`, `instance`) with an `errors`
 * extension, ASP.NET Core's ValidationProblemDetails (`errors: { Field: [...] }`, `traceId`)
 * included.
 */
export const problemDetails: Dialect = (body) => {
  if (!isRecord(body)) return undefined;
  const title = getString(body, 'title');
  const type = getString(body, 'type');
  if (title === undefined && type === undefined) return undefined;
  if (title === undefined && getString(body, 'detail') === undefined) return undefined;
  const fields = new FieldCollector();
  const formErrors: string[] = [];
  const errors = get(body, 'errors');
  if (isArray(errors)) collectErrorList(errors, fields, formErrors);
  else if (isRecord(errors)) flattenFieldDict(errors, fields);
  const general = messagesOf(get(body, 'non_field_errors'));
  if (general) formErrors.push(...general);
  return {
    message: getString(body, 'detail') ?? title,
    detail: getString(body, 'detail'),
    code: asCode(get(body, 'code')) ?? asCode(get(body, 'errorCode')),
    status: toStatus(get(body, 'status')),
    requestId: getString(body, 'traceId') ?? getString(body, 'requestId'),
    fieldErrors: fields.map,
    formErrors,
  };
};
