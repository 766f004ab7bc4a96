import type { FieldCollector } from './collect';
import { parseSeconds } from './retryAfter';
import { get, getNumber, getString, isArray, isRecord } from './safe';
import type { DialectResult } from './types';

/**
 * Reads google.rpc.Status `details[]`: BadRequest.fieldViolations, RetryInfo, ErrorInfo,
 * LocalizedMessage and RequestInfo, each recognised by its `@type`.
 */
export function readGoogleDetails(
  details: unknown[],
  out: DialectResult,
  fields: FieldCollector,
): void {
  for (const detail of details.slice(0, 100)) {
    const type = getString(detail, '@type') ?? '';
    const name = type.split('.').pop();
    if (name === 'BadRequest') {
      const violations = get(detail, 'fieldViolations');
      if (isArray(violations)) {
        for (const v of violations.slice(0, 1000)) {
          const field = getString(v, 'field');
          const text = getString(v, 'description');
          if (field !== undefined && text) fields.add(field, [text]);
        }
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
}
