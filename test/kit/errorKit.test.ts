import { afterEach, describe, expect, it, vi } from 'vitest';
import { classifyError, type ErrorKitConfig, errorKit, HttpError } from '../../src';
import { de } from '../../src/locales/de';
import { en } from '../../src/locales/en';

afterEach(() => {
  vi.restoreAllMocks();
});

const unavailable = () =>
  new HttpError({ status: 503, method: 'GET', headers: { 'retry-after': '2' } });

describe('errorKit', () => {
  it('classifies and words a failure in its catalog, keeping the server’s text', () => {
    const kit = errorKit({ messages: de });
    expect(kit.classify(unavailable()).title).toBe(de.kinds.unavailable.title);
    const notFound = new HttpError({ status: 404, body: { message: 'Invoice 7 is gone.' } });
    expect(kit.classify(notFound)).toMatchObject({
      title: de.kinds['not-found'].title,
      message: 'Invoice 7 is gone.',
    });
  });

  it('words an error classified elsewhere by its defaults, not by comparing strings', () => {
    const classified = classifyError(unavailable());
    expect(errorKit({ messages: de }).classify(classified).message).toBe(
      de.kinds.unavailable.message,
    );
    // A message that is the server's stays, even when it reads like a default.
    const server = { ...classified, defaults: { title: true } };
    expect(errorKit({ messages: de }).classify(server).message).toBe(classified.message);
  });

  it('gives the same object for the same failure, however often it is asked', () => {
    const kit = errorKit();
    const failure = unavailable();
    expect(kit.classify(failure)).toBe(kit.classify(failure));
  });

  it('decides retries by its rules', () => {
    const kit = errorKit({ retry: { maxRetries: 1 } });
    expect(kit.retryDecision(unavailable(), 0)).toMatchObject({ retry: true, delayMs: 2000 });
    expect(kit.retryDecision(unavailable(), 1)).toMatchObject({
      retry: false,
      reason: 'exhausted',
    });
    const post = new HttpError({ status: 503, method: 'POST' });
    expect(kit.retryDecision(post, 0, { mutation: true }).reason).toBe('not-idempotent');
  });

  it('reports a failure once, never a cancelled one, and survives a throwing onError', () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const onError = vi.fn(() => {
      throw new Error('monitoring is down');
    });
    const kit = errorKit({ onError });
    const failure = kit.classify(unavailable());
    kit.report(failure);
    kit.report(failure);
    kit.report(kit.classify(new DOMException('stopped', 'AbortError')));
    expect(onError).toHaveBeenCalledTimes(1);
  });

  it('is frozen', () => {
    const kit = errorKit();
    expect(Object.isFrozen(kit)).toBe(true);
    expect(Object.isFrozen(kit.config)).toBe(true);
  });
});

describe('bad settings give the defaults and a warning, never a crash', () => {
  const cases: [string, unknown][] = [
    ['null', null],
    ['a number', 42],
    ['a string', 'de'],
    ['classify as a string', { classify: 'codes' }],
    ['messages without kinds', { messages: { locale: 'de' } }],
    ['now as a number', { now: 5 }],
    ['onError as a string', { onError: 'log' }],
    ['supportUrl as an object', { supportUrl: {} }],
    ['a javascript: supportUrl', { supportUrl: 'javascript:alert(1)' }],
    ['retry as true', { retry: true }],
    [
      'classify whose members throw',
      {
        classify: new Proxy(
          {},
          {
            ownKeys() {
              throw new Error('no');
            },
          },
        ),
      },
    ],
    [
      'a catalog whose kinds throw',
      {
        messages: {
          kinds: new Proxy(
            {},
            {
              ownKeys() {
                throw new Error('no');
              },
            },
          ),
        },
      },
    ],
    [
      'a getter that throws',
      Object.defineProperty({}, 'messages', {
        enumerable: true,
        get() {
          throw new Error('no');
        },
      }),
    ],
  ];
  it.each(cases)('%s', (_name, config) => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const kit = errorKit(config as ErrorKitConfig);
    expect(kit.messages.locale).toBe('en');
    expect(kit.supportUrl).toBeUndefined();
    expect(typeof kit.now()).toBe('number');
    expect(kit.classify(unavailable()).kind).toBe('unavailable');
    expect(kit.retryDecision(unavailable(), 0).retry).toBe(true);
    if (config !== null) expect(warn).toHaveBeenCalled();
  });

  it('a clock that throws falls back to Date.now', () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const kit = errorKit({
      now: () => {
        throw new Error('no clock');
      },
    });
    expect(Math.abs(kit.now() - Date.now())).toBeLessThan(1000);
    expect(kit.classify(unavailable()).retryAfterMs).toBe(2000);
  });

  it('a partial catalog falls back to English for what it lacks', () => {
    const partial = { ...de, retryNow: undefined } as unknown as typeof de;
    const kit = errorKit({ messages: partial });
    expect(kit.messages.retryNow).toBe(en.retryNow);
    expect(kit.messages.stop).toBe(de.stop);
  });
});
