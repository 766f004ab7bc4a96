import { asCode, get, getString, isArray, isBag, toStatus } from '../safe';
import type { DialectResult } from '../types';

/**
 * The `graphql` dialect: the first of `errors[]`, its `extensions.code` or `classification` and
 * `extensions.http.status`. Its field and form errors are the issue-list dialect's.
 */
export function readGraphQL(body: unknown): DialectResult | undefined {
  const errors = get(body, 'errors');
  const first = isArray(errors) ? errors[0] : undefined;
  const extensions = get(first, 'extensions');
  if (!isBag(first) || (extensions === undefined && get(first, 'locations') === undefined)) {
    return undefined;
  }
  const symbol = asCode(get(extensions, 'code')) ?? asCode(get(extensions, 'classification'));
  return {
    message: getString(first, 'message'),
    code: symbol,
    statusCode: symbol,
    status: toStatus(get(get(extensions, 'http'), 'status')),
  };
}
