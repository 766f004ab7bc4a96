import { collected, FieldCollector } from '../fieldCollector';
import { get, getString, isArray, isRecord, ownKeys } from '../safe';
import type { DialectResult } from '../types';

/**
 * The `joi` dialect: hapi / Boom `validation: { source, keys }` with the Joi message, and
 * celebrate's `validation: { body: { source, keys, message } }`.
 */
export function readJoi(body: unknown): DialectResult | undefined {
  const validation = get(body, 'validation');
  if (!isRecord(validation)) return undefined;
  const fields = new FieldCollector();
  const sources = isArray(get(validation, 'keys'))
    ? [validation]
    : ownKeys(validation).map((key) => get(validation, key));
  for (const source of sources) {
    const keys = get(source, 'keys');
    const text = getString(source, 'message') ?? getString(body, 'message') ?? '';
    // Joi joins its messages with '. ', each naming its field in quotes: `"email" must be ...`.
    const parts = text.split(/\.\s+(?=")/);
    if (!isArray(keys)) continue;
    for (const key of keys.slice(0, 1000)) {
      if (typeof key !== 'string') continue;
      const leaf = key.split('.').pop();
      const own =
        parts.find((part) => part.includes(`"${key}"`) || part.includes(`"${leaf}"`)) ??
        (keys.length === 1 && text ? text : undefined);
      if (own) fields.add(key, [own]);
      else fields.addCode(key, 'invalid');
    }
  }
  return collected(fields, []);
}
