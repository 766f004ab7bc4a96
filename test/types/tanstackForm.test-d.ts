import { useForm } from '@tanstack/react-form';
import { describe, expectTypeOf, it } from 'vitest';
import {
  type AppliedServerErrors,
  applyServerErrors,
  useServerErrors,
} from '../../src/tanstackForm';

interface Signup {
  email: string;
  address: { city: string };
}

const useSignupForm = () =>
  useForm({ defaultValues: { email: '', address: { city: '' } } as Signup });

describe('errorkit/tanstack-form', () => {
  it('applyServerErrors is generic over the form values', () => {
    const form = {} as ReturnType<typeof useSignupForm>;
    const applied = applyServerErrors(form, new Error('x'));
    expectTypeOf(applied).toEqualTypeOf<AppliedServerErrors<Signup>>();
    expectTypeOf(applied.fields).toEqualTypeOf<('email' | 'address' | 'address.city')[]>();
    applyServerErrors(form, null, { fields: ['email', 'address.city'] });
    // @ts-expect-error: not a field of Signup
    applyServerErrors(form, null, { fields: ['emial'] });
  });

  it('useServerErrors gives the function to call with a failed submit', () => {
    const form = {} as ReturnType<typeof useSignupForm>;
    expectTypeOf(useServerErrors(form)).toEqualTypeOf<
      (error: unknown) => AppliedServerErrors<Signup>
    >();
  });
});
