import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { englishMessages, HttpError } from '../../src/core';
import { ErrorKitProvider, en, ReauthPrompt } from '../../src/react';
import { type ResponseFixture, responseFixture } from '../fixtures';

const toError = (fixture: ResponseFixture) =>
  new HttpError({ ...fixture.response, method: fixture.method });
const unauthenticated = toError(responseFixture('seed-004-401-missing-token'));
const forbidden = toError(responseFixture('seed-004-403-3000-unauthorized-resource'));

/** A promise with its settle functions, to drive `reauthenticate` by hand. */
function deferred() {
  let resolve!: () => void;
  let reject!: (reason: unknown) => void;
  const promise = new Promise<void>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

function root(container: HTMLElement): HTMLElement {
  const found = container.querySelector<HTMLElement>('[data-ek="reauth-prompt"]');
  if (!found) throw new Error('no reauth prompt');
  return found;
}

afterEach(() => {
  vi.restoreAllMocks();
  // Without a provider, announcements add a live region to <body>: start each test without one.
  for (const region of document.querySelectorAll('body > [data-ek-live-region]')) region.remove();
});

describe('ReauthPrompt', () => {
  it.each([
    ['forbidden', forbidden],
    ['validation', new HttpError({ status: 422, body: { errors: { email: ['Enter an email'] } } })],
    ['server', new HttpError({ status: 500 })],
    ['network', new TypeError('Failed to fetch')],
    ['no error', null],
  ])('renders nothing for %s', (_, error) => {
    const { container } = render(<ReauthPrompt error={error} reauthenticate={async () => {}} />);
    expect(container).toBeEmptyDOMElement();
  });

  it('shows the title, the message and a real "Sign in again" button', () => {
    const { container } = render(
      <ReauthPrompt error={unauthenticated} reauthenticate={async () => {}} />,
    );
    expect(
      screen.getByRole('heading', { name: englishMessages.unauthenticated.title }),
    ).toBeVisible();
    expect(screen.getByText('Token could not be located.')).toBeVisible();
    const button = screen.getByRole('button', { name: 'Sign in again' });
    expect(button).toHaveAttribute('type', 'button');
    expect(root(container)).toHaveAttribute('data-kind', 'unauthenticated');
    expect(root(container)).toHaveAttribute('data-state', 'idle');
    expect(screen.getByRole('region', { name: englishMessages.unauthenticated.title })).toBe(
      root(container),
    );
  });

  it('is pending while reauthenticate runs, and makes one call for two clicks', async () => {
    const user = userEvent.setup();
    const call = deferred();
    const reauthenticate = vi.fn(() => call.promise);
    const onReauthenticated = vi.fn();
    const { container } = render(
      <ReauthPrompt
        error={unauthenticated}
        reauthenticate={reauthenticate}
        onReauthenticated={onReauthenticated}
      />,
    );
    const button = screen.getByRole('button', { name: 'Sign in again' });
    await user.click(button);
    expect(button).toHaveTextContent('Signing in…');
    expect(button).toHaveAttribute('aria-disabled', 'true');
    expect(button).not.toBeDisabled();
    expect(button).toHaveFocus();
    expect(root(container)).toHaveAttribute('data-state', 'pending');
    await user.click(button);
    await user.keyboard('{Enter}');
    expect(reauthenticate).toHaveBeenCalledTimes(1);
    expect(onReauthenticated).not.toHaveBeenCalled();

    await act(async () => call.resolve());
    expect(onReauthenticated).toHaveBeenCalledTimes(1);
    expect(button).toHaveTextContent('Sign in again');
    expect(button).not.toHaveAttribute('aria-disabled');
    expect(root(container)).toHaveAttribute('data-state', 'idle');
  });

  it('two clicks in the same tick still make one call', () => {
    const reauthenticate = vi.fn(() => new Promise<void>(() => {}));
    render(<ReauthPrompt error={unauthenticated} reauthenticate={reauthenticate} />);
    const button = screen.getByRole('button', { name: 'Sign in again' });
    act(() => {
      button.click();
      button.click();
    });
    expect(reauthenticate).toHaveBeenCalledTimes(1);
  });

  it('shows the failure text, announces it, and the same button tries again', async () => {
    const user = userEvent.setup();
    const reauthenticate = vi
      .fn<() => Promise<unknown>>()
      .mockRejectedValueOnce(new Error('popup closed'))
      .mockResolvedValueOnce(undefined);
    const onReauthenticated = vi.fn();
    const { container } = render(
      <ErrorKitProvider>
        <ReauthPrompt
          error={unauthenticated}
          reauthenticate={reauthenticate}
          onReauthenticated={onReauthenticated}
        />
      </ErrorKitProvider>,
    );
    const button = screen.getByRole('button', { name: 'Sign in again' });
    await user.click(button);
    expect(await screen.findByText(en.signInFailed)).toBeVisible();
    expect(root(container)).toHaveAttribute('data-state', 'failed');
    expect(onReauthenticated).not.toHaveBeenCalled();
    const region = container.querySelector('[data-ek-live-region]');
    await vi.waitFor(() => expect(region).toHaveTextContent(en.signInFailed));

    await user.click(screen.getByRole('button', { name: 'Sign in again' }));
    expect(reauthenticate).toHaveBeenCalledTimes(2);
    expect(onReauthenticated).toHaveBeenCalledTimes(1);
    expect(root(container)).not.toHaveTextContent(en.signInFailed);
    expect(root(container)).toHaveAttribute('data-state', 'idle');
  });

  it('never throws when reauthenticate throws synchronously', async () => {
    const user = userEvent.setup();
    const reauthenticate = vi.fn((): Promise<unknown> => {
      throw new Error('not a promise');
    });
    render(<ReauthPrompt error={unauthenticated} reauthenticate={reauthenticate} />);
    await user.click(screen.getByRole('button', { name: 'Sign in again' }));
    expect(await screen.findByText(en.signInFailed)).toBeVisible();
  });

  it("uses the provider's reauthenticate; the prop overrides it", async () => {
    const user = userEvent.setup();
    const fromProvider = vi.fn(async () => {});
    const fromProp = vi.fn(async () => {});
    const { rerender } = render(
      <ErrorKitProvider reauthenticate={fromProvider}>
        <ReauthPrompt error={unauthenticated} />
      </ErrorKitProvider>,
    );
    await user.click(screen.getByRole('button', { name: 'Sign in again' }));
    expect(fromProvider).toHaveBeenCalledTimes(1);
    rerender(
      <ErrorKitProvider reauthenticate={fromProvider}>
        <ReauthPrompt error={unauthenticated} reauthenticate={fromProp} />
      </ErrorKitProvider>,
    );
    await user.click(screen.getByRole('button', { name: 'Sign in again' }));
    expect(fromProp).toHaveBeenCalledTimes(1);
    expect(fromProvider).toHaveBeenCalledTimes(1);
  });

  it('links to a same-origin loginUrl when there is no reauthenticate', () => {
    render(<ReauthPrompt error={unauthenticated} loginUrl="/login?next=%2Forders" />);
    const link = screen.getByRole('link', { name: 'Sign in again' });
    expect(link).toHaveAttribute('href', '/login?next=%2Forders');
    expect(screen.queryByRole('button')).not.toBeInTheDocument();
  });

  it("takes the provider's loginUrl; prefers reauthenticate over a link", () => {
    const { rerender } = render(
      <ErrorKitProvider loginUrl={`${location.origin}/signin`}>
        <ReauthPrompt error={unauthenticated} />
      </ErrorKitProvider>,
    );
    expect(screen.getByRole('link', { name: 'Sign in again' })).toHaveAttribute(
      'href',
      `${location.origin}/signin`,
    );
    rerender(
      <ErrorKitProvider loginUrl="/signin" reauthenticate={async () => {}}>
        <ReauthPrompt error={unauthenticated} />
      </ErrorKitProvider>,
    );
    expect(screen.queryByRole('link')).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Sign in again' })).toBeVisible();
  });

  it.each([
    'javascript:alert(1)',
    'java\tscript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    '//evil.example/login',
    '/\\evil.example',
    'https://evil.example/login',
  ])('renders no link (and warns) for the unsafe loginUrl %j', (loginUrl) => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const { container } = render(<ReauthPrompt error={unauthenticated} loginUrl={loginUrl} />);
    expect(screen.queryByRole('link')).not.toBeInTheDocument();
    expect(screen.queryByRole('button')).not.toBeInTheDocument();
    expect(container.querySelector('a')).toBeNull();
    expect(screen.getByText('Token could not be located.')).toBeVisible();
    expect(warn).toHaveBeenCalled();
  });

  it('shows the message only when there is neither reauthenticate nor loginUrl', () => {
    render(<ReauthPrompt error={unauthenticated} />);
    expect(screen.getByRole('heading')).toBeVisible();
    expect(screen.queryByRole('button')).not.toBeInTheDocument();
    expect(screen.queryByRole('link')).not.toBeInTheDocument();
  });

  it('renders the action through your own element from the actions map', async () => {
    const user = userEvent.setup();
    const call = deferred();
    const reauthenticate = vi.fn(() => call.promise);
    const onOwnClick = vi.fn();
    render(
      <ReauthPrompt
        error={unauthenticated}
        reauthenticate={reauthenticate}
        actions={{ signIn: <button type="button" className="my-button" onClick={onOwnClick} /> }}
      />,
    );
    const button = screen.getByRole('button', { name: 'Sign in again' });
    expect(button).toHaveClass('my-button', 'ek-reauth-prompt__action');
    await user.click(button);
    expect(onOwnClick).toHaveBeenCalledTimes(1);
    expect(reauthenticate).toHaveBeenCalledTimes(1);
    expect(button).toHaveTextContent('Signing in…');
    expect(button).toHaveAttribute('aria-disabled', 'true');
    await act(async () => call.resolve());
  });

  it('renders the link through your own element from the actions map', () => {
    render(
      <ReauthPrompt
        error={unauthenticated}
        loginUrl="/login"
        // biome-ignore lint/a11y/useValidAnchor: errorkit supplies the href
        // biome-ignore lint/a11y/useAnchorContent: errorkit supplies the label
        actions={{ signIn: <a className="my-link" /> }}
      />,
    );
    const link = screen.getByRole('link', { name: 'Sign in again' });
    expect(link).toHaveClass('my-link', 'ek-reauth-prompt__action', 'ek-reauth-prompt__sign-in');
    expect(link).toHaveAttribute('href', '/login');
    expect(link).toHaveAttribute('data-ek-action', 'sign-in');
  });

  it('puts className, style and classNames on the parts', async () => {
    const user = userEvent.setup();
    const { container } = render(
      <ReauthPrompt
        error={unauthenticated}
        reauthenticate={() => Promise.reject(new Error('no'))}
        className="app-prompt"
        style={{ marginBlock: '1rem' }}
        classNames={{ root: 'r', title: 't', message: 'm', action: 'a', failure: 'f' }}
      />,
    );
    const element = root(container);
    expect(element).toHaveClass('ek-reauth-prompt', 'r', 'app-prompt');
    expect(element.style.marginBlock).toBe('1rem');
    expect(screen.getByRole('heading')).toHaveClass('ek-reauth-prompt__title', 't');
    expect(screen.getByText('Token could not be located.').closest('p')).toHaveClass(
      'ek-reauth-prompt__message',
      'm',
    );
    await user.click(screen.getByRole('button'));
    expect(screen.getByRole('button')).toHaveClass('ek-reauth-prompt__action', 'a');
    expect(await screen.findByText(en.signInFailed)).toHaveClass('ek-reauth-prompt__failure', 'f');
  });

  it('announces the title and message once per new error', async () => {
    const { container, rerender } = render(
      <ErrorKitProvider>
        <ReauthPrompt error={unauthenticated} />
      </ErrorKitProvider>,
    );
    const region = container.querySelector('[data-ek-live-region]');
    await vi.waitFor(() =>
      expect(region).toHaveTextContent(
        `${englishMessages.unauthenticated.title}. Token could not be located.`,
      ),
    );
    if (region) region.textContent = '';
    rerender(
      <ErrorKitProvider>
        <ReauthPrompt error={unauthenticated} className="again" />
      </ErrorKitProvider>,
    );
    await new Promise((resolve) => setTimeout(resolve, 120));
    expect(region).toHaveTextContent('');
  });

  it('keeps hostile payload text inert', () => {
    const hostile = 'Session ended {id} javascript:alert(1) <img src=x onerror=alert(1)> &amp;';
    const error = new HttpError({ status: 401, body: { message: hostile } });
    const { container } = render(<ReauthPrompt error={error} loginUrl="/login" />);
    expect(container.querySelector('img')).toBeNull();
    expect(container.querySelector('script')).toBeNull();
    expect(container.querySelectorAll('a')).toHaveLength(1);
    expect(screen.getByText(hostile)).toBeVisible();
  });
});

describe('ReauthPrompt with a state prop (controlled)', () => {
  it('shows the given state instead of its own; clicks still call reauthenticate', async () => {
    const user = userEvent.setup();
    const reauthenticate = vi.fn(async () => {});
    const { container, rerender } = render(
      <ReauthPrompt error={unauthenticated} reauthenticate={reauthenticate} state="idle" />,
    );
    const button = screen.getByRole('button', { name: 'Sign in again' });
    await user.click(button);
    expect(reauthenticate).toHaveBeenCalledTimes(1);

    // Pending although this prompt started nothing: the flight was started elsewhere.
    rerender(
      <ReauthPrompt error={unauthenticated} reauthenticate={reauthenticate} state="pending" />,
    );
    expect(root(container)).toHaveAttribute('data-state', 'pending');
    expect(button).toHaveTextContent('Signing in…');
    expect(button).toHaveAttribute('aria-disabled', 'true');
    await user.click(button);
    expect(reauthenticate).toHaveBeenCalledTimes(1);

    rerender(
      <ReauthPrompt error={unauthenticated} reauthenticate={reauthenticate} state="failed" />,
    );
    expect(root(container)).toHaveAttribute('data-state', 'failed');
    expect(screen.getByText(en.signInFailed)).toBeVisible();
    expect(button).toHaveTextContent('Sign in again');
    await user.click(button);
    expect(reauthenticate).toHaveBeenCalledTimes(2);
  });

  it('keeps showing the given state while its own call runs or fails', async () => {
    const user = userEvent.setup();
    const call = deferred();
    const reauthenticate = vi.fn(() => call.promise);
    const onReauthenticated = vi.fn();
    const { container } = render(
      <ReauthPrompt
        error={unauthenticated}
        reauthenticate={reauthenticate}
        onReauthenticated={onReauthenticated}
        state="idle"
      />,
    );
    await user.click(screen.getByRole('button'));
    expect(root(container)).toHaveAttribute('data-state', 'idle');
    expect(screen.getByRole('button')).toHaveTextContent('Sign in again');
    await act(async () => {
      call.reject(new Error('popup closed'));
    });
    expect(root(container)).toHaveAttribute('data-state', 'idle');
    expect(screen.queryByText(en.signInFailed)).toBeNull();
    expect(onReauthenticated).not.toHaveBeenCalled();
  });

  it('announces each change to failed once, not again on re-renders or its own rejection', async () => {
    const user = userEvent.setup();
    const reauthenticate = vi.fn(async () => {
      throw new Error('popup closed');
    });
    const heard: string[] = [];
    const { container, rerender } = render(
      <ErrorKitProvider>
        <ReauthPrompt error={unauthenticated} reauthenticate={reauthenticate} state="idle" />
      </ErrorKitProvider>,
    );
    const region = container.querySelector('[data-ek-live-region]');
    if (!region) throw new Error('no live region');
    const observer = new MutationObserver(() => {
      if (region.textContent === en.signInFailed) heard.push(region.textContent);
    });
    observer.observe(region, { subtree: true, childList: true, characterData: true });
    const show = (state: 'idle' | 'pending' | 'failed', className?: string) =>
      rerender(
        <ErrorKitProvider>
          <ReauthPrompt
            error={unauthenticated}
            reauthenticate={reauthenticate}
            state={state}
            className={className}
          />
        </ErrorKitProvider>,
      );
    try {
      show('pending');
      show('failed');
      await vi.waitFor(() => expect(heard).toHaveLength(1));
      show('failed', 'again');
      await user.click(screen.getByRole('button'));
      expect(reauthenticate).toHaveBeenCalledTimes(1);
      await new Promise((resolve) => setTimeout(resolve, 150));
      expect(heard).toHaveLength(1);

      // A second failure of the shared flight is a new event.
      show('pending');
      show('failed');
      await vi.waitFor(() => expect(heard).toHaveLength(2));
    } finally {
      observer.disconnect();
    }
  });

  it('without a state prop it tracks its own calls as before', async () => {
    const user = userEvent.setup();
    const reauthenticate = vi.fn(async () => {
      throw new Error('popup closed');
    });
    const { container } = render(
      <ReauthPrompt error={unauthenticated} reauthenticate={reauthenticate} />,
    );
    await user.click(screen.getByRole('button'));
    expect(await screen.findByText(en.signInFailed)).toBeVisible();
    expect(root(container)).toHaveAttribute('data-state', 'failed');
  });
});
