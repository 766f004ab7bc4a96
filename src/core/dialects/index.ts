import type { Dialect } from '../types';
import { readEnvelope } from './envelope';
import { readFieldDict } from './fieldDict';
import { readFieldMap } from './fieldMap';
import { readGoogleRpc } from './googleRpc';
import { readGraphQL } from './graphql';
import { readIssueList } from './issueList';
import { readJoi } from './joi';

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
  { name: 'issue-list', read: readIssueList },
  { name: 'field-map', read: readFieldMap },
  { name: 'joi', read: readJoi },
  { name: 'field-dict', read: readFieldDict },
  { name: 'envelope', read: readEnvelope },
  { name: 'graphql', read: readGraphQL },
];
