import { fireEvent, render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { HttpError } from '../../src/core';
import { ErrorSummary } from '../../src/react';
import { fixtureError, hostileClassified, hostileError } from './helpers';

const LARAVEL_422 = 'seed-002-422-validation-example';
const ASPNET_400 = 'aspnet-400-validation-problem-details';

function summary(): HTMLElement {
  return screen.getByRole('region', { name: 'There is a problem' });
}

describe('ErrorSummary', () => {
  it('lists one link per field message of the seed 002 Laravel 422', () => {
    render(<ErrorSummary error={fixtureError(LARAVEL_422)} />);
    const root = summary();
    expect(root).toHaveAttribute('data-ek', 'error-summary');
    expect(root).toHaveAttribute('data-kind', 'validation');
    expect(root).toHaveAttribute('data-state', 'open');
    expect(root).toHaveAttribute('tabindex', '-1');
    expect(root).not.toHaveAttribute('role', 'alert');
    expect(root).not.toHaveAttribute('aria-live');
    expect(within(root).getByRole('heading', { level: 2 })).toHaveTextContent('There is a problem');
    const links = within(root).getAllByRole('link');
    expect(links.map((link) => [link.textContent, link.getAttribute('href')])).toEqual([
      ['The email field is required.', '#email'],
      ['The email must be a valid email address.', '#email'],
      ['The amount must be greater than 0.', '#amount'],
    ]);
  });

  it('links ASP.NET PascalCase keys to camelCase fields, in form order, and lists unmatched keys as text', () => {
    render(
      <ErrorSummary
        error={fixtureError(ASPNET_400)}
        fields={['name', 'email']}
        fieldId={(name) => `checkout-${name}`}
      />,
    );
    const root = summary();
    const links = within(root).getAllByRole('link');
    expect(links).toHaveLength(1);
    expect(links[0]).toHaveAttribute('href', '#checkout-email');
    expect(links[0]).toHaveTextContent('The Email field is required.');
    const items = within(root).getAllByRole('listitem');
    expect(items).toHaveLength(2);
    expect(items[1]).toHaveTextContent('The JSON value could not be converted');
    expect(items[1]).toHaveClass('ek-error-summary__form-error');
    expect(within(items[1] as HTMLElement).queryByRole('link')).toBeNull();
  });

  it('lists form errors as text after the field links', () => {
    render(
      <ErrorSummary
        error={fixtureError('drf-400-fields-and-non-field-errors')}
        fields={['start', 'email']}
      />,
    );
    const items = within(summary()).getAllByRole('listitem');
    expect(items.map((item) => item.textContent)).toEqual([
      'This field is required.',
      'Enter a valid email address.',
      'The fields room and start must make a unique set.',
    ]);
    expect(within(items[2] as HTMLElement).queryByRole('link')).toBeNull();
  });

  it('shows the message of a validation error that has no field or form errors', () => {
    render(<ErrorSummary error={fixtureError('seed-000-400-bad-request')} />);
    const items = within(summary()).getAllByRole('listitem');
    expect(items).toHaveLength(1);
    expect(within(summary()).queryByRole('link')).toBeNull();
  });

  it('lists form-level errors alone as text (NestJS ValidationPipe)', () => {
    render(<ErrorSummary error={fixtureError('nestjs-400-validation-pipe')} fields={['email']} />);
    const items = within(summary()).getAllByRole('listitem');
    expect(items.map((item) => item.textContent)).toEqual([
      'email must be an email',
      'password should not be empty',
    ]);
    expect(within(summary()).queryByRole('link')).toBeNull();
  });

  it('renders nothing for a 401, a 503, a GraphQL sign-in error or no error', () => {
    for (const error of [
      fixtureError('graphql-200-unauthenticated'),
      fixtureError('graphql-200-forbidden'),
      fixtureError('seed-002-401-unauthenticated'),
      fixtureError('seed-002-503-maintenance'),
      undefined,
      null,
    ]) {
      const { container, unmount } = render(<ErrorSummary error={error} />);
      expect(container).toBeEmptyDOMElement();
      unmount();
    }
  });

  it('takes focus when it appears, unless autoFocus is off', () => {
    const { unmount } = render(<ErrorSummary error={fixtureError(LARAVEL_422)} />);
    expect(summary()).toHaveFocus();
    unmount();
    render(<ErrorSummary error={fixtureError(LARAVEL_422)} autoFocus={false} />);
    expect(summary()).not.toHaveFocus();
  });

  it('focuses the field on link click without following the hash', () => {
    render(
      <>
        <ErrorSummary error={fixtureError(LARAVEL_422)} fields={['email', 'amount']} />
        <label htmlFor="email">Email</label>
        <input id="email" />
        <label htmlFor="amount-input">Amount</label>
        <input id="amount-input" name="amount" />
      </>,
    );
    const before = window.location.hash;
    const [first] = screen.getAllByRole('link', { name: 'The email field is required.' });
    const notPrevented = fireEvent.click(first as HTMLElement);
    expect(notPrevented).toBe(false);
    expect(screen.getByLabelText('Email')).toHaveFocus();
    fireEvent.click(screen.getByRole('link', { name: 'The amount must be greater than 0.' }));
    expect(screen.getByLabelText('Amount')).toHaveFocus();
    expect(window.location.hash).toBe(before);
  });

  it('keeps hostile text and keys inert', () => {
    for (const error of [hostileError(), hostileClassified()]) {
      const { container, unmount } = render(<ErrorSummary error={error} />);
      expect(container.querySelector('img, script')).toBeNull();
      expect(screen.getByText('javascript:alert(1)')).toBeInTheDocument();
      for (const link of screen.getAllByRole('link')) {
        expect(link.getAttribute('href')).toMatch(/^#/);
      }
      // The markup key stays one attribute value.
      expect(screen.getByRole('link', { name: 'Key with markup.' })).toHaveAttribute(
        'href',
        '#"><img src=x onerror=alert(2)>',
      );
      unmount();
    }
    render(<ErrorSummary error={hostileClassified()} />);
    expect(screen.getByText('<img src=x onerror=alert(1)>')).toBeInTheDocument();
    expect(screen.getByText('<script>alert(3)</script>')).toBeInTheDocument();
  });

  it('uses the title prop, class names and style', () => {
    render(
      <ErrorSummary
        error={new HttpError({ status: 422, body: { errors: { email: ['Enter an email.'] } } })}
        title="Check your answers"
        className="mine"
        style={{ maxWidth: '40em' }}
        classNames={{ root: 'r', title: 't', body: 'b', list: 'l', item: 'i', link: 'a' }}
      />,
    );
    const root = screen.getByRole('region', { name: 'Check your answers' });
    expect(root).toHaveClass('ek-error-summary', 'r', 'mine');
    expect(root).toHaveStyle({ maxWidth: '40em' });
    expect(within(root).getByRole('heading')).toHaveClass('ek-error-summary__title', 't');
    expect(within(root).getByRole('list')).toHaveClass('ek-error-summary__list', 'l');
    expect(within(root).getByRole('listitem')).toHaveClass('ek-error-summary__item', 'i');
    expect(within(root).getByRole('link')).toHaveClass('ek-error-summary__link', 'a');
    expect(document.querySelectorAll('[style]')).toHaveLength(1);
  });
});
