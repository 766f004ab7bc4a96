/**
 * Warns in development only. `process.env.NODE_ENV` is spelled out in full so bundlers can
 * replace it and drop the warning from production builds.
 */
export function devWarn(message: string): void {
  if (typeof process !== 'undefined' && process.env && process.env.NODE_ENV === 'production') {
    return;
  }
  console.warn(`errorkit: ${message}`);
}
