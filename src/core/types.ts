/** What went wrong, in terms a UI can act on. */
export type ErrorKind =
  | 'validation'
  | 'unauthenticated'
  | 'forbidden'
  | 'not-found'
  | 'conflict'
  | 'rate-limited'
  | 'unavailable'
  | 'server'
  | 'timeout'
  | 'network'
  | 'cancelled'
  | 'client'
  | 'unknown';

/** Every kind, in a stable order. */
export const ERROR_KINDS: readonly ErrorKind[] = [
  'validation',
  'unauthenticated',
  'forbidden',
  'not-found',
  'conflict',
  'rate-limited',
  'unavailable',
  'server',
  'timeout',
  'network',
  'cancelled',
  'client',
  'unknown',
];

/** Field path (dotted, e.g. `address.city`, `items.0.qty`) to its messages. */
export type FieldErrors = Record<string, string[]>;

/** Why a field failed when the server gave a code rather than a sentence. */
export type FieldMessageCode = 'required' | 'taken' | 'invalid';

/** The result of {@link classifyError}: everything a UI needs to explain a failure. */
export interface ClassifiedError {
  kind: ErrorKind;
  /** HTTP status when there was a response. */
  status?: number;
  /** Machine code from the payload (`'1004'`, `'card_declined'`, `'UNAUTHENTICATED'`). */
  code?: string;
  /** Short heading for the UI. */
  title: string;
  /** One user-facing sentence, plain text, never empty. */
  message: string;
  /** Developer-facing text from the payload; never shown by default. */
  detail?: string;
  /** Messages per field path. Has no prototype: payload keys cannot reach `Object.prototype`. */
  fieldErrors: FieldErrors;
  /** Errors not tied to one field. */
  formErrors: string[];
  /** May the same request succeed later? */
  retryable: boolean;
  /** The server's wait hint in milliseconds, finite and >= 0. */
  retryAfterMs?: number;
  /** Support reference (x-request-id, traceId, cf-ray, ...). */
  requestId?: string;
  /** Request method when known, upper case. */
  method?: string;
  /** The `Idempotency-Key` the request carried, when known: such a request is safe to repeat. */
  idempotencyKey?: string;
  /** Name of the dialect that read the body (`'issue-list'`, `'envelope'`, an app's own, ...). */
  dialect?: string;
  /** Which texts are the kit's own defaults rather than the server's, so a catalog can word them. */
  defaults?: { title?: boolean; message?: boolean; fields?: Record<string, FieldMessageCode> };
  /**
   * What the user submitted, carried back from a server action or route action by
   * `serializeError(error, { values })` so the form's inputs can take it back.
   */
  values?: SubmittedValues;
  /** What was classified. */
  cause: unknown;
}

/** A form's submitted values by field name (several values for a name are kept as a list). */
export type SubmittedValues = Record<string, string | string[]>;

/**
 * A classified error as it crosses from a server to the browser: plain data (objects, arrays,
 * strings, numbers), without `cause`, so React and JSON carry it. Classifying it again, on either
 * side, gives it back as it is.
 */
export type SerializedError = Omit<ClassifiedError, 'cause'>;

/** Text for one kind: a short heading and one sentence saying what happened and what to do. */
export interface KindMessages {
  title: string;
  message: string;
}

/** Heading and sentence per kind. */
export type MessageCatalog = Record<ErrorKind, KindMessages>;

/** What a payload dialect found in a response body. Every part is optional. */
export interface DialectResult {
  /** User-facing message from the body. */
  message?: string;
  /** Developer-facing text from the body. */
  detail?: string;
  /** Machine code (numbers are turned into strings). */
  code?: string;
  /** A symbolic status such as GraphQL `extensions.code` or google.rpc `status` (`'NOT_FOUND'`). */
  statusCode?: string;
  /** Field errors keyed by the payload's own paths; the classifier normalises them. */
  fieldErrors?: Record<string, string[]>;
  /** Fields named by a code alone, keyed like `fieldErrors`; the classifier words them. */
  fieldCodes?: Record<string, FieldMessageCode>;
  formErrors?: string[];
  /** Wait hint found in the body, in milliseconds. */
  retryAfterMs?: number;
  requestId?: string;
  /** An HTTP status carried in the body (used when the transport gave none). */
  status?: number;
}

/**
 * A body parser. Returns what it recognised, or `undefined` when the body is not its shape.
 * It may assume nothing about `body`: it can be any value, including a string.
 */
export type DialectReader = (body: unknown) => DialectResult | undefined;

/** A named body parser; `ClassifiedError.dialect` records the name of the one that read a body. */
export interface Dialect {
  readonly name: string;
  readonly read: DialectReader;
}

/** Options for {@link classifyError}. */
export interface ClassifyOptions {
  /**
   * Clock for HTTP-date maths, in ms since the epoch.
   * @default Date.now
   */
  now?: () => number;
  /**
   * Vendor code to kind, consulted before everything else,
   * e.g. `{ '1006': 'forbidden', '3001': 'not-found' }`.
   * @default {}
   */
  codes?: Readonly<Record<string, ErrorKind>>;
  /**
   * The body parsers, in the order they are tried. Start from `builtInDialects` to reorder,
   * remove or extend them: `[myDialect, ...builtInDialects]`. A plain function is named after
   * itself (else `'custom'`).
   * @default builtInDialects
   */
  dialects?: readonly (Dialect | DialectReader)[];
  /**
   * Longest message kept; longer ones are cut with an ellipsis.
   * @default 500
   */
  maxMessageLength?: number;
  /**
   * Overrides for the default English titles and messages, per kind.
   * @default englishMessages
   */
  messages?: Partial<Record<ErrorKind, Partial<KindMessages>>>;
}
