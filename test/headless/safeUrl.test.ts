import { afterEach, describe, expect, it, vi } from 'vitest';
import { safeLoginUrl } from '../../src/headless/safeUrl';

const BASE = 'https://app.example.com/orders/new?draft=1';

const accepted: [string, string][] = [
  ['absolute path', '/login'],
  ['path with a next parameter', '/login?next=%2Forders%2Fnew'],
  ['relative path', 'login?next=/orders'],
  ['dot-relative path', './login'],
  ['parent-relative path', '../signin'],
  ['query only', '?login=1'],
  ['fragment only', '#sign-in'],
  ['same-origin absolute https', 'https://app.example.com/login'],
  ['same-origin absolute, upper-case scheme and host', 'HTTPS://APP.EXAMPLE.COM/login'],
  ['same-origin with the default port', 'https://app.example.com:443/login'],
  ['a colon later in the path', '/login/a:b'],
  ['percent-encoded text that only looks like a scheme', '/%6Aavascript:alert(1)'],
];

const refused: [string, string][] = [
  ['javascript:', 'javascript:alert(1)'],
  ['JavaScript: mixed case', 'JaVaScRiPt:alert(document.cookie)'],
  ['javascript: with a tab inside', 'java\tscript:alert(1)'],
  ['javascript: with a newline inside', 'java\nscript:alert(1)'],
  ['javascript: with a leading space', ' javascript:alert(1)'],
  ['javascript: with a leading control character', '\u0001javascript:alert(1)'],
  ['javascript: with a zero-width space', 'java\u200bscript:alert(1)'],
  ['data:', 'data:text/html,<script>alert(1)</script>'],
  ['data: base64', 'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg=='],
  ['vbscript:', 'vbscript:msgbox(1)'],
  ['file:', 'file:///etc/passwd'],
  ['blob:', 'blob:https://app.example.com/1234'],
  ['protocol-relative', '//evil.example/login'],
  ['protocol-relative with three slashes', '///evil.example'],
  ['backslash trick', '/\\evil.example'],
  ['double backslash', '\\\\evil.example'],
  ['other origin', 'https://evil.example/login'],
  ['same host, other scheme', 'http://app.example.com/login'],
  ['same host, other port', 'https://app.example.com:8443/login'],
  ['look-alike host', 'https://app.example.com.evil.example/login'],
  ['credentials trick', 'https://app.example.com@evil.example/login'],
  ['empty string', ''],
  ['only whitespace', '   '],
  ['trailing newline', '/login\n'],
  ['https with a tab in the host', 'https://evil\t.example'],
];

describe('safeLoginUrl', () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it.each(accepted)('accepts %s: %j', (_, url) => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    expect(safeLoginUrl(url, BASE)).toBe(url);
    expect(warn).not.toHaveBeenCalled();
  });

  it.each(refused)('refuses %s: %j', (_, url) => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    expect(safeLoginUrl(url, BASE)).toBeUndefined();
    expect(warn).toHaveBeenCalledTimes(1);
    expect(String(warn.mock.calls[0]?.[0])).toMatch(/^errorkit: loginUrl .* was refused/);
  });

  it('has at least 20 hostile and benign cases', () => {
    expect(accepted.length + refused.length).toBeGreaterThanOrEqual(20);
  });

  it('gives undefined without a warning when there is no URL', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    expect(safeLoginUrl(undefined, BASE)).toBeUndefined();
    expect(safeLoginUrl(null, BASE)).toBeUndefined();
    expect(warn).not.toHaveBeenCalled();
  });

  it("uses the page's own location by default", () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    expect(safeLoginUrl(`${location.origin}/login`)).toBe(`${location.origin}/login`);
    expect(safeLoginUrl('/login')).toBe('/login');
    expect(safeLoginUrl('https://evil.example/login')).toBeUndefined();
    expect(warn).toHaveBeenCalledTimes(1);
  });

  it('without a page (server rendering) accepts relative paths only', () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    // `base` undefined: what the default gives where there is no `location`.
    expect(safeLoginUrl('/login', undefined)).toBe('/login');
    expect(safeLoginUrl('login?next=/a', undefined)).toBe('login?next=/a');
    expect(safeLoginUrl('https://app.example.com/login', undefined)).toBeUndefined();
    expect(safeLoginUrl('//evil.example', undefined)).toBeUndefined();
    expect(safeLoginUrl('javascript:alert(1)', undefined)).toBeUndefined();
  });

  it('stays quiet in production', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    vi.stubEnv('NODE_ENV', 'production');
    try {
      expect(safeLoginUrl('javascript:alert(1)', BASE)).toBeUndefined();
      expect(warn).not.toHaveBeenCalled();
    } finally {
      vi.unstubAllEnvs();
    }
  });

  it('refuses values that are not strings', () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    expect(safeLoginUrl({ toString: () => '/login' } as unknown as string, BASE)).toBeUndefined();
  });
});
