import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
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
    expect(screen.getByText('The Email field is required.', { exact: false })).toHaveAttribute(
      'id',
      'email-error',
    );
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
