import { type ClassifiedError, fieldNameMatches } from '../core';

/** Where a failure's messages belong on a form, from {@link routeServerErrors}. */
export interface RoutedServerErrors<TName extends string> {
  /** Messages per field, in the order of the form's field names. */
  fields: Map<TName, string[]>;
  /** Messages no field matched, plus the form-level errors. */
  formMessages: string[];
}

/** The field a flat message names at its start (as NestJS sends them); the longest name wins. */
function fieldNamedBy<TName extends string>(
  message: string,
  fields: readonly TName[],
): TName | undefined {
  const first = message.split(/\s/, 1)[0] ?? '';
  return fields
    .filter((name) => fieldNameMatches(name, first) || first === name)
    .sort((a, b) => b.length - a.length)[0];
}

/**
 * Sorts a classified failure's messages onto a form's field names: server keys match by
 * `fieldNameMatches` (`first_name` reaches `firstName`, `items[0].sku` reaches `items.0.sku`),
 * flat messages go to the field they start with, the rest to the form. A validation failure
 * that names nothing gives its message to the form. Every form adapter routes through this.
 */
export function routeServerErrors<TName extends string>(
  classified: ClassifiedError,
  fields: readonly TName[],
): RoutedServerErrors<TName> {
  const formMessages: string[] = [];
  const byField = new Map<TName, string[]>();
  const add = (field: TName | undefined, messages: string[]) => {
    if (field !== undefined) byField.set(field, [...(byField.get(field) ?? []), ...messages]);
    else formMessages.push(...messages);
  };
  for (const message of classified.formErrors) add(fieldNamedBy(message, fields), [message]);
  for (const [key, messages] of Object.entries(classified.fieldErrors)) {
    add(
      fields.find((name) => fieldNameMatches(name, key)),
      messages,
    );
  }
  if (formMessages.length === 0 && byField.size === 0 && classified.kind === 'validation') {
    formMessages.push(classified.message);
  }
  const ordered = new Map<TName, string[]>();
  for (const name of fields) {
    const messages = byField.get(name);
    if (messages) ordered.set(name, messages);
  }
  return { fields: ordered, formMessages };
}
