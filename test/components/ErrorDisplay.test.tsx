import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { classifyError, HttpError } from '../../src/core';
import { ErrorDisplay, type ErrorKindRendererProps, ErrorKitProvider } from '../../src/react';
import { responseFixtures } from '../fixtures';

function shown(container: HTMLElement): string | null | undefined {
  return container.querySelector('[data-ek]:not([data-ek-live-region])')?.getAttribute('data-ek');
}

const Quiet = ({ error }: ErrorKindRendererProps) => <p>Quiet: {error.kind}</p>;
const Loud = ({ error }: ErrorKindRendererProps) => <p>Loud: {error.kind}</p>;

describe('ErrorDisplay', () => {
  it.each([
    [
      new HttpError({ status: 422, body: { errors: { email: ['Enter an email address'] } } }),
      'error-summary',
    ],
    [new HttpError({ status: 401 }), 'reauth-prompt'],
    [new HttpError({ status: 403 }), 'permission-notice'],
    [new HttpError({ status: 429, headers: { 'Retry-After': '3' } }), 'retry-banner'],
    [new HttpError({ status: 503 }), 'retry-banner'],
    [new TypeError('Failed to fetch'), 'retry-banner'],
    [new HttpError({ status: 404 }), 'error-notice'],
    [
      new HttpError({ status: 409, body: { message: 'That invoice number is already used.' } }),
      'error-notice',
    ],
    [
      new HttpError({ status: 409, body: { errors: { number: ['Already used'] } } }),
      'error-summary',
    ],
    [new Error('boom'), 'error-notice'],
  ])('picks the component for %o', (error, component) => {
    const { container } = render(<ErrorDisplay error={error} />);
    expect(shown(container)).toBe(component);
  });

  it('hands the banner its retry value and, through banner, its other props', () => {
    const error = new HttpError({ status: 429, headers: { 'Retry-After': '3' } });
    const { container, rerender } = render(
      <ErrorDisplay error={error} retry={{ onRetry: () => {}, attempt: 2, maxRetries: 3 }} />,
    );
    expect(screen.getByText('Attempt 2 of 3')).toBeInTheDocument();
    rerender(
      <ErrorDisplay
        error={error}
        retry={{ onRetry: () => {} }}
        banner={{ exhausted: true, classNames: { root: 'mine' } }}
      />,
    );
    const banner = container.querySelector('[data-ek="retry-banner"]');
    expect(banner).toHaveAttribute('data-state', 'exhausted');
    expect(banner).toHaveClass('mine');
  });

  it('renders nothing for a cancelled request or no error', () => {
    const { container, rerender } = render(
      <ErrorDisplay error={new DOMException('stop', 'AbortError')} />,
    );
    expect(shown(container)).toBeUndefined();
    rerender(<ErrorDisplay error={null} />);
    expect(container).toBeEmptyDOMElement();
  });

  it("lets a prop, then the provider, replace a kind's rendering", () => {
    const { rerender } = render(
      <ErrorKitProvider renderers={{ 'not-found': Quiet }}>
        <ErrorDisplay error={{ status: 404 }} />
      </ErrorKitProvider>,
    );
    expect(screen.getByText('Quiet: not-found')).toBeInTheDocument();
    rerender(
      <ErrorKitProvider renderers={{ 'not-found': Quiet }}>
        <ErrorDisplay error={{ status: 404 }} renderers={{ 'not-found': Loud }} />
      </ErrorKitProvider>,
    );
    expect(screen.getByText('Loud: not-found')).toBeInTheDocument();
  });

  it('renders something sensible, with its message, for every fixture', () => {
    for (const fixture of responseFixtures) {
      const error = new HttpError({ ...fixture.response, method: fixture.method });
      const classified = classifyError(
        error,
        fixture.options?.codes ? { codes: fixture.options.codes } : {},
      );
      const { container, unmount } = render(<ErrorDisplay error={classified} />);
      if (classified.kind === 'cancelled') {
        expect(shown(container), fixture.id).toBeUndefined();
        unmount();
        continue;
      }
      expect(shown(container), fixture.id).toBeTruthy();
      // The summary lists the field messages instead of the overall one.
      if (shown(container) !== 'error-summary') {
        expect(container.textContent, fixture.id).toContain(classified.message);
      }
      unmount();
    }
  });
});
