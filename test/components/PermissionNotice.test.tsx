import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { englishMessages, HttpError } from '../../src/core';
import { ErrorKitProvider, PermissionNotice } from '../../src/react';
import { type ResponseFixture, responseFixture } from '../fixtures';
import { sentence } from './helpers';

const toError = (fixture: ResponseFixture) =>
  new HttpError({ ...fixture.response, method: fixture.method });
const withReference = toError(responseFixture('aws-api-gateway-403-missing-authentication-token'));
const REQUEST_ID = 'c6a8f5e2-3b7d-4f1a-9e2c-5d8b7a6f4e3c';
const noReference = toError(responseFixture('seed-004-403-3000-unauthorized-resource'));
const unauthenticated = toError(responseFixture('seed-004-401-missing-token'));

function root(container: HTMLElement): HTMLElement {
  const found = container.querySelector<HTMLElement>('[data-ek="permission-notice"]');
  if (!found) throw new Error('no permission notice');
  return found;
}

afterEach(() => {
  vi.restoreAllMocks();
  for (const region of document.querySelectorAll('body > [data-ek-live-region]')) region.remove();
});

describe('PermissionNotice', () => {
  it.each([
    ['unauthenticated', unauthenticated],
    ['rate-limited 403', toError(responseFixture('github-403-secondary-rate-limit-retry-after'))],
    ['not found', new HttpError({ status: 404 })],
    ['network', new TypeError('Failed to fetch')],
    ['no error', undefined],
  ])('renders nothing for %s', (_, error) => {
    const { container } = render(
      <PermissionNotice error={error} accessContact="your admin" onRequestAccess={() => {}} />,
    );
    expect(container).toBeEmptyDOMElement();
  });

  it('says what cannot be done, with its root attributes', () => {
    const { container } = render(<PermissionNotice error={noReference} />);
    expect(screen.getByRole('heading', { name: englishMessages.forbidden.title })).toBeVisible();
    expect(
      screen.getByText('The client is not authorized for the resource requested.'),
    ).toBeVisible();
    const element = root(container);
    expect(element).toHaveAttribute('data-kind', 'forbidden');
    expect(element).toHaveAttribute('data-state', 'denied');
    expect(screen.getByRole('region', { name: englishMessages.forbidden.title })).toBe(element);
  });

  it('shows nothing extra without contact, request action or reference', () => {
    render(<PermissionNotice error={noReference} />);
    expect(screen.queryByText(sentence(/to give you access/))).not.toBeInTheDocument();
    expect(screen.queryByRole('button')).not.toBeInTheDocument();
    expect(screen.queryByText(/Reference:/)).not.toBeInTheDocument();
  });

  it('names the contact, offers request access and shows the reference', async () => {
    const user = userEvent.setup();
    const onRequestAccess = vi.fn();
    render(
      <PermissionNotice
        error={withReference}
        accessContact="your workspace admin"
        onRequestAccess={onRequestAccess}
      />,
    );
    expect(
      screen.getByText(sentence('Ask your workspace admin to give you access.')),
    ).toBeVisible();
    expect(screen.getByText(sentence(`Reference: ${REQUEST_ID}`))).toBeVisible();
    const button = screen.getByRole('button', { name: 'Request access' });
    expect(button).toHaveAttribute('type', 'button');
    await user.click(button);
    expect(onRequestAccess).toHaveBeenCalledTimes(1);
  });

  it('shows the reference only, when that is all there is', () => {
    render(<PermissionNotice error={withReference} />);
    expect(screen.getByText(sentence(`Reference: ${REQUEST_ID}`))).toBeVisible();
    expect(screen.queryByText(sentence(/to give you access/))).not.toBeInTheDocument();
    expect(screen.queryByRole('button')).not.toBeInTheDocument();
  });

  it('takes contact and requestAccess from the provider; props override them', async () => {
    const user = userEvent.setup();
    const fromProvider = vi.fn();
    const fromProp = vi.fn();
    const { rerender } = render(
      <ErrorKitProvider accessContact="the finance team" onRequestAccess={fromProvider}>
        <PermissionNotice error={noReference} />
      </ErrorKitProvider>,
    );
    expect(screen.getByText(sentence('Ask the finance team to give you access.'))).toBeVisible();
    await user.click(screen.getByRole('button', { name: 'Request access' }));
    expect(fromProvider).toHaveBeenCalledTimes(1);

    rerender(
      <ErrorKitProvider accessContact="the finance team" onRequestAccess={fromProvider}>
        <PermissionNotice
          error={noReference}
          accessContact="Ana (owner)"
          onRequestAccess={fromProp}
        />
      </ErrorKitProvider>,
    );
    expect(screen.getByText(sentence('Ask Ana (owner) to give you access.'))).toBeVisible();
    await user.click(screen.getByRole('button', { name: 'Request access' }));
    expect(fromProp).toHaveBeenCalledTimes(1);
    expect(fromProvider).toHaveBeenCalledTimes(1);
  });

  it('leaves out a blank contact', () => {
    render(<PermissionNotice error={noReference} accessContact="   " />);
    expect(screen.queryByText(sentence(/to give you access/))).not.toBeInTheDocument();
  });

  it('renders the action through your own element from the actions map', async () => {
    const user = userEvent.setup();
    const onRequestAccess = vi.fn();
    render(
      <PermissionNotice
        error={noReference}
        onRequestAccess={onRequestAccess}
        actions={{ requestAccess: <button type="button" className="my-button" /> }}
      />,
    );
    const button = screen.getByRole('button', { name: 'Request access' });
    expect(button).toHaveClass('my-button', 'ek-permission-notice__action');
    await user.click(button);
    expect(onRequestAccess).toHaveBeenCalledTimes(1);
  });

  it('puts className, style and classNames on the parts', () => {
    const { container } = render(
      <PermissionNotice
        error={withReference}
        accessContact="your admin"
        onRequestAccess={() => {}}
        className="app-notice"
        style={{ marginBlock: '2rem' }}
        classNames={{
          root: 'r',
          title: 't',
          message: 'm',
          contact: 'c',
          action: 'a',
          reference: 'ref',
        }}
      />,
    );
    const element = root(container);
    expect(element).toHaveClass('ek-permission-notice', 'r', 'app-notice');
    expect(element.style.marginBlock).toBe('2rem');
    expect(screen.getByRole('heading')).toHaveClass('ek-permission-notice__title', 't');
    expect(screen.getByText('Missing Authentication Token').closest('p')).toHaveClass(
      'ek-permission-notice__message',
      'm',
    );
    expect(screen.getByText(sentence(/to give you access/))).toHaveClass(
      'ek-permission-notice__contact',
      'c',
    );
    expect(screen.getByRole('button')).toHaveClass('ek-permission-notice__action', 'a');
    expect(screen.getByText(sentence(/Reference:/))).toHaveClass(
      'ek-permission-notice__reference',
      'ref',
    );
  });

  it('announces its message once per new error', async () => {
    const { container, rerender } = render(
      <ErrorKitProvider>
        <PermissionNotice error={noReference} />
      </ErrorKitProvider>,
    );
    const region = container.querySelector('[data-ek-live-region]');
    const text = `${englishMessages.forbidden.title}. The client is not authorized for the resource requested.`;
    await vi.waitFor(() => expect(region).toHaveTextContent(text));
    if (region) region.textContent = '';
    rerender(
      <ErrorKitProvider>
        <PermissionNotice error={noReference} accessContact="someone" />
      </ErrorKitProvider>,
    );
    await new Promise((resolve) => setTimeout(resolve, 120));
    expect(region).toHaveTextContent('');
    rerender(
      <ErrorKitProvider>
        <PermissionNotice error={withReference} />
      </ErrorKitProvider>,
    );
    await vi.waitFor(() => expect(region).toHaveTextContent('Missing Authentication Token'));
  });

  it('keeps hostile payload and contact text inert', () => {
    const hostile = 'No access {contact} {id} javascript:alert(1) <img src=x onerror=alert(1)>';
    const error = new HttpError({
      status: 403,
      headers: { 'x-request-id': '<script>alert(1)</script>' },
      body: { message: hostile },
    });
    const contact = '<b onclick="alert(1)">{id}</b>';
    const { container } = render(
      <PermissionNotice error={error} accessContact={contact} onRequestAccess={() => {}} />,
    );
    expect(container.querySelector('img, script, b')).toBeNull();
    expect(screen.getByText(hostile)).toBeVisible();
    expect(screen.getByText(sentence(`Ask ${contact} to give you access.`))).toBeVisible();
    expect(screen.getByText(sentence('Reference: <script>alert(1)</script>'))).toBeVisible();
  });
});
