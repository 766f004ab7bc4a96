import { collected, FieldCollector } from './collect';
import { readEnvelope } from './envelope';
import { readGoogleDetails } from './googleDetails';
import { readIssueLists } from './readItems';
import { readFieldDict, readFieldMaps, readJoi } from './readMaps';
import { asCode, get, getString, isArray, isBag, toStatus } from './safe';
import type { Dialect, DialectResult } from './types';

// google.rpc.Status `details[]`, each recognised by its `@type`.
function readGoogleRpc(body: unknown): DialectResult | undefined {
  const details = get(get(body, 'error'), 'details');
  if (!isArray(details)) return undefined;
  const out: DialectResult = {};
  const fields = new FieldCollector();
  readGoogleDetails(details, out, fields);
  return collected(fields, [], out);
}

// GraphQL `errors[]`: the first error's message, `extensions.code` or `classification`, and
// `extensions.http.status`. Field and form errors come from the issue-list dialect.
function readGraphQL(body: unknown): DialectResult | undefined {
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

/**
 * The body readers `classifyError` uses, in the order it tries them. Each is recognised by
 * shape and reads a vocabulary of member names rather than one API, so that a format built from
 * the same members works too. When several read a body, the first to find a part wins it.
 *
 * Pass a reordered, filtered or extended copy as `ClassifyOptions.dialects`:
 * `dialects: [myDialect, ...builtInDialects.filter((d) => d.name !== 'field-dict')]`.
 */
export const builtInDialects: readonly Dialect[] = [
  { name: 'google-rpc', read: readGoogleRpc },
  { name: 'issue-list', read: readIssueLists },
  { name: 'field-map', read: readFieldMaps },
  { name: 'joi', read: readJoi },
  { name: 'field-dict', read: readFieldDict },
  { name: 'envelope', read: readEnvelope },
  { name: 'graphql', read: readGraphQL },
];
