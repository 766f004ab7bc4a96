import { parseSeconds } from '../retryAfter';
import { asCode, get, getString, toStatus } from '../safe';
import type { Dialect } from '../types';

/**
 * The common top-level members many APIs share: `message` (AWS API Gateway, Express, Rails'
 * `error`), OAuth's `error` + `error_description`, `code`, request ids, `retry_after` seconds
 * and an HTTP `status` echoed in the body.
 */
export const messageBody: Dialect = (body) => {
  const oauthCode =
    getString(body, 'error_description') !== undefined ? getString(body, 'error') : undefined;
  const message =
    getString(body, 'message') ??
    getString(body, 'Message') ??
    getString(body, 'error_description') ??
    getString(body, 'errorMessage') ??
    getString(body, 'error');
  return {
    message,
    code: asCode(get(body, 'code')) ?? oauthCode ?? asCode(get(body, 'errorCode')),
    status: toStatus(get(body, 'status')) ?? toStatus(get(body, 'statusCode')),
    retryAfterMs: parseSeconds(get(body, 'retry_after') ?? get(body, 'retryAfter')),
    requestId:
      getString(body, 'requestId') ??
      getString(body, 'request_id') ??
      getString(body, 'traceId') ??
      getString(body, 'correlationId'),
  };
};
