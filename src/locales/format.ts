import type { PluralText } from './types';

/** Plural rules per locale, made once each (no prototype, so any locale string is a plain key). */
const rules: Record<string, Intl.PluralRules> = /* @__PURE__ */ Object.create(null);

/**
 * Splits `template` at its `{name}` placeholders: the text between them and, in their place,
 * the values, in reading order. A value may be anything a UI can place, such as an element that
 * isolates a request id, so a sentence is never glued together around it as one string.
 * Unknown names are left as they are; empty text is dropped.
 */
export function fillParts<T>(template: string, values: Record<string, T>): (string | T)[] {
  return template
    .split(/(\{\w+\})/)
    .map((part, index) => {
      const name = part.slice(1, -1);
      return index % 2 && Object.hasOwn(values, name) ? (values[name] as T) : part;
    })
    .filter((part) => part !== '');
}

/** Fills `{name}` placeholders; unknown names are left as they are. */
export function fill(template: string, values: Record<string, string | number>): string {
  return fillParts(template, values).join('');
}

/** Picks the plural form for `count` in `locale` and fills `{count}` (formatted for the locale). */
export function plural(
  locale: string,
  text: PluralText,
  count: number,
  values: Record<string, string | number> = {},
): string {
  rules[locale] ??= new Intl.PluralRules(locale);
  const form = text[rules[locale].select(count)] ?? text.other;
  return fill(form, { ...values, count: count.toLocaleString(locale) });
}
