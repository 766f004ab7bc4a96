import { collected, FieldCollector, flattenFieldDict } from '../fieldCollector';
import { get, isArray, isBag, isRecord, ownKeys } from '../safe';
import type { DialectResult } from '../types';
import { hasStructure, isFormKey, isMetaKey, type Level, levelsOf } from '../vocabulary';

// Every other member of an envelope is a string or number, which keeps envelopes from being
// mistaken for a field dictionary. A body of meta members alone has nothing to read.
function isFieldDict(body: unknown): boolean {
  let fieldOrForm = false;
  for (const key of ownKeys(body)) {
    if (!isMetaKey(key)) {
      if (!isBag(get(body, key))) return false;
      fieldOrForm = true;
    } else fieldOrForm ||= isFormKey(key);
  }
  return fieldOrForm;
}

/**
 * The `field-dict` dialect: a bare dictionary of field lists (Django REST Framework, Rails), or a
 * list of them (DRF list serializers).
 */
export function readFieldDict(
  body: unknown,
  all: Level[] = levelsOf(body),
): DialectResult | undefined {
  if (
    all.length > 1 ||
    all[0]?.node !== body ||
    !(isRecord(body) || isArray(body)) ||
    // Cheapest first: one look at each member turns most envelopes away.
    !isFieldDict(body) ||
    isBag(get(body, 'errors')) ||
    isBag(get(body, 'validation')) ||
    hasStructure(body)
  ) {
    return undefined;
  }
  const fields = new FieldCollector();
  const form: string[] = [];
  flattenFieldDict(body, fields, { skip: isMetaKey, formKey: isFormKey, form, listsOnly: true });
  return collected(fields, form);
}
