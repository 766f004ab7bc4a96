import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactNode } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { classifyError, HttpError } from '../../src/core';
import { de } from '../../src/locales/de';
import {
  ErrorKitProvider,
  ErrorNotice,
  ErrorSummary,
  FieldError,
  type MessageOverrides,
  PermissionNotice,
  ReauthPrompt,
} from '../../src/react';

// Three layers: the German catalog (provider `messages`), the provider's `overrides`, and the
// component's own `messages` prop. Each test shows the prop beating the provider override,
// the provider override beating the catalog, and keys the prop leaves out coming from the
// provider.

const validation = new HttpError({
  status: 422,
  body: { message: 'Invalid.', errors: { email: ['Enter an email address'] } },
});
const unauthenticated = new HttpError({ status: 401 });
const forbidden = new HttpError({ status: 403, headers: { 'x-request-id': 'req_403' } });
const notFound = classifyError(
  new HttpError({ status: 404, headers: { 'x-request-id': 'req_404' } }),
);

function German({ overrides, children }: { overrides?: MessageOverrides; children: ReactNode }) {
  return (
    <ErrorKitProvider messages={de} overrides={overrides}>
      {children}
    </ErrorKitProvider>
  );
}

function root(container: HTMLElement, name: string): HTMLElement {
  const found = container.querySelector<HTMLElement>(`[data-ek="${name}"]`);
  if (!found) throw new Error(`no ${name}`);
  return found;
}

afterEach(() => {
  for (const region of document.querySelectorAll('body > [data-ek-live-region]')) region.remove();
});

describe('FieldError messages', () => {
  const prefix = (container: HTMLElement) =>
    root(container, 'field-error').querySelector('.ek-field-error__prefix')?.textContent;

  it('uses the catalog, then the provider override, then the prop', () => {
    const catalog = render(
      <German>
        <FieldError error={validation} name="email" />
      </German>,
    );
    expect(prefix(catalog.container)).toBe(de.errorPrefix);
    catalog.unmount();

    const provider = render(
      <German overrides={{ errorPrefix: 'Provider:' }}>
        <FieldError error={validation} name="email" />
      </German>,
    );
    expect(prefix(provider.container)).toBe('Provider:');
    provider.unmount();

    const prop = render(
      <German overrides={{ errorPrefix: 'Provider:' }}>
        <FieldError error={validation} name="email" messages={{ errorPrefix: 'Prop:' }} />
      </German>,
    );
    expect(prefix(prop.container)).toBe('Prop:');
    expect(root(prop.container, 'field-error')).toHaveTextContent('Prop: Enter an email address');
  });

  it('takes keys the prop leaves out from the provider', () => {
    const { container } = render(
      <German overrides={{ errorPrefix: 'Provider:' }}>
        <FieldError error={validation} name="email" messages={{}} />
      </German>,
    );
    expect(prefix(container)).toBe('Provider:');
  });
});

describe('ErrorSummary messages', () => {
  const heading = () => screen.getByRole('heading', { level: 2 });

  it('uses the catalog, then the provider override, then the prop', () => {
    const catalog = render(
      <German>
        <ErrorSummary error={validation} autoFocus={false} />
      </German>,
    );
    expect(heading()).toHaveTextContent(de.summaryTitle);
    catalog.unmount();

    const provider = render(
      <German overrides={{ summaryTitle: 'Provider title' }}>
        <ErrorSummary error={validation} autoFocus={false} />
      </German>,
    );
    expect(heading()).toHaveTextContent('Provider title');
    provider.unmount();

    render(
      <German overrides={{ summaryTitle: 'Provider title' }}>
        <ErrorSummary
          error={validation}
          autoFocus={false}
          messages={{ summaryTitle: 'Prop title' }}
        />
      </German>,
    );
    expect(heading()).toHaveTextContent('Prop title');
  });

  it('takes keys the prop leaves out from the provider', () => {
    render(
      <German overrides={{ summaryTitle: 'Provider title' }}>
        <ErrorSummary error={validation} autoFocus={false} messages={{}} />
      </German>,
    );
    expect(heading()).toHaveTextContent('Provider title');
  });

  it('lets the title prop win over messages.summaryTitle', () => {
    render(
      <German overrides={{ summaryTitle: 'Provider title' }}>
        <ErrorSummary
          error={validation}
          autoFocus={false}
          title="Title prop"
          messages={{ summaryTitle: 'Prop title' }}
        />
      </German>,
    );
    expect(heading()).toHaveTextContent('Title prop');
  });
});

describe('ReauthPrompt messages', () => {
  it('prop beats provider override beats catalog, key by key', async () => {
    const user = userEvent.setup();
    let reject: (reason: unknown) => void = () => {};
    const reauthenticate = () =>
      new Promise((_resolve, rejectPromise) => {
        reject = rejectPromise;
      });
    const { container } = render(
      <German overrides={{ signInFailed: 'Provider failed.', signingIn: 'Provider signing in' }}>
        <ReauthPrompt
          error={unauthenticated}
          reauthenticate={reauthenticate}
          messages={{ signingIn: 'Prop signing in' }}
        />
      </German>,
    );
    // Not in the prop nor in the provider's overrides: the German catalog.
    const button = screen.getByRole('button', { name: de.signInAgain });
    await user.click(button);
    // In both: the prop wins.
    expect(button).toHaveTextContent('Prop signing in');
    await act(async () => {
      reject(new Error('popup closed'));
    });
    // Only in the provider's overrides: the provider wins over the catalog.
    expect(root(container, 'reauth-prompt')).toHaveAttribute('data-state', 'failed');
    expect(container.querySelector('.ek-reauth-prompt__failure')).toHaveTextContent(
      'Provider failed.',
    );
    expect(button).toHaveTextContent(de.signInAgain);
  });

  it('overrides the link label too', () => {
    render(
      <German overrides={{ signInAgain: 'Provider sign in' }}>
        <ReauthPrompt
          error={unauthenticated}
          loginUrl="/login"
          messages={{ signInAgain: 'Prop sign in' }}
        />
      </German>,
    );
    expect(screen.getByRole('link', { name: 'Prop sign in' })).toHaveAttribute('href', '/login');
  });
});

describe('PermissionNotice messages', () => {
  it('prop beats provider override beats catalog, key by key', () => {
    const { container } = render(
      <ErrorKitProvider
        messages={de}
        overrides={{ askForAccess: 'Provider: ask {contact}.', requestAccess: 'Provider request' }}
        accessContact="your admin"
        onRequestAccess={() => {}}
      >
        <PermissionNotice error={forbidden} messages={{ askForAccess: 'Prop: ask {contact}.' }} />
      </ErrorKitProvider>,
    );
    const notice = root(container, 'permission-notice');
    expect(notice.querySelector('.ek-permission-notice__contact')).toHaveTextContent(
      'Prop: ask your admin.',
    );
    expect(screen.getByRole('button')).toHaveTextContent('Provider request');
    expect(notice.querySelector('.ek-permission-notice__reference')).toHaveTextContent(
      'Referenz: req_403',
    );
  });

  it('overrides the reference line per notice', () => {
    const { container } = render(
      <German overrides={{ reference: 'Provider ref {id}' }}>
        <PermissionNotice error={forbidden} messages={{ reference: 'Prop ref {id}' }} />
      </German>,
    );
    expect(container.querySelector('.ek-permission-notice__reference')).toHaveTextContent(
      'Prop ref req_403',
    );
  });
});

describe('ErrorNotice messages', () => {
  const reference = (container: HTMLElement) =>
    root(container, 'error-notice').querySelector('.ek-error-notice__reference');

  it('uses the catalog, then the provider override, then the prop', () => {
    const catalog = render(
      <German>
        <ErrorNotice error={notFound} />
      </German>,
    );
    expect(reference(catalog.container)).toHaveTextContent('Referenz: req_404');
    catalog.unmount();

    const provider = render(
      <German overrides={{ reference: 'Provider ref {id}' }}>
        <ErrorNotice error={notFound} />
      </German>,
    );
    expect(reference(provider.container)).toHaveTextContent('Provider ref req_404');
    provider.unmount();

    const prop = render(
      <German overrides={{ reference: 'Provider ref {id}' }}>
        <ErrorNotice error={notFound} messages={{ reference: 'Prop ref {id}' }} />
      </German>,
    );
    expect(reference(prop.container)).toHaveTextContent('Prop ref req_404');
  });

  it('takes keys the prop leaves out from the provider', () => {
    const { container } = render(
      <German overrides={{ reference: 'Provider ref {id}' }}>
        <ErrorNotice error={notFound} messages={{}} />
      </German>,
    );
    expect(reference(container)).toHaveTextContent('Provider ref req_404');
  });
});
