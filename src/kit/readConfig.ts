import { devWarn } from '../headless/devWarn';
import type { ErrorKitConfig } from './types';

const isObject = (value: unknown) => typeof value === 'object' && value !== null;
const isFunction = (value: unknown) => typeof value === 'function';
const isString = (value: unknown) => typeof value === 'string';

const CHECKS: Record<keyof ErrorKitConfig, [(value: unknown) => boolean, string]> = {
  classify: [isObject, 'an object'],
  messages: [
    (value) => isObject(value) && isObject((value as { kinds?: unknown }).kinds),
    'a catalog',
  ],
  overrides: [isObject, 'an object'],
  retry: [isObject, 'an object'],
  reauthenticate: [isFunction, 'a function'],
  loginUrl: [isString, 'a string'],
  accessContact: [isString, 'a string'],
  onRequestAccess: [isFunction, 'a function'],
  supportUrl: [isString, 'a string'],
  statusPageUrl: [isString, 'a string'],
  onError: [isFunction, 'a function'],
  now: [isFunction, 'a function'],
};

function read(config: object, key: string): unknown {
  try {
    return (config as Record<string, unknown>)[key];
  } catch {
    devWarn(`the setting ${key} could not be read, so its default is used.`);
    return undefined;
  }
}

/**
 * The usable part of a configuration: a setting of the wrong type (or one that throws when read)
 * is left out, so its default applies, and development builds say so.
 */
export function readConfig(config: unknown): ErrorKitConfig {
  const usable: Record<string, unknown> = {};
  if (config == null) return usable;
  if (!isObject(config)) {
    devWarn('errorKit(...) takes an object of settings; the defaults are used.');
    return usable;
  }
  for (const [key, [check, expected]] of Object.entries(CHECKS)) {
    const value = read(config, key);
    if (value === undefined) continue;
    if (check(value)) usable[key] = value;
    else devWarn(`${key} should be ${expected}; its default is used.`);
  }
  return usable;
}
