import { ar } from 'errorkit/locales/ar';
import { de } from 'errorkit/locales/de';
import type { ErrorKitMessages } from 'errorkit/react';

/** The catalogs `?lang=` picks (English, errorkit's default, without it). */
const CATALOGS: Record<string, ErrorKitMessages> = { ar, de };

/**
 * errorkit's messages for `?lang=ar` or `?lang=de`, with the page's `lang` and `dir` set to
 * match, so the app can be seen right to left. `undefined` keeps errorkit's English.
 */
export function pageMessages(search: string): ErrorKitMessages | undefined {
  const catalog = CATALOGS[new URLSearchParams(search).get('lang') ?? ''];
  if (catalog) {
    document.documentElement.lang = catalog.locale;
    document.documentElement.dir = catalog.dir;
  }
  return catalog;
}
