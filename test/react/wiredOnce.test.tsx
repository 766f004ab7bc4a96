// The provider and the components working together: render-time localisation, the suppressed-field
// fallback, status and support links, and the once-per-failure report hook.
import { act, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { type ClassifiedError, classifyError, HttpError } from '../../src/core';
import { ar } from '../../src/locales/ar';
import { de } from '../../src/locales/de';
import {
  ErrorDisplay,
  ErrorKitProvider,
  type ErrorKitProviderProps,
  ErrorSummary,
  FieldError,
  RetryBanner,
  useFieldErrors,
} from '../../src/react';

afterEach(() => {
  vi.restoreAllMocks();
});

const serverError = (status: number, body: unknown = {}) =>
  new HttpError({ status, method: 'GET', body, headers: { 'x-request-id': 'req-42' } });

function Switcher({ error }: { error: unknown }) {
  const [catalog, setCatalog] = useState(de);
  return (
    <ErrorKitProvider messages={catalog}>
      <button type="button" onClick={() => setCatalog(ar)}>
        ar
      </button>
      <ErrorDisplay error={error} />
    </ErrorKitProvider>
  );
}

function Form({ error }: { error: unknown }) {
  const { fieldProps } = useFieldErrors(error);
  return (
    <>
      <ErrorSummary error={error} fields={['email', 'name']} />
      <FieldError error={error} name="email" />
      <input aria-label="Email" {...fieldProps('email')} />
    </>
  );
}

const limited = serverError(429);

function Reporting({
  error,
  props,
  onError,
}: {
  error: unknown;
  props: Partial<ErrorKitProviderProps>;
  onError: (error: ClassifiedError) => void;
}) {
  return (
    <ErrorKitProvider {...props} onError={(e) => onError(e)}>
      <ErrorSummary error={error} />
      <FieldError error={error} name="email" />
      <FieldError error={error} name="name" />
      <RetryBanner error={limited} retry={{ onRetry: () => {} }} />
    </ErrorKitProvider>
  );
}

describe('default texts come from the provider catalog at render time', () => {
  it.each([
    ['de', de],
    ['ar', ar],
  ])('an error classified in app code reads in %s; server text stays', (_name, catalog) => {
    // Classified without the provider: English defaults baked in.
    const classified = classifyError(serverError(503));
    expect(classified.title).toBe('Service unavailable');
    const { container } = render(
      <ErrorKitProvider messages={catalog}>
        <RetryBanner error={classified} retry={{ onRetry: () => {} }} />
        <ErrorDisplay error={classifyError(serverError(404, { message: 'Invoice 7 is gone.' }))} />
      </ErrorKitProvider>,
    );
    const banner = container.querySelector('[data-ek="retry-banner"]');
    expect(banner).toHaveTextContent(catalog.kinds.unavailable.title);
    // Counting down to a retry of its own, it says so instead of the kind's "try again later".
    expect(banner).toHaveTextContent(catalog.willRetry);
    expect(banner).not.toHaveTextContent(catalog.kinds.unavailable.message);
    expect(banner).not.toHaveTextContent('Service unavailable');
    const notice = container.querySelector('[data-ek="error-notice"]');
    expect(notice).toHaveTextContent(catalog.kinds['not-found'].title);
    // The server's own sentence is not replaced.
    expect(notice).toHaveTextContent('Invoice 7 is gone.');
  });

  it('the same error switches language with the provider, without re-classifying', () => {
    const classified = classifyError(serverError(401));
    render(<Switcher error={classified} />);
    expect(screen.getByRole('heading', { name: de.kinds.unauthenticated.title })).toBeVisible();
    act(() => screen.getByRole('button', { name: 'ar' }).click());
    expect(screen.getByRole('heading', { name: ar.kinds.unauthenticated.title })).toBeVisible();
  });
});

describe('a field whose every message was withheld', () => {
  // A Laravel-style 422 whose only message for `email` is markup: the core withholds the markup.
  const response = () =>
    new HttpError({
      status: 422,
      method: 'POST',
      body: {
        message: 'The given data was invalid.',
        errors: { email: ['<span class="error">Taken</span>'], name: ['Enter your name.'] },
      },
    });
  const withheld = (): ClassifiedError => classifyError(response());

  it('keeps the field in the classification', () => {
    expect(withheld().fieldErrors.email).toEqual(['Check this answer.']);
  });

  it('shows the field for the raw error too', () => {
    render(
      <ErrorKitProvider messages={de}>
        <Form error={response()} />
      </ErrorKitProvider>,
    );
    expect(screen.getByLabelText('Email')).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByRole('link', { name: de.fields.invalid })).toHaveAttribute('href', '#email');
  });

  it.each([
    ['en', undefined, 'Check this answer.'],
    ['de', de, de.fields.invalid],
    ['ar', ar, ar.fields.invalid],
  ])('still shows, marked invalid, with the catalog message (%s)', (_name, catalog, text) => {
    const { container } = render(
      <ErrorKitProvider messages={catalog}>
        <Form error={withheld()} />
      </ErrorKitProvider>,
    );
    expect(container.querySelector('#email-error')).toHaveTextContent(text);
    expect(screen.getByLabelText('Email')).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByLabelText('Email')).toHaveAttribute('aria-describedby', 'email-error');
    expect(screen.getByRole('link', { name: text })).toHaveAttribute('href', '#email');
  });
});

describe('status page and support links', () => {
  const links = { statusPageUrl: 'https://status.example.com/', supportUrl: '/help/contact' };

  it.each([
    ['en', undefined],
    ['de', de],
    ['ar', ar],
  ])('render with catalog labels (%s)', (_name, catalog) => {
    const strings = catalog ?? {
      statusPage: 'Check the service status',
      contactSupport: 'Contact support',
    };
    const { container } = render(
      <ErrorKitProvider {...links} messages={catalog}>
        <ErrorDisplay error={serverError(503)} />
        <ErrorDisplay error={serverError(500)} />
        <ErrorDisplay error={serverError(422)} />
      </ErrorKitProvider>,
    );
    const status = screen.getByRole('link', { name: strings.statusPage });
    expect(status).toHaveAttribute('href', links.statusPageUrl);
    expect(status.closest('[data-ek]')).toHaveAttribute('data-kind', 'unavailable');
    const support = screen.getByRole('link', { name: strings.contactSupport });
    expect(support).toHaveAttribute('href', links.supportUrl);
    expect(support.closest('[data-ek]')).toHaveAttribute('data-kind', 'server');
    expect(container.querySelectorAll('a[data-ek-action]')).toHaveLength(2);
  });

  it('refuse other schemes and hidden ones', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const { container } = render(
      <ErrorKitProvider statusPageUrl="javascript:alert(1)" supportUrl={'java\tscript:alert(2)'}>
        <ErrorDisplay error={serverError(503)} />
        <ErrorDisplay error={serverError(500)} />
      </ErrorKitProvider>,
    );
    expect(container.querySelectorAll('a')).toHaveLength(0);
    expect(warn).toHaveBeenCalledTimes(2);
    const warnings = warn.mock.calls.map(([text]) => String(text)).join('\n');
    expect(warnings).toContain('statusPageUrl');
    expect(warnings).toContain('supportUrl');
  });

  it('show nothing without a provider link', () => {
    const { container } = render(<ErrorDisplay error={serverError(503)} />);
    expect(container.querySelectorAll('a')).toHaveLength(0);
  });
});

describe('onError', () => {
  it('is called once per distinct failure: not per render, component or tick', () => {
    vi.useFakeTimers();
    try {
      const onError = vi.fn();
      const first = new HttpError({
        status: 422,
        method: 'POST',
        body: { errors: { email: ['Enter an email.'], name: ['Enter a name.'] } },
      });
      const { rerender } = render(<Reporting error={first} props={{}} onError={onError} />);
      for (let i = 0; i < 5; i += 1)
        rerender(<Reporting error={first} props={{ classify: {} }} onError={onError} />);
      act(() => {
        vi.advanceTimersByTime(5000);
      });
      expect(onError).toHaveBeenCalledTimes(2);
      expect(onError.mock.calls.map((call) => (call[0] as ClassifiedError).kind).sort()).toEqual([
        'rate-limited',
        'validation',
      ]);
      const reported = onError.mock.calls.map((call) => call[0] as ClassifiedError);
      expect(reported.find((e) => e.kind === 'rate-limited')?.requestId).toBe('req-42');

      // A new failure (a new error object) is reported; a cancelled request is not.
      rerender(
        <Reporting
          error={new HttpError({ status: 422, method: 'POST', body: {} })}
          props={{}}
          onError={onError}
        />,
      );
      rerender(
        <Reporting
          error={new DOMException('The user aborted.', 'AbortError')}
          props={{}}
          onError={onError}
        />,
      );
      expect(onError).toHaveBeenCalledTimes(3);
    } finally {
      vi.useRealTimers();
    }
  });
});
