/**
 * The German and Arabic catalogs against the English one: same keys (every kind included), no
 * empty strings, the same `{placeholders}`, and plural texts that cover every `Intl.PluralRules`
 * category of their locale.
 */
import { describe, expect, it } from 'vitest';
import { ERROR_KINDS } from '../../src/core';
import { en } from '../../src/headless/messages/en';
import { fill, plural } from '../../src/headless/messages/format';
import type { ErrorKitMessages, PluralText } from '../../src/headless/messages/types';
import { ar } from '../../src/react/locales/ar';
import { de } from '../../src/react/locales/de';

const catalogs: Record<string, ErrorKitMessages> = { de, ar };

/** Plural keys of `ErrorKitMessages`: their keys are plural categories, not catalog keys. */
const PLURAL_KEYS = new Set<string>(['retryingIn']);

/**
 * Plural forms allowed to leave out `{count}` because the word itself names the number, as
 * Arabic does for one ("ثانية واحدة") and two ("ثانيتين").
 */
const COUNT_IN_WORD: Record<string, ReadonlySet<string>> = { ar: new Set(['one', 'two']) };

type Leaf = { path: string; value: unknown };

/** Every non-plural value as a dotted path; plural texts are kept whole. */
function leaves(value: unknown, prefix = ''): Leaf[] {
  if (typeof value !== 'object' || value === null || PLURAL_KEYS.has(prefix)) {
    return [{ path: prefix, value }];
  }
  return Object.entries(value).flatMap(([key, inner]) =>
    leaves(inner, prefix ? `${prefix}.${key}` : key),
  );
}

function placeholders(text: string): string[] {
  return [...new Set(text.match(/\{\w+\}/g) ?? [])].sort();
}

function pluralTexts(catalog: ErrorKitMessages): [string, PluralText][] {
  return [...PLURAL_KEYS].map((key) => [key, catalog[key as keyof ErrorKitMessages] as PluralText]);
}

describe.each(Object.entries(catalogs))('%s catalog', (name, catalog) => {
  const own = new Map(leaves(catalog).map(({ path, value }) => [path, value]));
  const english = leaves(en);

  it('names its locale and direction', () => {
    expect(catalog.locale).toBe(name);
    expect(catalog.dir).toBe(name === 'ar' ? 'rtl' : 'ltr');
    expect(Intl.PluralRules.supportedLocalesOf([catalog.locale])).toEqual([catalog.locale]);
  });

  it('has exactly the keys of the English catalog, every kind included', () => {
    expect([...own.keys()].sort()).toEqual(english.map(({ path }) => path).sort());
    expect(Object.keys(catalog.kinds).sort()).toEqual([...ERROR_KINDS].sort());
    for (const kind of ERROR_KINDS) {
      expect(Object.keys(catalog.kinds[kind]).sort(), kind).toEqual(['message', 'title']);
    }
  });

  it('has no empty strings and differs from English', () => {
    for (const [path, value] of own) {
      const texts = PLURAL_KEYS.has(path) ? Object.values(value as PluralText) : [value];
      for (const text of texts) {
        expect(typeof text, path).toBe('string');
        expect((text as string).trim(), path).not.toBe('');
      }
    }
    expect(catalog.kinds.network.message).not.toBe(en.kinds.network.message);
    expect(catalog.summaryTitle).not.toBe(en.summaryTitle);
  });

  it('keeps every placeholder of the English string', () => {
    for (const { path, value } of english) {
      if (PLURAL_KEYS.has(path)) {
        const wanted = placeholders(Object.values(value as PluralText).join(' '));
        for (const [category, text] of Object.entries(own.get(path) as PluralText)) {
          const expected = COUNT_IN_WORD[name]?.has(category)
            ? wanted.filter((p) => p !== '{count}')
            : wanted;
          expect(placeholders(text), `${path}.${category}`).toEqual(expected);
        }
      } else if (typeof value === 'string') {
        expect(placeholders(own.get(path) as string), path).toEqual(placeholders(value));
      }
    }
  });

  it('covers every plural category of its locale, and no other', () => {
    const categories = new Intl.PluralRules(catalog.locale).resolvedOptions().pluralCategories;
    for (const [key, text] of pluralTexts(catalog)) {
      expect(Object.keys(text).sort(), key).toEqual([...categories].sort());
    }
  });

  it('fills every plural form for the counts that select it', () => {
    const rules = new Intl.PluralRules(catalog.locale);
    for (const [key, text] of pluralTexts(catalog)) {
      for (const count of [0, 1, 2, 3, 5, 11, 42, 100, 101, 102, 1000]) {
        const form = text[rules.select(count)];
        expect(form, `${key} for ${count}`).toBeDefined();
        const result = plural(catalog.locale, text, count);
        expect(result).toBe(fill(form as string, { count: count.toLocaleString(catalog.locale) }));
        expect(result).not.toMatch(/\{\w+\}/);
      }
    }
  });
});

describe('German plurals and placeholders', () => {
  it('picks the singular for 1 and the plural otherwise', () => {
    expect(plural('de', de.retryingIn, 1)).toBe('Neuer Versuch in 1 Sekunde');
    expect(plural('de', de.retryingIn, 2)).toBe('Neuer Versuch in 2 Sekunden');
    expect(plural('de', de.retryingIn, 0)).toBe('Neuer Versuch in 0 Sekunden');
    expect(plural('de', de.retryingIn, 1000)).toBe('Neuer Versuch in 1.000 Sekunden');
  });

  it('fills the other placeholders', () => {
    expect(fill(de.attempt, { attempt: 2, max: 5 })).toBe('Versuch 2 von 5');
    expect(fill(de.reference, { id: 'abc-123' })).toBe('Referenz: abc-123');
    expect(fill(de.askForAccess, { contact: 'Ihre Teamleitung' })).toBe(
      'Fragen Sie Ihre Teamleitung nach Zugriff.',
    );
  });
});

describe('Arabic plurals and placeholders', () => {
  // How digits are written depends on the ICU data (Latin or Arabic-Indic), so expected numbers
  // are formatted the same way `plural()` formats them.
  const n = (count: number): string => count.toLocaleString('ar');

  it('uses a different form for each plural category', () => {
    const counts = [0, 1, 2, 3, 11, 100];
    const results = counts.map((count) => plural('ar', ar.retryingIn, count));
    expect(new Set(results).size).toBe(counts.length);
    expect(results).toEqual([
      `إعادة المحاولة خلال ${n(0)} ثانية`,
      'إعادة المحاولة خلال ثانية واحدة',
      'إعادة المحاولة خلال ثانيتين',
      `إعادة المحاولة خلال ${n(3)} ثوانٍ`,
      `إعادة المحاولة خلال ${n(11)} ثانيةً`,
      `إعادة المحاولة خلال ${n(100)} ثانية`,
    ]);
    // `zero` and `other` share their wording in Arabic ("0 ثانية", "100 ثانية"); the others differ.
    expect(ar.retryingIn.zero).toBe(ar.retryingIn.other);
    expect(new Set(Object.values(ar.retryingIn)).size).toBe(5);
  });

  it('selects the form by the Arabic rules for larger numbers', () => {
    expect(plural('ar', ar.retryingIn, 10)).toBe(`إعادة المحاولة خلال ${n(10)} ثوانٍ`);
    expect(plural('ar', ar.retryingIn, 99)).toBe(`إعادة المحاولة خلال ${n(99)} ثانيةً`);
    expect(plural('ar', ar.retryingIn, 102)).toBe(`إعادة المحاولة خلال ${n(102)} ثانية`);
    expect(plural('ar', ar.retryingIn, 103)).toBe(`إعادة المحاولة خلال ${n(103)} ثوانٍ`);
  });

  it('fills the other placeholders', () => {
    expect(fill(ar.attempt, { attempt: 2, max: 5 })).toBe('المحاولة 2 من 5');
    expect(fill(ar.reference, { id: 'abc-123' })).toBe('الرقم المرجعي: abc-123');
    expect(fill(ar.askForAccess, { contact: 'مدير الفريق' })).toBe(
      'اطلب إذن الوصول من مدير الفريق.',
    );
  });
});
