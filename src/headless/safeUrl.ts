import { devWarn } from './devWarn';

/**
 * Markup, quotes, backslashes, whitespace and the characters a browser strips or ignores inside
 * a URL (C0 and C1 controls, DEL, soft hyphen, zero-width and bidi marks, BOM), which can hide a
 * scheme: `java\tscript:`.
 */
const UNSAFE =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point
  /[<>"'`\\\s\u0000-\u0020\u007f-\u00a0\u00ad\u200b-\u200f\u202a-\u202e\u2060-\u2064\ufeff]|^\/\/|^$/;

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
 * Returns `url` when it stays on the page's own origin (a relative path, or an `http(s)` URL of
 * `base`'s origin), else `undefined` with a `console.warn` in development. Whitespace and control
 * characters are refused as browsers strip them: `java\tscript:` would run.
 * @param base The page's URL; defaults to `location.href`, and without one only paths pass.
 */
export function safeLoginUrl(
  url: string | null | undefined,
  base?: string | undefined,
): string | undefined {
  return checkUrl('loginUrl', url, false, base);
}

/** Like {@link safeLoginUrl}, for links that may leave the origin (`supportUrl`, ...). */
export function safeLinkUrl(name: string, url: string | null | undefined): string | undefined {
  return checkUrl(name, url, true);
}
