import {
  type ClassifiedError,
  type ClassifyOptions,
  classifyError,
  englishMessages,
  HttpError,
} from '../../src/core';
import type { FixtureExpectation, InputFixture, ResponseFixture } from '../../test/fixtures';

/** One expected property compared with what `classifyError` returned. */
export interface ExpectationRow {
  /** The property as the fixture names it (`fieldKeys` checks the keys of `fieldErrors`). */
  property: string;
  /** What the fixture asks for, in words where a bare value would mislead. */
  expected: unknown;
  actual: unknown;
  matches: boolean;
}

/** A fixture with its classification, ready to show. */
export interface ExplorerEntry {
  /** Unique across both fixture lists (`response:<id>` or `input:<id>`). */
  key: string;
  id: string;
  origin: 'response' | 'input';
  source: string;
  dialect?: string;
  /** Heading the fixture is listed under. */
  group: string;
  description: string;
  /** For response fixtures: what the server sent. */
  response?: {
    method?: string;
    status: number;
    statusText?: string;
    headers: [name: string, value: string][];
    body: unknown;
  };
  /** The options passed to `classifyError`, as the fixture states them. */
  options?: ResponseFixture['options'];
  /** What was classified (the `HttpError`, or what `make()` returned). */
  input: unknown;
  /** Set when `make()` threw (a broken fixture); the thrown value is classified instead. */
  makeError?: unknown;
  result: ClassifiedError;
  expected: FixtureExpectation;
  /** Expected properties compared with the result; empty when `expected` is not an object. */
  expectation: ExpectationRow[];
}

/** The options a response fixture asks for, turned into `classifyError` options. */
export function classifyOptionsFor(options: ResponseFixture['options']): ClassifyOptions {
  const result: ClassifyOptions = {};
  if (options?.codes) result.codes = options.codes;
  const now = options?.now;
  if (now !== undefined) result.now = () => now;
  return result;
}

/** Header pairs in the order the fixture lists them (a `Headers` object lower-cases names). */
export function headerPairs(headers: unknown): [string, string][] {
  if (headers === undefined || headers === null) return [];
  try {
    if (typeof Headers !== 'undefined' && headers instanceof Headers) return [...headers.entries()];
    if (Array.isArray(headers)) {
      return headers.map((pair): [string, string] => [String(pair?.[0]), String(pair?.[1])]);
    }
    if (typeof headers === 'object') {
      return Object.entries(headers).map(([name, value]): [string, string] => [
        name,
        String(value),
      ]);
    }
  } catch {
    // A hostile headers object: show none rather than fail the explorer.
  }
  return [];
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Structural equality for JSON-like values; key order and prototypes are ignored. */
export function sameValue(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (Array.isArray(a) || Array.isArray(b)) {
    if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false;
    return a.every((item, index) => sameValue(item, b[index]));
  }
  if (isRecord(a) && isRecord(b)) {
    const keysA = Object.keys(a);
    const keysB = Object.keys(b);
    if (keysA.length !== keysB.length) return false;
    return keysA.every((key) => Object.hasOwn(b, key) && sameValue(a[key], b[key]));
  }
  return false;
}

const UNSET = '(not set)';

/**
 * Compares a fixture's expectation with the classification, with the fixtures' own rules:
 * only the properties that are set are checked; `message: 'default'` is the kind's catalogue
 * message; `fieldKeys` must all be keys of `fieldErrors`; `null` (`retryAfterMs`, `status`)
 * means the result has none. A response fixture's status is checked against the response's.
 */
export function compareExpected(
  expected: FixtureExpectation | undefined,
  result: ClassifiedError,
  responseStatus?: number,
): ExpectationRow[] {
  if (!isRecord(expected)) return [];
  const rows: ExpectationRow[] = [];
  const actual = result as unknown as Record<string, unknown>;
  for (const property of Object.keys(expected) as (keyof FixtureExpectation)[]) {
    const want: unknown = expected[property];
    if (want === undefined) continue;
    if (property === 'message' && want === 'default') {
      const message = englishMessages[expected.kind]?.message;
      rows.push({
        property,
        expected: `the default ${expected.kind} message: ${message}`,
        actual: result.message,
        matches: result.message === message,
      });
    } else if (property === 'fieldKeys' && Array.isArray(want)) {
      const keys = Object.keys(result.fieldErrors);
      rows.push({
        property,
        expected: `keys include ${want.join(', ')}`,
        actual: keys.length === 0 ? '(no field errors)' : keys.join(', '),
        matches: want.every((key) => keys.includes(String(key))),
      });
    } else if (want === null) {
      const got = actual[property];
      rows.push({ property, expected: UNSET, actual: got, matches: got === undefined });
    } else {
      const got = actual[property];
      rows.push({ property, expected: want, actual: got, matches: sameValue(want, got) });
    }
  }
  if (responseStatus !== undefined && expected.status === undefined) {
    // Response fixtures state no status: the result carries the response's own.
    rows.push({
      property: 'status',
      expected: responseStatus,
      actual: result.status,
      matches: result.status === responseStatus,
    });
  }
  return rows;
}

function fromResponseFixture(fixture: ResponseFixture): ExplorerEntry {
  const { status, statusText, headers, body } = fixture.response;
  const input = new HttpError({ ...fixture.response, method: fixture.method });
  const result = classifyError(input, classifyOptionsFor(fixture.options));
  return {
    key: `response:${fixture.id}`,
    id: fixture.id,
    origin: 'response',
    source: fixture.source,
    dialect: fixture.dialect,
    group: `${fixture.source} · ${fixture.dialect}`,
    description: fixture.description,
    response: {
      method: fixture.method?.toUpperCase(),
      status,
      statusText,
      headers: headerPairs(headers),
      body,
    },
    options: fixture.options,
    input,
    result,
    expected: fixture.expected,
    expectation: compareExpected(fixture.expected, result, status),
  };
}

function fromInputFixture(fixture: InputFixture): ExplorerEntry {
  let input: unknown;
  let makeError: unknown;
  try {
    input = fixture.make();
  } catch (error) {
    makeError = error;
    input = error;
  }
  const result = classifyError(input);
  const entry: ExplorerEntry = {
    key: `input:${fixture.id}`,
    id: fixture.id,
    origin: 'input',
    source: fixture.source,
    group: `${fixture.source} · thrown value`,
    description: fixture.description,
    input,
    result,
    expected: fixture.expected,
    expectation: compareExpected(fixture.expected, result),
  };
  if (makeError !== undefined) entry.makeError = makeError;
  return entry;
}

/** Classifies every fixture once: response fixtures first, then thrown-value fixtures. */
export function buildEntries(
  responses: readonly ResponseFixture[],
  inputs: readonly InputFixture[],
): ExplorerEntry[] {
  return [...responses.map(fromResponseFixture), ...inputs.map(fromInputFixture)];
}

/** Entries grouped by their heading, groups in order of first appearance. */
export function groupEntries(
  entries: readonly ExplorerEntry[],
): [group: string, ExplorerEntry[]][] {
  const groups = new Map<string, ExplorerEntry[]>();
  for (const entry of entries) {
    const list = groups.get(entry.group);
    if (list) list.push(entry);
    else groups.set(entry.group, [entry]);
  }
  return [...groups];
}

/** How many field paths a classification has. */
export function fieldCount(result: ClassifiedError): number {
  return Object.keys(result.fieldErrors).length;
}
