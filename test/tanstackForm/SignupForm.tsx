// A real TanStack Form form for the adapter's tests: every submit throws `submit.error`, and the
// form hands it to `useServerErrors`.
import { useForm } from '@tanstack/react-form';
import type { ApplyServerErrorsOptions } from '../../src/tanstackForm';
import { useServerErrors } from '../../src/tanstackForm';

export interface SignupValues {
  firstName: string;
  email: string;
  notes: string;
  age: string;
  address: { city: string };
  items: { sku: string; qty: string }[];
}

/** What the next submit throws, and how many submits reached `onSubmit`. */
export const submit: { error: unknown; count: number } = { error: undefined, count: 0 };

const LABELS = {
  firstName: 'First name',
  email: 'Email',
  notes: 'Notes',
  age: 'Age',
  'address.city': 'City',
  'items[0].sku': 'SKU',
  'items[0].qty': 'Quantity',
} as const;

type Name = keyof typeof LABELS;

export function SignupForm({
  options,
  fields = Object.keys(LABELS) as Name[],
}: {
  options?: ApplyServerErrorsOptions<SignupValues>;
  fields?: Name[];
}) {
  const form = useForm({
    defaultValues: {
      firstName: '',
      email: '',
      notes: '',
      age: '',
      address: { city: '' },
      items: [{ sku: '', qty: '' }],
    } as SignupValues,
    onSubmit: async () => {
      submit.count += 1;
      throw submit.error;
    },
  });
  const applyErrors = useServerErrors(form, options);
  return (
    <form
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        form.handleSubmit().catch(applyErrors);
      }}
    >
      {fields.map((name) => (
        <form.Field
          key={name}
          name={name}
          // A client-side rule on email only: TanStack Form runs validation for it on blur.
          validators={
            name === 'email'
              ? { onChange: ({ value }) => (value.includes(' ') ? 'No spaces' : undefined) }
              : undefined
          }
        >
          {(field) => (
            <div>
              <label htmlFor={name}>{LABELS[name]}</label>
              <input
                id={name}
                name={name}
                value={String(field.state.value)}
                onBlur={field.handleBlur}
                onChange={(event) => field.handleChange(event.target.value)}
              />
              {field.state.meta.errors.length > 0 && (
                <p>
                  {name}: {field.state.meta.errors.join(' ')}
                </p>
              )}
            </div>
          )}
        </form.Field>
      ))}
      <form.Subscribe selector={(state) => state.errors}>
        {(errors) => (errors.length > 0 ? <p>form: {errors.join(' ')}</p> : null)}
      </form.Subscribe>
      <button type="submit">Save</button>
    </form>
  );
}
