import { render, screen } from '@testing-library/react';
import { createRef } from 'react';
import { describe, expect, it } from 'vitest';
import { ar } from '../../src/locales/ar';
import { ErrorKitProvider, FieldError } from '../../src/react';
import { fixtureError, hostileClassified, hostileError } from './helpers';

const LARAVEL_422 = 'seed-002-422-validation-example';

describe('FieldError', () => {
  it('renders one paragraph per message, each after a hidden "Error:" prefix', () => {
    const { container } = render(<FieldError error={fixtureError(LARAVEL_422)} name="email" />);
    const root = container.firstElementChild as HTMLElement;
    expect(root.tagName).toBe('DIV');
    expect(root).toHaveAttribute('id', 'email-error');
    expect(root).toHaveAttribute('data-ek', 'field-error');
    expect(root).toHaveAttribute('data-kind', 'validation');
    expect(root).toHaveAttribute('data-state', 'invalid');
    expect(root).toHaveClass('ek-field-error');
    const paragraphs = root.querySelectorAll('p');
    expect([...paragraphs].map((p) => p.textContent)).toEqual([
      'Error: The email field is required.',
      'Error: The email must be a valid email address.',
    ]);
    for (const p of paragraphs) {
      expect(p.firstElementChild).toHaveClass('ek-visually-hidden');
      expect(p.firstElementChild).toHaveTextContent('Error:');
    }
  });

  it('renders a single message as one paragraph', () => {
    const { container } = render(
      <FieldError error={fixtureError(LARAVEL_422)} name="amount" idPrefix="pay-" />,
    );
    const root = container.firstElementChild as HTMLElement;
    expect(root.tagName).toBe('P');
    expect(root).toHaveAttribute('id', 'pay-amount-error');
    expect(root).toHaveTextContent('Error: The amount must be greater than 0.');
  });

  it('matches camelCase names to ASP.NET PascalCase keys', () => {
    render(
      <FieldError error={fixtureError('aspnet-400-validation-problem-details')} name="email" />,
    );
    expect(document.getElementById('email-error')).toHaveTextContent(
      'Error: The Email field is required.',
    );
  });

  it('isolates the server text in a <bdi> under a right-to-left catalog', () => {
    const { container } = render(
      <ErrorKitProvider messages={ar}>
        <FieldError error={fixtureError(LARAVEL_422)} name="amount" />
      </ErrorKitProvider>,
    );
    const root = container.querySelector('[data-ek="field-error"]') as HTMLElement;
    expect(root).toHaveAttribute('dir', 'auto');
    // The prefix (Arabic) gives the paragraph its direction; the English sentence is isolated.
    expect(root.querySelector('.ek-field-error__prefix')).toHaveTextContent(ar.errorPrefix);
    const isolated = root.querySelector('bdi');
    expect(isolated?.textContent).toBe('The amount must be greater than 0.');
    expect(root.textContent).toBe(`${ar.errorPrefix} The amount must be greater than 0.`);
  });

  it('forwards ref and DOM props to its root, keeping its own id', () => {
    const ref = createRef<HTMLElement>();
    render(
      <FieldError
        ref={ref}
        error={fixtureError(LARAVEL_422)}
        name="email"
        aria-live="off"
        data-testid="email-errors"
        title="Server messages"
      />,
    );
    const root = screen.getByTestId('email-errors');
    expect(ref.current).toBe(root);
    expect(root).toHaveAttribute('id', 'email-error');
    expect(root).toHaveAttribute('aria-live', 'off');
    expect(root).toHaveAttribute('title', 'Server messages');
  });

  it('renders nothing for a field without messages, a 401 or no error', () => {
    for (const [error, name] of [
      [fixtureError(LARAVEL_422), 'name'],
      [fixtureError('seed-002-401-unauthenticated'), 'email'],
      [fixtureError('seed-002-503-maintenance'), 'email'],
      [undefined, 'email'],
      [null, 'email'],
    ] as const) {
      const { container, unmount } = render(<FieldError error={error} name={name} />);
      expect(container).toBeEmptyDOMElement();
      unmount();
    }
  });

  it('keeps hostile text inert', () => {
    const { container } = render(
      <>
        <FieldError error={hostileClassified()} name="email" />
        <FieldError error={hostileError()} name="website" />
      </>,
    );
    expect(container.querySelector('img')).toBeNull();
    expect(container.querySelector('a')).toBeNull();
    expect(screen.getByText('<img src=x onerror=alert(1)>', { exact: false })).toBeInTheDocument();
    expect(screen.getByText('javascript:alert(1)', { exact: false })).toBeInTheDocument();
  });

  it('takes the prefix from the catalog and adds class names and style', () => {
    const { container } = render(
      <ErrorKitProvider overrides={{ errorPrefix: 'Fehler:' }}>
        <FieldError
          error={fixtureError(LARAVEL_422)}
          name="amount"
          className="mine"
          style={{ marginBlock: '4px' }}
          classNames={{ root: 'r', prefix: 'p', message: 'm' }}
        />
      </ErrorKitProvider>,
    );
    const root = container.firstElementChild as HTMLElement;
    expect(root).toHaveClass('ek-field-error', 'r', 'm', 'mine');
    expect(root).toHaveStyle({ marginBlock: '4px' });
    expect(root.firstElementChild).toHaveClass('ek-visually-hidden', 'p');
    expect(root).toHaveTextContent('Fehler: The amount must be greater than 0.');
  });

  it('has no inline style of its own', () => {
    const { container } = render(<FieldError error={fixtureError(LARAVEL_422)} name="email" />);
    expect(container.querySelectorAll('[style]')).toHaveLength(0);
  });
});
