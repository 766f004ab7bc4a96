import { type ClassifiedError, type ClassifyOptions, classifyError, retryDecision } from '../core';
import { devWarn } from '../headless/devWarn';
import { safeLinkUrl } from '../headless/safeUrl';
import { mergeCatalog } from './catalog';
import { localize } from './localize';
import { readConfig } from './readConfig';
import type { ErrorKit, ErrorKitConfig } from './types';

/** What kits derived from one another share while they classify alike. */
interface Memory {
  classified: WeakMap<object, ClassifiedError>;
  reported: WeakSet<object>;
}

const memories = new WeakMap<ErrorKit, Memory>();

const newMemory = (): Memory => ({ classified: new WeakMap(), reported: new WeakSet() });

function safeClock(now: (() => number) | undefined): () => number {
  // Looked up on every call, so a clock a test installs later (fake timers) is used.
  if (!now) return () => Date.now();
  let warned = false;
  return () => {
    try {
      const time = now();
      if (Number.isFinite(time)) return time;
    } catch {}
    if (!warned) devWarn('now() did not return a time, so Date.now() is used.');
    warned = true;
    return Date.now();
  };
}

function reporter(onError: ErrorKitConfig['onError'], reported: WeakSet<object>) {
  return (error: ClassifiedError) => {
    const key = typeof error.cause === 'object' && error.cause !== null ? error.cause : error;
    if (!onError || error.kind === 'cancelled' || reported.has(key)) return;
    reported.add(key);
    try {
      onError(error);
    } catch {
      devWarn('onError threw; the failure is still shown.');
    }
  };
}

function catalogOf({ messages, overrides }: ErrorKitConfig) {
  try {
    return mergeCatalog(messages, overrides);
  } catch {
    devWarn('messages or overrides could not be read, so the English catalog is used.');
    return mergeCatalog(undefined, undefined);
  }
}

function createKit(settings: ErrorKitConfig, memory: Memory): ErrorKit {
  const config = Object.freeze(settings);
  const now = safeClock(config.now);
  const messages = catalogOf(config);
  const classifyOptions: ClassifyOptions = Object.freeze({ ...config.classify, now });
  const retryOptions = Object.freeze({ ...config.retry });
  // In the catalog's words: kept per kit, since kits that share classifications may differ in it.
  const localized = new WeakMap<ClassifiedError, ClassifiedError>();
  const classifyRaw = (error: unknown): ClassifiedError => {
    if (typeof error !== 'object' || error === null) return classifyError(error, classifyOptions);
    let classified = memory.classified.get(error);
    if (!classified) {
      classified = classifyError(error, classifyOptions);
      memory.classified.set(error, classified);
    }
    return classified;
  };
  const kit: ErrorKit = {
    config,
    messages,
    classifyOptions,
    retryOptions,
    now,
    reauthenticate: config.reauthenticate,
    loginUrl: config.loginUrl,
    accessContact: config.accessContact,
    onRequestAccess: config.onRequestAccess,
    supportUrl: safeLinkUrl('supportUrl', config.supportUrl),
    statusPageUrl: safeLinkUrl('statusPageUrl', config.statusPageUrl),
    classify(error) {
      const raw = classifyRaw(error);
      let shown = localized.get(raw);
      if (!shown) {
        shown = localize(raw, messages);
        localized.set(raw, shown);
      }
      return shown;
    },
    retryDecision: (error, failureCount, options) =>
      retryDecision(classifyRaw(error), failureCount, { ...retryOptions, ...options }),
    report: reporter(config.onError, memory.reported),
  };
  memories.set(kit, memory);
  return Object.freeze(kit);
}

/**
 * Creates the app's {@link ErrorKit}, like TanStack Query's `new QueryClient(...)`: once, outside
 * components, and usable on a server. Settings of the wrong type are left out with a warning in
 * development.
 */
export function errorKit(config: ErrorKitConfig = {}): ErrorKit {
  return createKit(readConfig(config), newMemory());
}

/**
 * `base` with some settings replaced. While the classify settings and the clock stay the same it
 * shares the base's classifications, so a failure is still classified and reported once.
 */
export function deriveKit(base: ErrorKit, overrides: ErrorKitConfig): ErrorKit {
  const own = readConfig(overrides);
  if (Object.keys(own).length === 0) return base;
  const shared = memories.get(base) ?? newMemory();
  const classifiesAlike = own.classify === undefined && own.now === undefined;
  return createKit(
    { ...base.config, ...own },
    { classified: classifiesAlike ? shared.classified : new WeakMap(), reported: shared.reported },
  );
}

let fallback: ErrorKit | undefined;

export function defaultKit(): ErrorKit {
  fallback ??= errorKit();
  return fallback;
}
