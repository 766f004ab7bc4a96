/**
 * errorkit/react — accessible, themeable React UI for classified errors.
 *
 * Components and hooks that render a {@link ClassifiedError} land here. Import the
 * stylesheet once (`import 'errorkit/styles.css'`) and theme it through the `--ek-*`
 * custom properties.
 *
 * @packageDocumentation
 */

export type { ClassifiedError, ErrorKind, FieldErrors } from '../core';
