import type { HeaderValues } from './headers';

const DELAY_SECONDS = /^\s*(\d+(?:\.\d+)?)\s*$/;
// An HTTP-date always names a month or weekday; this keeps `Date.parse` away from bare numbers.
const LOOKS_LIKE_DATE = /[a-z]{3}/i;

function secondsToMs(seconds: number): number | undefined {
  const ms = Math.round(seconds * 1000);
  return Number.isFinite(ms) && seconds >= 0 ? ms : undefined;
}

function parseDate(value: string | null | undefined): number | undefined {
  if (!value || !LOOKS_LIKE_DATE.test(value)) return undefined;
  const time = Date.parse(value);
  return Number.isFinite(time) ? time : undefined;
}

/**
 * Reads a `Retry-After` value: delay-seconds (`"120"`) or an HTTP-date.
 * A date is measured against `dateHeader` (the response's own `Date`) when it parses,
 * else against `now`. Past dates give 0; malformed values give `undefined`.
 *
 * @param now - clock in ms since the epoch. @default Date.now()
 * @returns the wait in milliseconds, or `undefined`.
 */
export function parseRetryAfter(
  value: string | number | null | undefined,
  now: number = Date.now(),
  dateHeader?: string | null,
): number | undefined {
  if (typeof value === 'number') return secondsToMs(value);
  if (typeof value !== 'string') return undefined;
  const seconds = DELAY_SECONDS.exec(value);
  if (seconds) return secondsToMs(Number(seconds[1]));
  const at = parseDate(value);
  if (at === undefined) return undefined;
  const base = parseDate(dateHeader) ?? now;
  return Math.max(0, at - base);
}

/** Seconds as a number or numeric string (`2.5`, `"30"`, `"1.5s"`) to milliseconds. */
export function parseSeconds(value: unknown): number | undefined {
  if (typeof value === 'number') return secondsToMs(value);
  if (typeof value !== 'string') return undefined;
  const found = value.length < 64 ? /^(\d+(?:\.\d+)?)s?$/.exec(value.trim()) : null;
  return found ? secondsToMs(Number(found[1])) : undefined;
}

/** A reset header: epoch ms above 1e12, epoch seconds above 1e9, else delta seconds. */
function resetAt(value: string | undefined, base: number): number | undefined {
  if (!DELAY_SECONDS.test(value ?? '')) return undefined;
  const n = Number(value);
  return n > 1e9 ? Math.max(0, Math.round((n > 1e12 ? n : n * 1000) - base)) : secondsToMs(n);
}

// IETF RateLimit: `"default";r=0;t=30` (draft 08+) or `limit=100, remaining=0, reset=30` (draft 07).
const RATELIMIT_RESET = /(?:^|[;,\s])(?:t|reset)=(\d+(?:\.\d+)?)/;

// Every spelling of the rate-limit headers: `RateLimit-*` (IETF draft, Twitch, DigitalOcean),
// `X-RateLimit-*` (GitHub, Laravel), `X-Rate-Limit-*` (X). Whole names, so that no look-up
// builds a string.
const REMAINING = ['ratelimit-remaining', 'x-ratelimit-remaining', 'x-rate-limit-remaining'];
const RESET = ['ratelimit-reset', 'x-ratelimit-reset', 'x-rate-limit-reset'];

/** True when the headers say the client has used up its quota. */
export function quotaExhausted(headers: HeaderValues): boolean {
  for (const name of REMAINING) if (headers[name]?.trim() === '0') return true;
  return /(?:^|[;,\s])(?:r|remaining)=0(?![\d.])/.test(headers.ratelimit ?? '');
}

/**
 * The server's wait hint from headers, first found wins: `Retry-After` (or `X-Retry-After`),
 * then (only when `rateLimited`, since these headers ride on every response of some APIs) IETF
 * `RateLimit`, then a reset header in any spelling.
 */
export function retryHintFromHeaders(
  headers: HeaderValues,
  now: number,
  rateLimited: boolean,
): number | undefined {
  const retryAfter = parseRetryAfter(
    headers['retry-after'] ?? headers['x-retry-after'],
    now,
    headers.date,
  );
  if (retryAfter !== undefined || !rateLimited) return retryAfter;
  const base = parseDate(headers.date) ?? now;
  let reset = resetAt(RATELIMIT_RESET.exec(headers.ratelimit ?? '')?.[1], base);
  for (const name of RESET) reset ??= resetAt(headers[name], base);
  return reset;
}
