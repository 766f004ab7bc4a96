/**
 * Characters a browser strips or ignores inside a URL (C0 controls, DEL, C1 controls, spaces,
 * zero-width and bidi marks, line separators, BOM), which can hide a scheme: `java\tscript:`.
 */
function isObfuscating(code: number): boolean {
  return (
    code <= 0x20 ||
    (code >= 0x7f && code <= 0xa0) ||
    code === 0xad ||
    (code >= 0x200b && code <= 0x200f) ||
    (code >= 0x202a && code <= 0x202e) ||
    (code >= 0x2060 && code <= 0x2064) ||
    code === 0xfeff
  );
}

function hasObfuscation(url: string): boolean {
  if (/\s/.test(url)) return true;
  for (let index = 0; index < url.length; index += 1) {
    if (isObfuscating(url.charCodeAt(index))) return true;
  }
  return false;
}

/** A scheme at the start: `https:`, `javascript:`, `data:`, ... */
const SCHEME = /^[a-z][a-z\d+.-]*:/i;

/** Stands in for the page's origin when there is none (server rendering). */
const PLACEHOLDER_ORIGIN = 'https://errorkit.invalid';

function currentHref(): string | undefined {
  return typeof location === 'undefined' ? undefined : location.href;
}

function warn(url: string, reason: string): void {
  // `process.env.NODE_ENV` spelled out in full, so bundlers can replace it.
  if (typeof process !== 'undefined' && process.env && process.env.NODE_ENV === 'production') {
    return;
  }
  console.warn(
    `errorkit: loginUrl ${JSON.stringify(url)} was refused: ${reason}. No sign-in link is rendered.`,
  );
}

function parse(url: string, base: string): URL | undefined {
  try {
    return new URL(url, base);
  } catch {
    return undefined;
  }
}

function refusal(url: string, base: string | undefined): string | undefined {
  if (url.trim() === '') return 'it is empty';
  if (url.length > 2048) return 'it is longer than 2,048 characters';
  if (/[<>"'`]/.test(url)) return 'it contains markup or quote characters';
  if (hasObfuscation(url)) return 'it contains whitespace or control characters';
  if (url.includes('\\')) return 'it contains a backslash';
  if (url.startsWith('//')) return 'protocol-relative URLs can point to another origin';
  const hasScheme = SCHEME.test(url);
  if (hasScheme && !/^https?:/i.test(url)) return 'only http: and https: URLs are allowed';
  if (base === undefined && hasScheme) {
    return 'without a page (server rendering) only relative paths are accepted';
  }
  const origin = parse(base ?? PLACEHOLDER_ORIGIN, PLACEHOLDER_ORIGIN);
  if (!origin || !/^https?:$/.test(origin.protocol)) return 'the page has no http(s) origin';
  const resolved = parse(url, origin.href);
  if (!resolved) return 'it is not a valid URL';
  if (!/^https?:$/.test(resolved.protocol)) return 'only http: and https: URLs are allowed';
  if (resolved.origin !== origin.origin) return 'it is not on the same origin as the page';
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
  base: string | undefined = currentHref(),
): string | undefined {
  if (url == null) return undefined;
  if (typeof url !== 'string') {
    warn(String(url), 'it is not a string');
    return undefined;
  }
  const reason = refusal(url, base);
  if (reason) {
    warn(url, reason);
    return undefined;
  }
  return url;
}
