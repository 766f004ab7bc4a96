import { devWarn } from './devWarn';

/**
 * Markup, quotes, backslashes, whitespace and the characters a browser strips or ignores inside
 * a URL (C0 and C1 controls, DEL, soft hyphen, zero-width and bidi marks, BOM), which can hide a
 * scheme: `java\tscript:`.
 */
const UNSAFE =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point
  /[<>"'`\\\s\u0000-\u0020\u007f-\u00a0\u00ad\u200b-\u200f\u202a-\u202e\u2060-\u2064\ufeff]|^\/\/|^$/;

/** A scheme at the start: `https:`, `javascript:`, `data:`, ... */
const SCHEME = /^[a-z][a-z\d+.-]*:/i;

const HTTP = /^https?:/i;

/** Stands in for the page's origin when there is none (server rendering). */
const PLACEHOLDER_ORIGIN = 'https://errorkit.invalid';

const currentHref = (): string | undefined =>
  typeof location === 'undefined' ? undefined : location.href;

function parse(url: string, base: string): URL | undefined {
  try {
    return new URL(url, base);
  } catch {
    return undefined;
  }
}

function checkUrl(
  name: string,
  url: string | null | undefined,
  anyOrigin: boolean,
  base: string | undefined = currentHref(),
): string | undefined {
  if (url == null) return undefined;
  const text = typeof url === 'string' ? url : '';
  const scheme = SCHEME.test(text);
  const page = parse(base ?? PLACEHOLDER_ORIGIN, PLACEHOLDER_ORIGIN);
  const resolved =
    text.length <= 2048 && !UNSAFE.test(text) && (!scheme || HTTP.test(text)) && page
      ? parse(text, page.href)
      : undefined;
  const safe =
    resolved &&
    HTTP.test(resolved.protocol) &&
    ((anyOrigin && scheme) ||
      (resolved.origin === page?.origin && !(scheme && base === undefined)));
  if (safe) return text;
  devWarn(
    `${name} ${JSON.stringify(String(url))} was refused: only a relative path or an http(s) URL${anyOrigin ? '' : ' of the page’s origin'} without whitespace, control characters, backslashes or markup is linked.`,
  );
  return undefined;
}

/**
 * Returns `url` unchanged when it is safe to link to as a sign-in page, else `undefined`.
 *
 * Safe means it stays on the page's own origin: a relative path (`/login`, `login?next=/a`) or
 * an absolute `http(s)` URL of the same origin as `base`. Refused: other schemes (`javascript:`,
 * `data:`, `vbscript:`, ...), protocol-relative `//host`, backslashes (`/\host`), other origins,
 * and any whitespace or control character (`java\tscript:`). In development
 * (`process.env.NODE_ENV !== 'production'`) a refusal is reported with `console.warn`.
 *
 * @param url The candidate URL; `undefined` or `null` gives `undefined` without a warning.
 * @param base The page's URL to compare origins with. Defaults to `location.href`; on a server
 *   (no `location`) only relative paths are accepted.
 */
export function safeLoginUrl(
  url: string | null | undefined,
  base?: string | undefined,
): string | undefined {
  return checkUrl('loginUrl', url, false, base);
}

/**
 * Like {@link safeLoginUrl}, for links that may leave the page's origin (`supportUrl`,
 * `statusPageUrl`): a relative path or an absolute `http(s)` URL of any origin; every other
 * scheme, and whitespace, control characters, backslashes and markup, are refused.
 */
export function safeLinkUrl(name: string, url: string | null | undefined): string | undefined {
  return checkUrl(name, url, true);
}
