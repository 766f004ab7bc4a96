import { messagesOf } from '../collect';
import { get, getString, isArray, toStatus } from '../safe';
import type { Dialect } from '../types';

/** NestJS HttpException: `{ statusCode, message: string | string[], error }`. */
export const nestjs: Dialect = (body) => {
  const status = toStatus(get(body, 'statusCode'));
  if (status === undefined) return undefined;
  const message = get(body, 'message');
  if (isArray(message)) return { status, formErrors: messagesOf(message) ?? [] };
  return { status, message: getString(body, 'message') };
};
