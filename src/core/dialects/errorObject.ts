import { asCode, get, getString, isRecord } from '../safe';
import type { Dialect } from '../types';

/** Stripe-style `{ error: { type, code, message, param } }` (also used by OpenAI-style APIs). */
export const errorObject: Dialect = (body) => {
  const error = get(body, 'error');
  if (!isRecord(error)) return undefined;
  const message = getString(error, 'message');
  const type = getString(error, 'type');
  if (message === undefined && type === undefined) return undefined;
  const param = getString(error, 'param');
  return {
    message,
    code: asCode(get(error, 'code')) ?? type,
    fieldErrors: param && message ? { [param]: [message] } : undefined,
    requestId: getString(error, 'request_id'),
  };
};
