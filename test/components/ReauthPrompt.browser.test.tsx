import { cleanup, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { HttpError } from '../../src/core';
import { ErrorKitProvider, en, ReauthPrompt } from '../../src/react';
import '../../src/styles/index.css';

const unauthenticated = new HttpError({
  status: 401,
  body: {
    version: 'v2_0_0',
    status: 401,
    exception: { message: 'Token could not be located.', code: 1002 },
  },
});

/** A form the user has typed into, with the prompt beside it (as an app would show it). */
function EditInvoice(props: { reauthenticate: () => Promise<unknown>; onDone: () => void }) {
  return (
    <ErrorKitProvider>
      <form aria-label="Edit invoice">
        <label htmlFor="customer">Customer</label>
        <input id="customer" name="customer" />
        <label htmlFor="notes">Notes</label>
        <textarea id="notes" name="notes" />
        <ReauthPrompt
          error={unauthenticated}
          reauthenticate={props.reauthenticate}
          onReauthenticated={props.onDone}
        />
        <button type="submit">Save</button>
      </form>
    </ErrorKitProvider>
  );
}

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

afterEach(() => {
  cleanup();
});

describe('ReauthPrompt in Chromium', () => {
  it('signs in in place: pending, then success, and nothing typed is lost', async () => {
    const user = userEvent.setup();
    // Settled by the test, so the prompt stays pending however slow the machine is.
    let finishSignIn = () => {};
    const reauthenticate = vi.fn(
      () => new Promise<void>((resolve) => (finishSignIn = () => resolve())),
    );
    const onDone = vi.fn();
    const onSubmit = vi.fn((event: SubmitEvent) => event.preventDefault());
    document.addEventListener('submit', onSubmit);
    render(<EditInvoice reauthenticate={reauthenticate} onDone={onDone} />);

    const customer = screen.getByLabelText<HTMLInputElement>('Customer');
    const notes = screen.getByLabelText<HTMLTextAreaElement>('Notes');
    await user.type(customer, 'Acme Ltd');
    await user.type(notes, 'Net 30, deliver on Monday');

    const button = screen.getByRole('button', { name: 'Sign in again' });
    await user.click(button);
    expect(button.textContent).toBe(en.signingIn);
    expect(button.getAttribute('aria-disabled')).toBe('true');
    expect(document.activeElement).toBe(button);
    const prompt = button.closest('[data-ek="reauth-prompt"]');
    expect(prompt?.getAttribute('data-state')).toBe('pending');
    // Visible to the eye, not only in the DOM.
    expect(button.getBoundingClientRect().height).toBeGreaterThan(0);
    expect(getComputedStyle(button).visibility).toBe('visible');

    // A second press while pending sends nothing, and nothing is done before the sign-in is.
    await user.click(button);
    expect(reauthenticate).toHaveBeenCalledTimes(1);
    expect(onDone).not.toHaveBeenCalled();

    finishSignIn();
    await waitFor(() => expect(onDone).toHaveBeenCalledTimes(1), { timeout: 2000 });
    expect(button.textContent).toBe(en.signInAgain);
    expect(button.hasAttribute('aria-disabled')).toBe(false);
    expect(prompt?.getAttribute('data-state')).toBe('idle');

    expect(customer.value).toBe('Acme Ltd');
    expect(notes.value).toBe('Net 30, deliver on Monday');
    expect(document.activeElement).toBe(button);
    // Clicking it never submitted the form or navigated.
    expect(onSubmit).not.toHaveBeenCalled();
    document.removeEventListener('submit', onSubmit);
  });

  it('shows the failure text when reauthenticate fails, and keeps the typed values', async () => {
    const user = userEvent.setup();
    const reauthenticate = vi.fn(async () => {
      await wait(50);
      throw new Error('popup blocked');
    });
    const onDone = vi.fn();
    render(<EditInvoice reauthenticate={reauthenticate} onDone={onDone} />);
    const customer = screen.getByLabelText<HTMLInputElement>('Customer');
    await user.type(customer, 'Acme Ltd');

    const button = screen.getByRole('button', { name: 'Sign in again' });
    await user.click(button);
    const failure = await screen.findByText(en.signInFailed);
    expect(failure.getBoundingClientRect().height).toBeGreaterThan(0);
    expect(button.closest('[data-ek]')?.getAttribute('data-state')).toBe('failed');
    expect(button.textContent).toBe(en.signInAgain);
    expect(document.activeElement).toBe(button);
    expect(customer.value).toBe('Acme Ltd');
    expect(onDone).not.toHaveBeenCalled();
    const region = document.querySelector('[data-ek-live-region]');
    await waitFor(() => expect(region?.textContent).toBe(en.signInFailed));
  });
});
