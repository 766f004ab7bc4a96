import { FieldCollector } from './collect';
import { levels } from './levels';
import { parseSeconds } from './retryAfter';
import { asCode, get, getString, isErrorStatus, toStatus } from './safe';
import { BARE_CODE, isJsonText, LOCATED } from './text';
import type { DialectResult } from './types';

// Vocabulary: the member names APIs use, most specific first.
const MESSAGE = [
  'detail',
  'message',
  'title',
  'Message',
  'error_description',
  'errorSummary',
  'errorMessage',
  'msg',
  'error',
  'description',
];
const CODE = ['error_code', 'errorCode', 'code', '__type', 'name'];
const STATUS = ['status', 'statusCode', 'httpStatus', 'code'];
const REQUEST_ID = ['traceId', 'requestId', 'request_id', 'correlationId', 'debug_id', 'errorId'];
const DETAIL = ['detail', 'details', 'hint'];
// Firebase: `WEAK_PASSWORD : Password should be at least 6 characters`.
const CODED_TEXT = /^([A-Z][A-Z\d_]+) : (.+)/s;

function first(level: unknown, names: string[]): string | undefined {
  for (const name of names) {
    const text = getString(level, name);
    if (text) return text;
  }
  return undefined;
}

/**
 * The `envelope` dialect: message, code, status, request id and wait hint from the body and the
 * error objects nested in it (innermost first): RFC 9457, Laravel, Stripe, Azure, LoopBack,
 * Strapi, tRPC, FastAPI, PayPal, Okta, Firebase, AWS, PostgREST, GoTrue, OAuth 2 and more.
 * A JSON dump or a bare machine code is never the message; a bare code becomes the code.
 */
export function readEnvelope(body: unknown): DialectResult | undefined {
  const all = levels(body);
  const out: DialectResult = {};
  const fields = new FieldCollector();
  for (let i = all.length - 1; i >= 0; i--) {
    const level = all[i];
    for (const name of MESSAGE) {
      let text = getString(level, name);
      if (out.message || !text || isJsonText(text) || LOCATED.test(text)) continue;
      const coded = CODED_TEXT.exec(text);
      if (coded) {
        out.code ??= coded[1];
        text = coded[2] ?? '';
      }
      if (BARE_CODE.test(text)) out.code ??= text;
      else out.message = text;
    }
    const symbol = getString(level, 'status');
    // tRPC's `data.code` and the OAuth `error` name a kind, as google.rpc's `status` does.
    out.statusCode ||=
      (symbol && !toStatus(symbol) ? symbol : '') ||
      (get(level, 'httpStatus') === undefined ? '' : getString(level, 'code')) ||
      (getString(level, 'error_description') && getString(level, 'error')) ||
      undefined;
    for (const name of CODE) {
      const value = get(level, name);
      // Numbers in the error range are statuses; JSON-RPC's negative codes say nothing.
      let code =
        typeof value === 'number' && (isErrorStatus(value) || value < 0) ? '' : asCode(value);
      if (name === '__type' && code) {
        // AWS JSON protocol: `com.amazon.coral.validate#ValidationException`.
        code = code.slice(code.lastIndexOf('#') + 1);
        out.statusCode ??= code;
      }
      // PayPal's `name` is a code (`INVALID_REQUEST`); a class name such as `ValidationError` is not.
      if (name !== 'name' || BARE_CODE.test(code ?? '')) out.code ||= code;
    }
    out.code ||= out.statusCode ?? (i ? getString(level, 'type') : undefined);
    for (const name of STATUS) out.status ??= toStatus(get(level, name));
    out.requestId ??= first(level, REQUEST_ID);
    out.detail ??= first(level, DETAIL);
    out.retryAfterMs ??= parseSeconds(get(level, 'retry_after') ?? get(level, 'retryAfter'));
    // Stripe names the one parameter its message is about.
    const param = getString(level, 'param');
    const message = getString(level, 'message');
    if (param && message) fields.add(param, [message]);
  }
  if (fields.size) out.fieldErrors = fields.map;
  if (!out.code) delete out.code;
  return Object.values(out).some((v) => v !== undefined) ? out : undefined;
}
