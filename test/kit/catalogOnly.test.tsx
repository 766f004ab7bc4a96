// Every fixture rendered under German and Arabic: no sentence of the English catalog reaches the
// page unless the server itself sent it. Default texts come from the catalog, never from core.
import { cleanup, render } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { errorKit, HttpError } from '../../src';
import { ar } from '../../src/locales/ar';
import { de } from '../../src/locales/de';
import { en } from '../../src/locales/en';
import type { ErrorKitMessages } from '../../src/locales/types';
import { ErrorDisplay, ErrorKitProvider, FieldError } from '../../src/react';
import { inputFixtures, responseFixtures } from '../fixtures';
import { recordedCaptures } from '../fixtures/recorded';

afterEach(cleanup);

/** Every English sentence: whole strings, and the text around a template's placeholders. */
function englishSentences(catalog: ErrorKitMessages): string[] {
  const texts: string[] = [];
  const walk = (value: unknown) => {
    if (typeof value === 'string') texts.push(...value.split(/\{\w+\}/));
    else if (value && typeof value === 'object')
      for (const inner of Object.values(value)) walk(inner);
  };
  const { locale: _locale, dir: _dir, ...strings } = catalog;
  walk(strings);
  // Short words ("Stop", "Error:") are in other languages' text too; sentences are not.
  return [...new Set(texts.map((text) => text.trim()).filter((text) => text.length >= 12))];
}

const sentences = englishSentences(en);

interface Case {
  name: string;
  error: () => unknown;
  /** What the server sent, as text: its own words may be English. */
  sent: string;
  codes?: Record<string, string>;
  now?: number;
}

const cases: Case[] = [
  ...responseFixtures.map((fixture) => ({
    name: fixture.id,
    error: () => new HttpError({ ...fixture.response, method: fixture.method }),
    sent: JSON.stringify(fixture.response),
    codes: fixture.options?.codes,
    now: fixture.options?.now,
  })),
  ...inputFixtures.map((fixture) => ({
    name: fixture.id,
    error: fixture.make,
    sent: (() => {
      try {
        const value = fixture.make();
        return `${JSON.stringify(value)} ${String((value as { message?: unknown })?.message)}`;
      } catch {
        return '';
      }
    })(),
  })),
  ...recordedCaptures.map((capture) => ({
    name: capture.name,
    error: () =>
      new HttpError({
        ...capture.response,
        method: capture.request.method,
        url: capture.request.path,
      }),
    sent: JSON.stringify(capture.response),
  })),
];

describe.each([
  ['de', de],
  ['ar', ar],
])('under %s', (_name, catalog) => {
  it.each(cases.map((c) => [c.name, c] as const))('%s', (_case, { error, sent, codes, now }) => {
    const kit = errorKit({
      messages: catalog,
      classify: codes ? { codes: codes as never } : {},
      ...(now === undefined ? {} : { now: () => now }),
    });
    const failure = error();
    const fields = Object.keys(kit.classify(failure).fieldErrors);
    const { container } = render(
      <ErrorKitProvider kit={kit}>
        <ErrorDisplay error={failure} retry={{ onRetry: () => {} }} />
        {fields.map((name) => (
          <FieldError key={name} error={failure} name={name} />
        ))}
      </ErrorKitProvider>,
    );
    const page = container.textContent ?? '';
    const leaked = sentences.filter(
      (sentence) => page.includes(sentence) && !sent.includes(sentence),
    );
    expect(leaked).toEqual([]);
  });
});
