import type { ClassifyOptions, ErrorKind, KindMessages, MessageCatalog } from './types';

/**
 * The English text for a field whose every server message was withheld (markup, a stack trace):
 * the field still failed, so it keeps a message and its input is still marked.
 */
export const englishFieldMessage = 'Check this answer.';

/**
 * The default English titles and messages. Plain language: say what happened and what to do
 * next, without status numbers or jargon.
 */
export const englishMessages: MessageCatalog = {
  validation: {
    title: 'Check your answers',
    message: 'Some of the details you entered need correcting. Check them and try again.',
  },
  unauthenticated: {
    title: 'Your session has ended',
    message: 'Sign in again to continue. What you entered on this page is kept.',
  },
  forbidden: {
    title: 'You do not have access',
    message: 'Your account is not allowed to do this. Ask an administrator if you need access.',
  },
  'not-found': {
    title: 'Not found',
    message: 'We could not find what you asked for. It may have been moved or deleted.',
  },
  conflict: {
    title: 'This has changed',
    message:
      'This clashes with a change made elsewhere. Refresh to see the latest version, then try again.',
  },
  'rate-limited': {
    title: 'Too many requests',
    message: 'You have made too many requests in a short time. Wait a moment, then try again.',
  },
  unavailable: {
    title: 'Service unavailable',
    message: 'The service is not available right now. Try again in a few minutes.',
  },
  server: {
    title: 'Something went wrong',
    message: 'Something went wrong on the server. Try again later.',
  },
  timeout: {
    title: 'This is taking too long',
    message: 'The server took too long to answer. Try again.',
  },
  network: {
    title: 'Could not connect',
    message: 'Check your internet connection, then try again.',
  },
  cancelled: {
    title: 'Request cancelled',
    message: 'The request was cancelled before it finished.',
  },
  client: {
    title: 'This could not be done',
    message:
      'The request could not be completed. Try again, or contact support if it keeps happening.',
  },
  unknown: {
    title: 'Something went wrong',
    message: 'Something unexpected happened. Try again, or contact support if it keeps happening.',
  },
};

/** The title and message for a kind, with the caller's overrides applied. */
export function messagesFor(kind: ErrorKind, overrides: ClassifyOptions['messages']): KindMessages {
  const base = englishMessages[kind];
  const own = overrides?.[kind];
  if (!own) return base;
  return {
    title: typeof own.title === 'string' && own.title.trim() ? own.title : base.title,
    message: typeof own.message === 'string' && own.message.trim() ? own.message : base.message,
  };
}
