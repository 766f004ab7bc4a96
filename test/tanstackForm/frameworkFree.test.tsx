// applyServerErrors on its own, as code outside React calls it: what it returns, NestJS's flat
// messages, and TanStack Form's own clearing with no errorkit hook listening.
import { type AnyFormApi, useForm } from '@tanstack/react-form';
import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { expect, it } from 'vitest';
import { HttpError } from '../../src/core';
import { errorKit } from '../../src/kit';
import { de } from '../../src/locales/de';
import { applyServerErrors } from '../../src/tanstackForm';

let current: AnyFormApi | undefined;

function PlainForm() {
  const form = useForm({
    defaultValues: { email: '', address: { city: '' }, plan: 'free' },
    // A form-level validator: its runs drop the field errors TanStack Form thinks it set.
    validators: { onChange: ({ value }) => (value.plan === 'none' ? 'Pick a plan' : undefined) },
  });
  current = form;
  return (
    <form>
      {(['email', 'address.city', 'plan'] as const).map((name) => (
        <form.Field key={name} name={name}>
          {(field) => (
            <div>
              <label htmlFor={name}>{name}</label>
              <input
                id={name}
                name={name}
                value={field.state.value}
                onChange={(event) => field.handleChange(event.target.value)}
              />
              <p>
                {name}: {field.state.meta.errors.join(' ')}
              </p>
            </div>
          )}
        </form.Field>
      ))}
    </form>
  );
}

const nest = new HttpError({
  status: 400,
  method: 'POST',
  body: {
    statusCode: 400,
    message: [
      'email must be an email',
      'address.city should not be empty',
      'Something else failed',
    ],
    error: 'Bad Request',
  },
});

function form(): AnyFormApi {
  if (!current) throw new Error('PlainForm is not rendered');
  return current;
}

it('routes flat messages to the field they name, others to the form, and says what it did', () => {
  render(<PlainForm />);
  let applied: ReturnType<typeof applyServerErrors> | undefined;
  act(() => {
    applied = applyServerErrors(form(), nest, { focus: false });
  });
  expect(applied).toEqual({
    fields: ['email', 'address.city'],
    formMessages: ['Something else failed'],
  });
  expect(form().getFieldMeta('email')?.errorMap.onServer).toBe('email must be an email');
  expect(form().state.errorMap.onServer).toBe('Something else failed');
  expect(screen.getByText('address.city: address.city should not be empty')).toBeInTheDocument();
});

it("leaves a field's server error alone when another field changes, with no hook listening", async () => {
  const user = userEvent.setup();
  render(<PlainForm />);
  act(() => applyServerErrors(form(), nest, { focus: false }));
  await user.type(screen.getByLabelText('plan'), 's');
  expect(screen.getByText('email: email must be an email')).toBeInTheDocument();
  expect(screen.getByText('address.city: address.city should not be empty')).toBeInTheDocument();
});

it('replaces the errors it applied before, and words defaults with the kit passed in', () => {
  render(<PlainForm />);
  act(() => applyServerErrors(form(), nest, { focus: false }));
  act(() =>
    applyServerErrors(form(), new HttpError({ status: 422, method: 'POST' }), {
      kit: errorKit({ messages: de }),
      focus: false,
    }),
  );
  expect(form().getFieldMeta('email')?.errorMap.onServer).toBeUndefined();
  expect(form().state.errorMap.onServer).toBe(de.kinds.validation.message);
});

it('does not touch a server error it did not set', () => {
  render(<PlainForm />);
  act(() =>
    form().setFieldMeta('plan', (meta) => ({
      ...meta,
      errorMap: { ...meta.errorMap, onServer: 'From the server render' },
    })),
  );
  act(() => applyServerErrors(form(), nest, { focus: false }));
  act(() => applyServerErrors(form(), new HttpError({ status: 503 }), { focus: false }));
  expect(form().getFieldMeta('plan')?.errorMap.onServer).toBe('From the server render');
  expect(form().getFieldMeta('email')?.errorMap.onServer).toBeUndefined();
});
