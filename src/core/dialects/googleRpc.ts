import { FieldCollector } from '../collect';
import { parseSeconds } from '../retryAfter';
import { get, getNumber, getString, isArray, isRecord, toStatus } from '../safe';
import type { Dialect, DialectResult } from '../types';

function typeName(detail: unknown): string {
  const type = getString(detail, '@type') ?? '';
  return type.slice(type.lastIndexOf('/') + 1).replace(/^google\.rpc\./, '');
}

function readDetail(detail: unknown, out: DialectResult, fields: FieldCollector): void {
  switch (typeName(detail)) {
    case 'BadRequest': {
      const violations = get(detail, 'fieldViolations');
      if (!isArray(violations)) return;
      for (const v of violations.slice(0, 1000)) {
        const field = getString(v, 'field');
        const text =
          getString(v, 'description') ?? getString(get(v, 'localizedMessage'), 'message');
        if (field !== undefined && text) fields.add(field, [text]);
      }
      return;
    }
    case 'RetryInfo': {
      const delay = get(detail, 'retryDelay');
      out.retryAfterMs ??= isRecord(delay)
        ? parseSeconds((getNumber(delay, 'seconds') ?? 0) + (getNumber(delay, 'nanos') ?? 0) / 1e9)
        : parseSeconds(delay);
      return;
    }
    case 'ErrorInfo':
      out.code ??= getString(detail, 'reason');
      return;
    case 'LocalizedMessage':
      out.message = getString(detail, 'message') ?? out.message;
      return;
    case 'RequestInfo':
      out.requestId ??= getString(detail, 'requestId');
      return;
  }
}

/** google.rpc.Status as JSON: `{ error: { code, status, message, details[] } }`. */
export const googleRpc: Dialect = (body) => {
  const error = get(body, 'error');
  if (!isRecord(error)) return undefined;
  const status = getString(error, 'status');
  if (status === undefined && getNumber(error, 'code') === undefined) return undefined;
  if (getString(error, 'type') !== undefined && status === undefined) return undefined;
  const fields = new FieldCollector();
  const out: DialectResult = {
    message: getString(error, 'message'),
    statusCode: status,
    status: toStatus(get(error, 'code')),
    fieldErrors: fields.map,
  };
  const details = get(error, 'details');
  if (isArray(details)) for (const d of details.slice(0, 100)) readDetail(d, out, fields);
  out.code ??= status;
  return out;
};
