import { collected, FieldCollector } from '../fieldCollector';
import { parseSeconds } from '../retryAfter';
import { get, getNumber, getString, isArray, isRecord } from '../safe';
import type { DialectResult } from '../types';

/**
 * The `google-rpc` dialect: google.rpc.Status `details[]`, each recognised by its `@type`
 * (BadRequest, RetryInfo, ErrorInfo, LocalizedMessage, RequestInfo).
 */
export function readGoogleRpc(body: unknown): DialectResult | undefined {
  const details = get(get(body, 'error'), 'details');
  if (!isArray(details)) return undefined;
  const out: DialectResult = {};
  const fields = new FieldCollector();
  for (const detail of details.slice(0, 100)) {
    const name = (getString(detail, '@type') ?? '').split('.').pop();
    if (name === 'BadRequest') {
      const violations = get(detail, 'fieldViolations');
      for (const v of isArray(violations) ? violations.slice(0, 1000) : []) {
        const field = getString(v, 'field');
        const text = getString(v, 'description');
        if (field !== undefined && text) fields.add(field, [text]);
      }
    } else if (name === 'RetryInfo') {
      const delay = get(detail, 'retryDelay');
      out.retryAfterMs ??= isRecord(delay)
        ? parseSeconds((getNumber(delay, 'seconds') ?? 0) + (getNumber(delay, 'nanos') ?? 0) / 1e9)
        : parseSeconds(delay);
    } else if (name === 'ErrorInfo') {
      out.code ??= getString(detail, 'reason');
    } else if (name === 'LocalizedMessage') {
      out.message = getString(detail, 'message') ?? out.message;
    } else if (name === 'RequestInfo') {
      out.requestId ??= getString(detail, 'requestId');
    }
  }
  return collected(fields, [], out);
}
