// Real failure bodies from the shared fixtures, submitted through a real TanStack Form form:
// each message lands on the field the server meant, whatever its key style.
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { HttpError } from '../../src/core';
import { responseFixture } from '../fixtures';
import { formatRows } from '../fixtures/formats';
import { AnyForm } from './AnyForm';

function fixtureError(id: string): HttpError {
  const { response, method } = responseFixture(id);
  return new HttpError({ ...response, method });
}

function formatError(format: string): HttpError {
  const row = formatRows.find((candidate) => candidate.format === format);
  if (!row) throw new Error(`No format row "${format}"`);
  return new HttpError({
    status: row.status,
    headers: row.headers,
    body: row.body,
    method: 'POST',
  });
}

interface Case {
  name: string;
  error: HttpError;
  values: Record<string, unknown>;
  /** Field name -> the text shown under it; `form` is the form-level text. */
  shows: Record<string, string>;
}

const cases: Case[] = [
  {
    name: 'Laravel: dotted array keys reach bracket-named fields',
    error: fixtureError('laravel-422-more-errors-dotted-keys'),
    values: { items: [{ qty: '0' }], shipping: { postcode: '' } },
    shows: {
      'items[0].qty': 'The items.0.qty field must be at least 1.',
      'shipping.postcode': 'The shipping.postcode field is required.',
    },
  },
  {
    name: 'Django REST Framework: fields, and non_field_errors on the form',
    error: fixtureError('drf-400-fields-and-non-field-errors'),
    values: { email: '', start: '' },
    shows: {
      email: 'Enter a valid email address.',
      start: 'This field is required.',
      form: 'The fields room and start must make a unique set.',
    },
  },
  {
    name: 'RFC 9457: JSON Pointer fragments reach nested fields',
    error: fixtureError('rfc9457-422-errors-extension'),
    values: { age: '', profile: { color: '' } },
    shows: {
      age: 'must be a positive integer',
      'profile.color': "must be 'green', 'red' or 'blue'",
    },
  },
  {
    name: 'JSON:API: attribute pointers on fields, the rest on the form',
    error: fixtureError('json-api-422-source-pointers'),
    values: { firstName: '', address: { city: '' } },
    shows: {
      firstName: 'First name must contain at least two characters.',
      'address.city': "City can't be blank.",
      form: 'This order has already shipped, so its address cannot be changed. Author must exist.',
    },
  },
  {
    name: 'Rails: snake_case bracket keys reach camelCase fields',
    error: fixtureError('rails-422-nested-attributes'),
    values: { lineItems: [{ quantity: '' }, { quantity: '0' }], shippingAddress: { zip: '' } },
    shows: {
      'lineItems[1].quantity': 'must be greater than 0',
      'shippingAddress.zip': "can't be blank",
    },
  },
  {
    name: 'Zod flatten(): fieldErrors on fields, formErrors on the form',
    error: formatError('Zod 3 flatten() / Zod 4 flattenError()'),
    values: { email: '', age: '' },
    shows: {
      email: 'Invalid email address',
      age: 'Expected number, received string',
      form: 'Passwords do not match',
    },
  },
  {
    name: 'FastAPI: loc arrays without their body prefix',
    error: formatError('FastAPI / Pydantic v2'),
    values: { address: { city: '' }, items: [{ qty: '1' }, { qty: '0' }] },
    shows: {
      'address.city': 'Field required',
      'items[1].qty': 'Input should be greater than 0',
    },
  },
];

describe('server error formats onto TanStack Form fields', () => {
  it.each(cases)('$name', async ({ error, values, shows }) => {
    const names = Object.keys(shows).filter((name) => name !== 'form');
    const user = userEvent.setup();
    render(<AnyForm values={values} names={names} error={error} />);
    await user.click(screen.getByRole('button', { name: 'Save' }));
    for (const [name, text] of Object.entries(shows)) {
      expect(await screen.findByText(`${name}: ${text}`)).toBeInTheDocument();
    }
    if (!('form' in shows)) expect(screen.queryByText(/^form:/)).not.toBeInTheDocument();
    expect(screen.getByLabelText(names[0] ?? '')).toHaveFocus();
  });
});
