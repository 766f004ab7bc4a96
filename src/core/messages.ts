import { ERROR_KINDS, type FieldMessageCode, type MessageCatalog } from './types';

/**
 * English for a field the server named by a code alone. `invalid` also stands in when every
 * server message was withheld: the field failed, so it keeps a message.
 */
export const englishFieldMessages: Record<FieldMessageCode, string> = {
  required: 'This field is required.',
  taken: 'This value is already taken.',
  invalid: 'Check this answer.',
};

// Title and message per kind, in ERROR_KINDS order.
const TEXTS = [
  // validation
  'Check your answers',
  'Some of the details you entered need correcting. Check them and try again.',
  // unauthenticated
  'Your session has ended',
  'Sign in again to continue. What you entered on this page is kept.',
  // forbidden
  'You do not have access',
  'Your account is not allowed to do this. Ask an administrator if you need access.',
  // not-found
  'Not found',
  'We could not find what you asked for. It may have been moved or deleted.',
  // conflict
  'This has changed',
  'This clashes with a change made elsewhere. Refresh to see the latest version, then try again.',
  // rate-limited
  'Too many requests',
  'You have made too many requests in a short time. Wait a moment, then try again.',
  // unavailable
  'Service unavailable',
  'The service is not available right now. Try again in a few minutes.',
  // server
  'Something went wrong',
  'Something went wrong on the server. Try again later.',
  // timeout
  'This is taking too long',
  'The server took too long to answer. Try again.',
  // network
  'Could not connect',
  'Check your internet connection, then try again.',
  // cancelled
  'Request cancelled',
  'The request was cancelled before it finished.',
  // client
  'This could not be done',
  'The request could not be completed. Try again, or contact support if it keeps happening.',
  // unknown
  'Something went wrong',
  'Something unexpected happened. Try again, or contact support if it keeps happening.',
];
/**
 * The default English titles and messages. Plain language: say what happened and what to do
 * next, without status numbers or jargon.
 */
export const englishMessages = {} as MessageCatalog;
ERROR_KINDS.forEach((kind, i) => {
  englishMessages[kind] = { title: TEXTS[2 * i] as string, message: TEXTS[2 * i + 1] as string };
});
