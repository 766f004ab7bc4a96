import { devWarn } from '../headless/devWarn';
import type { ErrorKitConfig } from './types';

// The `typeof` each setting must have; a catalog is an object with `kinds`.
const TYPES: Record<keyof ErrorKitConfig, string> = {
  classify: 'object',
  messages: 'object',
  overrides: 'object',
  retry: 'object',
  reauthenticate: 'function',
  loginUrl: 'string',
  accessContact: 'string',
  onRequestAccess: 'function',
  supportUrl: 'string',
  statusPageUrl: 'string',
  onError: 'function',
  now: 'function',
};

function usable(key: string, value: unknown): boolean {
  if (value === null || typeof value !== TYPES[key as keyof ErrorKitConfig]) return false;
  return key !== 'messages' || typeof (value as { kinds?: unknown }).kinds === 'object';
}

/**
 * The usable part of a configuration: a setting of the wrong type, or one that throws when read,
 * is left out so its default applies, and development builds say so.
 */
export function readConfig(config: unknown): ErrorKitConfig {
  const settings: Record<string, unknown> = {};
  if (config == null) return settings;
  if (typeof config !== 'object') {
    devWarn('errorKit(...) takes an object of settings; the defaults are used.');
    return settings;
  }
  for (const key of Object.keys(TYPES)) {
    let value: unknown;
    try {
      value = (config as Record<string, unknown>)[key];
      // A shallow copy now, so a getter that throws cannot reach the kit later.
      if (usable(key, value) && typeof value === 'object') value = { ...value };
    } catch {
      value = null;
    }
    if (value === undefined) continue;
    if (usable(key, value)) settings[key] = value;
    else
      devWarn(
        `the setting ${key} is not a usable ${TYPES[key as keyof ErrorKitConfig]}, so its default is used.`,
      );
  }
  return settings;
}
