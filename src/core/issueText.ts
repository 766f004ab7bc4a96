import type { FieldCollector } from './fieldCollector';
import { ISSUE_TEXT } from './text';

// Fastify's Ajv text: `body/address must have required property 'city'`.
const AJV = /^\w+(\/\S*)? (?:must have required property '([^']+)'|(.+))/;
// go-playground/validator, one failure a line: `Key: 'Order.Email' Error:Field validation for
// 'Email' failed on the 'email' tag`.
const GO_VALIDATOR = /Key: '[^'.]*\.?([^']*)' Error:.*?'(\w+)' tag/g;
// Go's binders name a mistyped value: encoding/json by `<struct>.<json path>`, Echo by `field=`.
const GO_BINDER = /Go struct field [^.\s]*\.?([\w.]+)|field=([\w.]+)/;

// A Go struct's field names, `Items[1].Qty`, as the JSON members they usually are: `items.1.qty`.
const goPath = (path: string) =>
  path.replace(/(^|[.[])([A-Z])/g, (_, at, c) => at + c.toLowerCase());

/**
 * Reads an issue list sent as text into `fields`: Fastify's Ajv line, Go's validator and
 * binders, and bracketed paths (`[body.email] Invalid email address; [body.name] ...`).
 */
export function readIssueText(text: string, fields: FieldCollector): void {
  if (!ISSUE_TEXT.test(text)) return;
  if (text[0] === '[') {
    for (const part of text.split(/; (?=\[)/)) {
      const found = /^\[([^\]]+)\] (.+)/s.exec(part);
      if (found) fields.add(found[1] as string, [found[2] as string]);
    }
    return;
  }
  if (text[0] === 'K') {
    for (const [, path = '', tag = ''] of text.slice(0, 100_000).matchAll(GO_VALIDATOR)) {
      fields.addCode(goPath(path), tag.startsWith('required') ? 'required' : 'invalid');
    }
    return;
  }
  const binder = GO_BINDER.exec(text);
  const [, path = '', missing, problem] = binder ? [] : (AJV.exec(text) ?? []);
  if (binder) fields.addCode(goPath(binder[1] ?? binder[2] ?? ''), 'invalid');
  else if (missing) fields.addCode(`${path}/${missing}`, 'required');
  else if (problem && path) fields.add(path, [problem]);
}
