/**
 * Every shipped catalog against the English one: the same keys (every kind included), no empty
 * strings, the same `{placeholders}`, plural texts that cover exactly the `Intl.PluralRules`
 * categories of their locale, and components that render the catalog through the provider.
 *
 * The English catalog is the reference: a key added to `en` later fails here for every catalog
 * that lacks it, naming the catalog and the key.
 */
import { render, screen } from '@testing-library/react';
import { createElement } from 'react';
import { describe, expect, it } from 'vitest';
import packageJson from '../../package.json' with { type: 'json' };
import { ERROR_KINDS, HttpError } from '../../src/core';
import { ar } from '../../src/locales/ar';
import { de } from '../../src/locales/de';
import { en } from '../../src/locales/en';
import { es } from '../../src/locales/es';
import { fill, plural } from '../../src/locales/format';
import { fr } from '../../src/locales/fr';
import { ja } from '../../src/locales/ja';
import { ptBR } from '../../src/locales/pt-BR';
import type { ErrorKitMessages, PluralText } from '../../src/locales/types';
import { zhCN } from '../../src/locales/zh-CN';
import { ErrorKitProvider, ErrorSummary, RetryBanner } from '../../src/react';
import { FIXED_NOW, responseFixture } from '../fixtures';

/** The locales errorkit ships besides English: its `errorkit/locales/<name>` entry points. */
const shipped = Object.keys(packageJson.exports)
  .filter((entry) => entry.startsWith('./locales/'))
  .map((entry) => entry.slice('./locales/'.length));

/** Each entry point's module exports one catalog, named after it (`pt-BR` -> `ptBR`). */
const modules = await Promise.all(
  shipped.map(async (name) => [name, await import(`../../src/locales/${name}.ts`)] as const),
);
const catalogs: Record<string, ErrorKitMessages> = Object.fromEntries(
  modules.map(([name, module]) => [name, module[name.replace(/-(\w)/g, (_, c) => c)]]),
);

it('ships one catalog from every locale entry point', () => {
  expect(shipped).toEqual(expect.arrayContaining(['de', 'ar', 'fr', 'es', 'pt-BR', 'ja', 'zh-CN']));
  for (const [name, module] of modules) {
    expect(Object.keys(module), `errorkit/locales/${name}`).toHaveLength(1);
    expect(catalogs[name], `errorkit/locales/${name}`).toBeTypeOf('object');
  }
});

const RIGHT_TO_LEFT = new Set(['ar']);

/**
 * Plural forms allowed to leave out `{count}` because the word itself names the number, as
 * Arabic does for one ("ثانية واحدة") and two ("ثانيتين").
 */
const COUNT_IN_WORD: Record<string, ReadonlySet<string>> = { ar: new Set(['one', 'two']) };

/** Keys that name the catalog rather than hold text. */
const NOT_TRANSLATED = new Set(['locale', 'dir']);

/** Texts that are rightly the same as the English ones ("Error:" is Spanish too). */
const SAME_AS_ENGLISH: Record<string, ReadonlySet<string>> = { es: new Set(['errorPrefix']) };

const CATEGORIES = new Set<string>(['zero', 'one', 'two', 'few', 'many', 'other']);

/** A plural text: an object whose keys are all plural categories, `other` among them. */
function isPlural(value: unknown): value is PluralText {
  if (typeof value !== 'object' || value === null) return false;
  const keys = Object.keys(value);
  return keys.includes('other') && keys.every((key) => CATEGORIES.has(key));
}

/** Every value as a dotted path; plural texts are kept whole. */
function leaves(value: unknown, prefix = ''): Map<string, unknown> {
  if (typeof value !== 'object' || value === null || isPlural(value)) {
    return new Map([[prefix, value]]);
  }
  return new Map(
    Object.entries(value).flatMap(([key, inner]) => [
      ...leaves(inner, prefix ? `${prefix}.${key}` : key),
    ]),
  );
}

const english = leaves(en);
/** The English plural keys (`retryingIn`, ...). */
const pluralKeys = [...english].filter(([, value]) => isPlural(value)).map(([path]) => path);

function placeholders(text: string): string[] {
  return [...new Set(text.match(/\{\w+\}/g) ?? [])].sort();
}

/** The texts of a leaf: the string itself, or each plural form by category. */
function texts(path: string, value: unknown): [string, unknown][] {
  return isPlural(value)
    ? Object.entries(value).map(([c, text]) => [`${path}.${c}`, text])
    : [[path, value]];
}

describe.each(Object.entries(catalogs))('%s catalog', (name, catalog) => {
  const own = leaves(catalog);

  it('names its locale and direction', () => {
    expect(catalog.locale).toBe(name);
    expect(catalog.dir).toBe(RIGHT_TO_LEFT.has(name) ? 'rtl' : 'ltr');
    expect(Intl.PluralRules.supportedLocalesOf([catalog.locale])).toEqual([catalog.locale]);
  });

  it('has every key of the English catalog, every kind included, and no other', () => {
    const missing = [...english.keys()].filter((path) => !own.has(path));
    const extra = [...own.keys()].filter((path) => !english.has(path));
    expect(missing.join(', '), `${name}: keys of en missing from the ${name} catalog`).toBe('');
    expect(extra.join(', '), `${name}: keys the en catalog does not have`).toBe('');
    // The English kinds are the core's: every kind, each with a title and a message.
    expect(Object.keys(catalog.kinds).sort(), `${name}: kinds`).toEqual([...ERROR_KINDS].sort());
  });

  it('has no empty strings and differs from English', () => {
    const empty = [...own]
      .flatMap(([path, value]) => texts(path, value))
      .filter(([, text]) => typeof text !== 'string' || text.trim() === '')
      .map(([path]) => path);
    expect(empty.join(', '), `${name}: texts that are not a non-empty string`).toBe('');
    const sameAsEnglish = [...own]
      .filter(([path, value]) => !NOT_TRANSLATED.has(path) && value === english.get(path))
      .map(([path]) => path)
      .filter((path) => !SAME_AS_ENGLISH[name]?.has(path));
    expect(sameAsEnglish.join(', '), `${name}: texts still in English`).toBe('');
  });

  it('keeps every placeholder of the English string, and adds none', () => {
    const wrong: string[] = [];
    for (const [path, value] of english) {
      if (!own.has(path)) continue; // reported by the key check
      const wanted = placeholders(
        texts(path, value)
          .map(([, text]) => String(text))
          .join(' '),
      );
      for (const [where, text] of texts(path, own.get(path))) {
        const category = where.slice(path.length + 1);
        const expected = COUNT_IN_WORD[name]?.has(category)
          ? wanted.filter((p) => p !== '{count}')
          : wanted;
        const found = placeholders(String(text));
        if (found.join() !== expected.join()) {
          wrong.push(`${where}: has [${found}], needs [${expected}]`);
        }
      }
    }
    expect(wrong.join('; '), `${name}: placeholders that differ from en`).toBe('');
  });

  it('covers every plural category of its locale, and no other', () => {
    const categories = new Intl.PluralRules(catalog.locale).resolvedOptions().pluralCategories;
    for (const key of pluralKeys) {
      if (!own.has(key)) continue; // reported by the key check
      const text = own.get(key);
      expect(isPlural(text), `${name}: ${key} is a plural text`).toBe(true);
      expect(Object.keys(text as PluralText).sort(), `${name}: ${key}`).toEqual(
        [...categories].sort(),
      );
    }
  });

  it('fills every plural form for the counts that select it', () => {
    const rules = new Intl.PluralRules(catalog.locale);
    for (const key of pluralKeys) {
      const text = own.get(key);
      if (!isPlural(text)) continue; // reported by the key and category checks
      for (const count of [0, 1, 2, 3, 5, 11, 42, 100, 101, 102, 1000, 1_000_000]) {
        const form = text[rules.select(count)];
        expect(form, `${name}: ${key} for ${count}`).toBeDefined();
        const result = plural(catalog.locale, text, count);
        expect(result).toBe(fill(form as string, { count: count.toLocaleString(catalog.locale) }));
        expect(result).not.toMatch(/\{\w+\}/);
      }
    }
  });

  it('renders a retry banner countdown and an error summary in its language', () => {
    const provide = (child: ReturnType<typeof createElement>) =>
      createElement(ErrorKitProvider, { messages: catalog, now: () => FIXED_NOW }, child);
    const fixture = (id: string) => {
      const { response, method } = responseFixture(id);
      return new HttpError({ ...response, method });
    };

    render(
      provide(
        createElement(RetryBanner, {
          error: fixture('seed-001-429-retry-after-seconds'),
          retry: { onRetry: () => {}, attempt: 2 },
        }),
      ),
    );
    expect(screen.getByRole('timer')).toHaveTextContent(
      plural(catalog.locale, catalog.retryingIn, 3),
    );
    expect(screen.getByText(fill(catalog.attempt, { attempt: 2, max: 3 }))).toBeInTheDocument();
    expect(screen.getByText(catalog.kinds['rate-limited'].title)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: catalog.retryNow })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: catalog.stop })).toBeInTheDocument();
    expect(screen.queryByText(/Trying again|Retry now/)).toBeNull();

    render(
      provide(createElement(ErrorSummary, { error: fixture('seed-002-422-validation-example') })),
    );
    expect(screen.getByRole('heading', { name: catalog.summaryTitle })).toBeInTheDocument();
    expect(screen.queryByText(en.summaryTitle)).toBeNull();
  });
});

/** A count formatted as `plural()` formats it (separators and digits depend on the ICU data). */
const n = (locale: string, count: number): string => count.toLocaleString(locale);

describe('countdown plural forms by language', () => {
  it.each<[string, PluralText, [number, string][]]>([
    [
      'de',
      de.retryingIn,
      [
        [1, 'Neuer Versuch in 1 Sekunde'],
        [2, 'Neuer Versuch in 2 Sekunden'],
        [1000, 'Neuer Versuch in 1.000 Sekunden'],
      ],
    ],
    [
      'fr',
      fr.retryingIn,
      [
        [0, 'Nouvelle tentative dans 0 seconde'],
        [1, 'Nouvelle tentative dans 1 seconde'],
        [2, 'Nouvelle tentative dans 2 secondes'],
        [1000, `Nouvelle tentative dans ${n('fr', 1000)} secondes`],
        [1e6, `Nouvelle tentative dans ${n('fr', 1e6)} de secondes`],
      ],
    ],
    [
      'es',
      es.retryingIn,
      [
        [0, 'Nuevo intento en 0 segundos'],
        [1, 'Nuevo intento en 1 segundo'],
        [30, 'Nuevo intento en 30 segundos'],
        [1e6, 'Nuevo intento en 1.000.000 de segundos'],
      ],
    ],
    [
      'pt-BR',
      ptBR.retryingIn,
      [
        [1, 'Nova tentativa em 1 segundo'],
        [2, 'Nova tentativa em 2 segundos'],
        [1e6, 'Nova tentativa em 1.000.000 de segundos'],
      ],
    ],
    [
      'ja',
      ja.retryingIn,
      [
        [1, '1秒後に再試行します'],
        [1000, '1,000秒後に再試行します'],
      ],
    ],
    [
      'zh-CN',
      zhCN.retryingIn,
      [
        [1, '1 秒后重试'],
        [27, '27 秒后重试'],
      ],
    ],
    [
      'ar',
      ar.retryingIn,
      [
        [0, `إعادة المحاولة خلال ${n('ar', 0)} ثانية`],
        [1, 'إعادة المحاولة خلال ثانية واحدة'],
        [2, 'إعادة المحاولة خلال ثانيتين'],
        [3, `إعادة المحاولة خلال ${n('ar', 3)} ثوانٍ`],
        [11, `إعادة المحاولة خلال ${n('ar', 11)} ثانيةً`],
        [99, `إعادة المحاولة خلال ${n('ar', 99)} ثانيةً`],
        [100, `إعادة المحاولة خلال ${n('ar', 100)} ثانية`],
        [103, `إعادة المحاولة خلال ${n('ar', 103)} ثوانٍ`],
      ],
    ],
  ])('%s', (locale, text, cases) => {
    for (const [count, expected] of cases) {
      expect(plural(locale, text, count), `${locale}, ${count}`).toBe(expected);
    }
  });
});

describe('placeholders in context', () => {
  it.each([
    ['de', 'Versuch 2 von 5', 'Referenz: abc-123', 'Fragen Sie Alex Martin nach Zugriff.'],
    ['ar', 'المحاولة 2 من 5', 'الرقم المرجعي: abc-123', 'اطلب إذن الوصول من Alex Martin.'],
    [
      'fr',
      'Tentative 2 sur 5',
      'Référence\u00a0: abc-123',
      'Pour obtenir l’accès, contactez Alex Martin.',
    ],
    ['es', 'Intento 2 de 5', 'Referencia: abc-123', 'Para obtener acceso, hable con Alex Martin.'],
    ['pt-BR', 'Tentativa 2 de 5', 'Referência: abc-123', 'Para ter acesso, fale com Alex Martin.'],
    ['ja', '5回中2回目', '参照番号：abc-123', 'Alex Martinにアクセス権を依頼してください。'],
    ['zh-CN', '第 2 次尝试（共 5 次）', '参考编号：abc-123', '向Alex Martin申请访问权限。'],
  ])('%s fills attempt, reference and contact', (name, attempt, reference, access) => {
    const catalog = catalogs[name] as ErrorKitMessages;
    expect(fill(catalog.attempt, { attempt: 2, max: 5 })).toBe(attempt);
    expect(fill(catalog.reference, { id: 'abc-123' })).toBe(reference);
    expect(fill(catalog.askForAccess, { contact: 'Alex Martin' })).toBe(access);
  });
});
