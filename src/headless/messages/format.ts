import type { PluralText } from './types';

const rules = new Map<string, Intl.PluralRules>();

function pluralRules(locale: string): Intl.PluralRules {
  let found = rules.get(locale);
  if (!found) {
    found = new Intl.PluralRules(locale);
    rules.set(locale, found);
  }
  return found;
}

/** Fills `{name}` placeholders; unknown names are left as they are. */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.hasOwn(values, name) ? String(values[name]) : whole,
  );
}

/** Picks the plural form for `count` in `locale` and fills `{count}` (formatted for the locale). */
export function plural(
  locale: string,
  text: PluralText,
  count: number,
  values: Record<string, string | number> = {},
): string {
  const form = text[pluralRules(locale).select(count)] ?? text.other;
  return fill(form, { ...values, count: count.toLocaleString(locale) });
}
