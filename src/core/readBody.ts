import { keyOf, readErrorItems } from './bodyItems';
import { FieldCollector, flattenFieldDict, messagesOf } from './collect';
import { readGoogleDetails } from './googleDetails';
import { parseSeconds } from './retryAfter';
import { asCode, get, getString, isArray, isBag, isRecord, ownKeys, toStatus } from './safe';
import type { DialectResult } from './types';

const FORM_KEYS = ['non_field_errors', '__all__', 'base', ''];
const META_KEYS = new Set([...FORM_KEYS, 'detail', 'code', 'status', 'message', 'error', 'type']);
const isFormKey = (key: string) => FORM_KEYS.includes(key);
const isMetaKey = (key: string) => META_KEYS.has(key);

// Django REST Framework and Rails send a bare field dictionary; every other member of an
// envelope is a string or number, which keeps envelopes from being mistaken for one.
function isFieldDict(body: unknown): boolean {
  for (const key of ownKeys(body)) if (!isMetaKey(key) && !isBag(get(body, key))) return false;
  return true;
}

/**
 * Reads every dialect errorkit knows from one parsed body, by shape: RFC 9457 problem details and
 * ASP.NET ValidationProblemDetails, `{ message, errors: {...} }` (Laravel), `{ status, exception }`
 * envelopes, JSON:API, google.rpc.Status, Stripe, GitHub, DRF and Rails dictionaries, Spring Boot,
 * NestJS, GraphQL, AWS API Gateway and OAuth errors.
 */
export function readBody(body: unknown): DialectResult | undefined {
  if (!isBag(body)) return undefined;
  const fields = new FieldCollector();
  const form: string[] = [];
  const out: DialectResult = { fieldErrors: fields.map, formErrors: form };
  const exception = get(body, 'exception');
  const error = get(body, 'error');
  const errors = isArray(body) ? body : get(body, 'errors');
  const message = get(body, 'message');
  const first = isArray(errors) ? get(errors, '0') : undefined;
  const extensions = get(first, 'extensions');

  if (isArray(errors)) readErrorItems(errors, fields, form);
  else if (isRecord(errors)) {
    flattenFieldDict(errors, fields, { skip: isFormKey, formKey: isFormKey, form });
  } else if (isRecord(body) && !isRecord(error) && !isRecord(exception) && isFieldDict(body)) {
    flattenFieldDict(body, fields, { skip: isMetaKey, formKey: isFormKey, form, listsOnly: true });
  }
  if (isArray(message)) form.push(...(messagesOf(message) ?? []));

  if (isRecord(error)) {
    // google.rpc.Status (`code` is the HTTP status, `status` the symbol) or Stripe-style.
    readGoogleDetails(get(error, 'details'), out, fields);
    out.message ??= getString(error, 'message');
    const param = getString(error, 'param');
    if (param && out.message) fields.add(param, [out.message]);
    out.statusCode = getString(error, 'status');
    out.code ??= getString(error, 'code') ?? out.statusCode ?? getString(error, 'type');
    out.status = toStatus(get(error, 'code'));
    out.requestId ??= getString(error, 'request_id');
  }
  const oauth = getString(body, 'error_description');
  out.message ??=
    getString(exception, 'message') ??
    getString(body, 'detail') ??
    (typeof message === 'string' ? message : undefined) ??
    getString(body, 'title') ??
    getString(body, 'Message') ??
    oauth ??
    getString(body, 'errorMessage') ??
    (typeof error === 'string' ? error : undefined) ??
    getString(first, 'message');
  const symbol = asCode(get(extensions, 'code')) ?? asCode(get(extensions, 'classification'));
  out.statusCode ??= symbol;
  out.code ??=
    asCode(get(exception, 'code')) ??
    symbol ??
    // An item's code speaks for the response only when the item is not about one field.
    (isBag(first) && keyOf(first) === undefined ? asCode(get(first, 'code')) : undefined) ??
    asCode(get(body, 'code')) ??
    asCode(get(body, 'errorCode')) ??
    (oauth ? getString(body, 'error') : undefined);
  out.status ??=
    toStatus(get(body, 'status')) ??
    toStatus(get(body, 'statusCode')) ??
    toStatus(get(first, 'status')) ??
    toStatus(get(get(extensions, 'http'), 'status'));
  out.detail = getString(body, 'detail');
  out.retryAfterMs ??= parseSeconds(get(body, 'retry_after') ?? get(body, 'retryAfter'));
  out.requestId ??=
    getString(body, 'traceId') ??
    getString(body, 'requestId') ??
    getString(body, 'request_id') ??
    getString(body, 'correlationId');
  return out;
}
