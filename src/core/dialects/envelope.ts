import { anyPart, FieldCollector } from '../fieldCollector';
import { get, getString, toStatus } from '../safe';
import { BARE_CODE, CODED_TEXT, STATUS_LINE } from '../text';
import type { DialectResult } from '../types';
import { type Level, levelsOf } from '../vocabulary';

/**
 * The `envelope` dialect: message, code, status, request id and wait hint from the body and the
 * error objects nested in it, innermost first: RFC 9457, Laravel, Stripe, Azure, LoopBack,
 * Strapi, tRPC, FastAPI, PayPal, Okta, Firebase, AWS, PostgREST, GoTrue, OAuth 2 and more.
 * A JSON dump or a bare machine code is never the message; a bare code becomes the code.
 */
export function readEnvelope(
  body: unknown,
  all: Level[] = levelsOf(body),
): DialectResult | undefined {
  const out: DialectResult = {};
  const fields = new FieldCollector();
  let bare: string | undefined;
  for (let i = all.length - 1; i >= 0; i--) {
    const { node, found } = all[i] as Level;
    let message = found.M;
    const coded = message && CODED_TEXT.exec(message);
    if (coded) {
      bare ??= coded[1];
      message = coded[2];
    } else if (message && BARE_CODE.test(message)) {
      bare ??= message;
      message = undefined;
    }
    out.message ??= message;
    const status = getString(node, 'status');
    // google.rpc `status`, tRPC's `data.code`, AWS `__type` and the OAuth 2 `error` name a kind.
    out.statusCode ??=
      (status && !toStatus(status) ? status : undefined) ??
      (get(node, 'httpStatus') === undefined && get(node, '__type') === undefined
        ? undefined
        : found.C) ??
      (get(node, 'error_description') ? getString(node, 'error') : undefined);
    // A nested `type` is a code (Stripe); on the body only when it reads as one (Moleculer's
    // `VALIDATION_ERROR`), since RFC 9457's `type` is a URI.
    const type = getString(node, 'type');
    out.code ??= found.C ?? (type && (i || BARE_CODE.test(type)) ? type : undefined);
    out.status ??= found.S;
    out.requestId ??= found.R;
    // Pyramid's `code` is the status line: for developers.
    out.detail ??= found.D ?? STATUS_LINE.exec(getString(node, 'code') ?? '')?.[0];
    out.retryAfterMs ??= found.W;
    // Stripe names the one parameter its message is about.
    const param = getString(node, 'param');
    if (param && message) fields.add(param, [message]);
  }
  out.code ??= out.statusCode ?? bare;
  if (fields.size) out.fieldErrors = fields.map;
  return anyPart(out);
}
