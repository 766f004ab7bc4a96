// Bodies no dialect expects, and the kit's catalog: the form always says something sensible in
// the app's language, never crashes, and keeps what the user typed.
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { HttpError } from '../../src/core';
import { englishMessages } from '../../src/core/messages';
import { de } from '../../src/locales/de';
import { ErrorKitProvider, errorKit } from '../../src/react';
import { responseFixture } from '../fixtures';
import { AnyForm } from './AnyForm';
import { SignupForm, submit } from './SignupForm';

const circular: Record<string, unknown> = { errors: {} };
(circular.errors as Record<string, unknown>).email = circular;

const oddBodies: [string, unknown][] = [
  ['no body', undefined],
  ['an HTML page', '<!doctype html><html><body><h1>422</h1></body></html>'],
  ['a list of numbers', [1, 2, 3]],
  ['errors that are a number', { errors: 42 }],
  ['field messages that are null', { errors: { email: null, firstName: [null, 7] } }],
  ['a circular object', circular],
];

beforeEach(() => {
  submit.count = 0;
});

describe('odd 422 bodies', () => {
  it.each(oddBodies)('%s: the form gets the default message, nothing crashes', async (_, body) => {
    submit.error = new HttpError({ status: 422, method: 'POST', body });
    const user = userEvent.setup();
    render(<SignupForm />);
    await user.type(screen.getByLabelText('Notes'), 'Keep me');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(
      await screen.findByText(`form: ${englishMessages.validation.message}`),
    ).toBeInTheDocument();
    expect(screen.getByLabelText('Notes')).toHaveValue('Keep me');
  });

  it('a thrown string or a bare object that is not an HTTP failure puts nothing on the form', async () => {
    const user = userEvent.setup();
    render(<SignupForm />);
    for (const thrown of ['boom', { weird: true }, null]) {
      submit.error = thrown;
      await user.click(screen.getByRole('button', { name: 'Save' }));
    }
    expect(submit.count).toBe(3);
    expect(screen.queryByText(/^(form|email|firstName):/)).not.toBeInTheDocument();
  });
});

describe("the kit's catalog", () => {
  it("words the form's message in the provider's locale", async () => {
    submit.error = new HttpError({ status: 422, method: 'POST' });
    const user = userEvent.setup();
    render(
      <ErrorKitProvider kit={errorKit({ messages: de })}>
        <SignupForm />
      </ErrorKitProvider>,
    );
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByText(`form: ${de.kinds.validation.message}`)).toBeInTheDocument();
  });

  it("words a field error the server sent only as a code (GitHub's missing_field)", async () => {
    const { response, method } = responseFixture('github-422-validation-failed-missing-field');
    const user = userEvent.setup();
    render(
      <ErrorKitProvider kit={errorKit({ messages: de })}>
        <AnyForm
          values={{ title: '' }}
          names={['title']}
          error={new HttpError({ ...response, method })}
        />
      </ErrorKitProvider>,
    );
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByText(`title: ${de.fields.required}`)).toBeInTheDocument();
  });
});
