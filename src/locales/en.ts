import { englishFieldMessages, englishMessages } from '../core/messages';
import type { ErrorKitMessages } from './types';

/** The English catalog, errorkit's default. Plain language, GOV.UK style. */
export const en: ErrorKitMessages = {
  locale: 'en',
  dir: 'ltr',
  kinds: englishMessages,
  errorPrefix: 'Error:',
  summaryTitle: 'There is a problem',
  reference: 'Reference: {id}',
  retryNow: 'Retry now',
  stop: 'Stop',
  tryAgain: 'Try again',
  retryingIn: { one: 'Trying again in {count} second', other: 'Trying again in {count} seconds' },
  retryingInMinutes: {
    one: 'Trying again in {count} minute',
    other: 'Trying again in {count} minutes',
  },
  attempt: 'Attempt {attempt} of {max}',
  paused: 'Paused while you are offline. It will carry on when you are back online.',
  stopped: 'Automatic retries are stopped.',
  willRetry: 'We will try again automatically.',
  retrying: 'Trying again now.',
  exhausted: 'We tried several times without success.',
  notRetried: 'This was not retried automatically, so nothing is sent twice.',
  signInAgain: 'Sign in again',
  signingIn: 'Signing in…',
  signInFailed: 'Signing in did not work. Try again.',
  askForAccess: 'Ask {contact} to give you access.',
  requestAccess: 'Request access',
  fields: englishFieldMessages,
  statusPage: 'Check the service status',
  contactSupport: 'Contact support',
  signedIn: 'You are signed in again',
  notSentYet: 'What you entered has not been sent yet. Send it again when you are ready.',
  sendAgain: 'Send again',
};
