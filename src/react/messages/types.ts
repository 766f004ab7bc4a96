// The catalog types live with the framework-free message code; locale files import them here.
export type { ErrorKitMessages, PluralText } from '../../headless/messages/types';
