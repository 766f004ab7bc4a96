// NestJS / class-validator send flat messages ("email must be an email"): the ones that start with
// one of the form's field names go to that field; the rest stay root errors. Field names come
// from the form's values (public react-hook-form API), nested ones as dotted paths.
import { renderHook } from '@testing-library/react';
import { useForm } from 'react-hook-form';
import { expect, it } from 'vitest';
import { HttpError } from '../../src/core';
import { applyServerErrors } from '../../src/reactHookForm';

it('routes flat messages to the field they name, others to the root', () => {
  const { result } = renderHook(() =>
    useForm({ defaultValues: { email: '', address: { city: '' }, plan: 'free' } }),
  );
  const error = new HttpError({
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
  const applied = applyServerErrors(result.current, error, { focus: false });
  expect(applied.fields).toEqual(['email', 'address.city']);
  expect(applied.rootMessages).toEqual(['Something else failed']);
  expect(result.current.getFieldState('email').error?.message).toBe('email must be an email');
  expect(result.current.getFieldState('address.city').error?.message).toBe(
    'address.city should not be empty',
  );
});
