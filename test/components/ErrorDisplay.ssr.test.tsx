// @vitest-environment node
import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { HttpError } from '../../src/core';
import { de } from '../../src/locales/de';
import { ErrorDisplay, ErrorKitProvider } from '../../src/react';

const NOW = 1_700_000_000_000;

const cases: [label: string, error: unknown, root: string | undefined, texts: string[]][] = [
  [
    '422 with fields',
    new HttpError({
      status: 422,
      method: 'POST',
      body: {
        message: 'The given data was invalid.',
        errors: { email: ['Enter an email address.'], amount: ['Enter an amount.'] },
      },
    }),
    'error-summary',
    [
      'data-kind="validation"',
      'There is a problem',
      'href="#email"',
      'Enter an email address.',
      'href="#amount"',
      'Enter an amount.',
    ],
  ],
  [
    '401',
    new HttpError({ status: 401 }),
    'reauth-prompt',
    [
      'data-kind="unauthenticated"',
      'data-state="idle"',
      'Your session has ended',
      '<button type="button" class="ek-reauth-prompt__action ek-reauth-prompt__sign-in" data-ek-action="sign-in">Sign in again</button>',
    ],
  ],
  [
    '403',
    new HttpError({ status: 403, headers: { 'x-request-id': 'req_403' } }),
    'permission-notice',
    [
      'data-kind="forbidden"',
      'You do not have access',
      'Ask <bdi>your admin</bdi> to give you access.',
      'Request access',
      'Reference: <bdi dir="ltr">req_403</bdi>',
    ],
  ],
  [
    '429',
    new HttpError({ status: 429, headers: { 'retry-after': '3' } }),
    'retry-banner',
    [
      'data-kind="rate-limited"',
      'data-state="counting"',
      'Too many requests',
      'role="timer"',
      'Trying again in 3 seconds',
      'Retry now',
      'Stop',
    ],
  ],
  [
    '503',
    new HttpError({ status: 503, headers: { 'x-request-id': 'req_503' } }),
    'retry-banner',
    [
      'data-kind="unavailable"',
      'data-state="counting"',
      'Service unavailable',
      'role="timer"',
      'Reference: <bdi dir="ltr">req_503</bdi>',
    ],
  ],
  [
    '404',
    new HttpError({ status: 404, headers: { 'x-request-id': 'req_404' } }),
    'error-notice',
    [
      'data-kind="not-found"',
      'data-state="shown"',
      'Not found',
      'Reference: <bdi dir="ltr">req_404</bdi>',
    ],
  ],
  [
    'cancelled request',
    new DOMException('The user aborted a request.', 'AbortError'),
    undefined,
    [],
  ],
];

function timeouts(): number {
  return process.getActiveResourcesInfo().filter((resource) => resource === 'Timeout').length;
}

/** The `data-ek` roots in the markup (the provider's live region is `data-ek-live-region`). */
function roots(html: string): string[] {
  return [...html.matchAll(/ data-ek="([^"]+)"/g)].map((match) => match[1] ?? '');
}

function renderDisplay(error: unknown): string {
  return renderToString(
    <ErrorKitProvider
      now={() => NOW}
      reauthenticate={async () => {}}
      accessContact="your admin"
      onRequestAccess={() => {}}
    >
      <ErrorDisplay error={error} retry={{ onRetry: () => {} }} />
    </ErrorKitProvider>,
  );
}

describe('ErrorDisplay server rendering', () => {
  it('runs without DOM globals', () => {
    expect(typeof window).toBe('undefined');
    expect(typeof document).toBe('undefined');
  });

  it.each(cases)('renders a %s', (_label, error, root, texts) => {
    const before = timeouts();
    const html = renderDisplay(error);
    expect(timeouts()).toBeLessThanOrEqual(before);

    expect(roots(html)).toEqual(root ? [root] : []);
    // The provider's live region is rendered empty on the server, in every case.
    expect(html).toContain(
      '<div data-ek-live-region="" aria-live="polite" aria-atomic="true" class="ek-visually-hidden"></div>',
    );
    for (const text of texts) expect(html).toContain(text);
  });

  it('renders a cancelled request as nothing but the live region', () => {
    const html = renderDisplay(new DOMException('The user aborted a request.', 'AbortError'));
    expect(html).toBe(
      '<div data-ek-live-region="" aria-live="polite" aria-atomic="true" class="ek-visually-hidden"></div>',
    );
  });

  it('leaves no timers running after rendering every kind', () => {
    const before = timeouts();
    for (const [, error] of cases) renderDisplay(error);
    expect(timeouts()).toBeLessThanOrEqual(before);
  });

  it('passes per-component messages through, over the provider catalog', () => {
    const html = renderToString(
      <ErrorKitProvider messages={de} reauthenticate={async () => {}}>
        <ErrorDisplay
          error={new HttpError({ status: 401 })}
          reauth={{ messages: { signInAgain: 'Noch einmal anmelden' } }}
        />
        <ErrorDisplay
          error={new HttpError({ status: 403, headers: { 'x-request-id': 'req_403' } })}
          permission={{ messages: { reference: 'Vorgang: {id}' } }}
        />
      </ErrorKitProvider>,
    );
    expect(roots(html)).toEqual(['reauth-prompt', 'permission-notice']);
    expect(html).toContain(de.kinds.unauthenticated.title);
    expect(html).toContain('>Noch einmal anmelden</button>');
    expect(html).toContain(de.kinds.forbidden.title);
    expect(html).toContain('Vorgang: <bdi dir="ltr">req_403</bdi>');
    expect(html).not.toContain('Referenz:');
  });
});
