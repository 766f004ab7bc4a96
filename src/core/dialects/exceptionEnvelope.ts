import { asCode, get, getString, isRecord, toStatus } from '../safe';
import type { Dialect } from '../types';

/** `{ version, status, exception: { message, code } }`, an envelope with numeric exception codes. */
export const exceptionEnvelope: Dialect = (body) => {
  const exception = get(body, 'exception');
  if (!isRecord(exception)) return undefined;
  return {
    message: getString(exception, 'message'),
    code: asCode(get(exception, 'code')),
    status: toStatus(get(body, 'status')),
  };
};
