// A real TanStack Form form over any values, for the format tests: a submit throws `error`,
// which `useServerErrors` puts on the fields named in `names`.
import { useForm } from '@tanstack/react-form';
import { useServerErrors } from '../../src/tanstackForm';

export function AnyForm({
  values,
  names,
  error,
}: {
  values: Record<string, unknown>;
  names: string[];
  error: unknown;
}) {
  const form = useForm({
    defaultValues: values,
    onSubmit: async () => {
      throw error;
    },
  });
  const applyErrors = useServerErrors(form);
  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        form.handleSubmit().catch(applyErrors);
      }}
    >
      {names.map((name) => (
        <form.Field key={name} name={name}>
          {(field) => (
            <div>
              <label htmlFor={name}>{name}</label>
              <input
                id={name}
                name={name}
                value={String(field.state.value ?? '')}
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
