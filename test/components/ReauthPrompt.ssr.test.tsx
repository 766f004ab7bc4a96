// @vitest-environment node
import { renderToString } from 'react-dom/server';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { HttpError } from '../../src/core';
import { ErrorKitProvider, PermissionNotice, ReauthPrompt } from '../../src/react';

const unauthenticated = new HttpError({
  status: 401,
  body: { version: 'v2_0_0', status: 401, exception: { message: 'Token expired.', code: 1004 } },
});
const forbidden = new HttpError({
  status: 403,
  headers: { 'x-request-id': 'req_42' },
  body: { message: 'You cannot export invoices.' },
});

afterEach(() => {
  vi.restoreAllMocks();
});

describe('server rendering (no window)', () => {
  it('has no DOM globals here', () => {
    expect(typeof window).toBe('undefined');
    expect(typeof location).toBe('undefined');
  });

  it('renders ReauthPrompt with a button when there is reauthenticate', () => {
    const html = renderToString(
      <ErrorKitProvider reauthenticate={async () => {}}>
        <ReauthPrompt error={unauthenticated} />
      </ErrorKitProvider>,
    );
    expect(html).toContain('data-ek="reauth-prompt"');
    expect(html).toContain('data-state="idle"');
    expect(html).toContain('Token expired.');
    expect(html).toMatch(/<button type="button"[^>]*>Sign in again<\/button>/);
  });

  it('links to a relative loginUrl on the server', () => {
    const html = renderToString(<ReauthPrompt error={unauthenticated} loginUrl="/login?next=/a" />);
    expect(html).toContain('href="/login?next=/a"');
  });

  it('refuses absolute and hostile loginUrls on the server', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    for (const loginUrl of ['https://app.example.com/login', 'javascript:alert(1)']) {
      const html = renderToString(<ReauthPrompt error={unauthenticated} loginUrl={loginUrl} />);
      expect(html).toContain('Token expired.');
      expect(html).not.toContain('<a');
    }
    expect(warn).toHaveBeenCalledTimes(2);
  });

  it('renders PermissionNotice with contact, action and reference', () => {
    const html = renderToString(
      <ErrorKitProvider accessContact="your admin" onRequestAccess={() => {}}>
        <PermissionNotice error={forbidden} />
      </ErrorKitProvider>,
    );
    expect(html).toContain('data-ek="permission-notice"');
    expect(html).toContain('data-state="denied"');
    expect(html).toContain('You cannot export invoices.');
    expect(html).toContain('Ask <bdi>your admin</bdi> to give you access.');
    expect(html).toContain('Request access');
    expect(html).toContain('Reference: <bdi dir="ltr">req_42</bdi>');
  });

  it('renders nothing for other kinds', () => {
    expect(renderToString(<ReauthPrompt error={forbidden} />)).toBe('');
    expect(renderToString(<PermissionNotice error={unauthenticated} />)).toBe('');
  });
});
