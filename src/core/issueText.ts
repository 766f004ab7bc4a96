import type { FieldCollector } from './fieldCollector';
import { ISSUE_TEXT } from './text';

// One failure a match: Fastify's Ajv text (`body/address must have required property 'city'`),
// bracketed paths (`[body.email] Invalid email address`, joined by `; `), go-playground/validator
// (`Key: 'Order.Email' Error:Field validation for 'Email' failed on the 'email' tag`, a line
// each), and Go's binders naming a mistyped value (encoding/json's `Go struct field
// Item.items.qty`, Echo's `field=items.qty`).
const ISSUES =
  /^[a-z]+(\/\S*)? (?:must have required property '([^']+)'|(.+))|\[([\w.]+)\] (.+?)(?=; \[|$)|Key: '\w*\.?([^']*)'.*?'(\w+)' tag|field(?: \w*\.|=)([\w.]+)/gs;

/** Reads an issue list sent as text into `fields`. */
export function readIssueText(text: string, fields: FieldCollector): void {
  if (!ISSUE_TEXT.test(text)) return;
  for (const [, at = '', missing, problem, path = '', message, key, tag, mistyped] of text
    .slice(0, 8192)
    .matchAll(ISSUES)) {
    if (missing) fields.addCode(`${at}/${missing}`, 'required');
    else if (problem) at && fields.add(at, [problem]);
    else if (message) fields.add(path, [message]);
    // A Go struct's field names (`Items[1].Qty`) in lower case, as JSON members usually are;
    // `fieldNameMatches` finds `firstName` and `first_name` from `firstname`.
    else
      fields.addCode(
        (key ?? mistyped ?? '').toLowerCase(),
        tag?.startsWith('req') ? 'required' : 'invalid',
      );
  }
}
