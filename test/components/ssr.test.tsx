// @vitest-environment node
import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { ErrorKitProvider, ErrorSummary, FieldError, useFieldErrors } from '../../src/react';
import { fixtureError } from './helpers';

const error = fixtureError('seed-002-422-validation-example');

function Form() {
  const { fieldProps } = useFieldErrors(error);
  return (
    <form>
      <ErrorSummary error={error} fields={['email', 'amount']} />
      <label htmlFor="email">Email</label>
      <input id="email" name="email" {...fieldProps('email')} />
      <FieldError error={error} name="email" />
    </form>
  );
}

describe('server rendering', () => {
  it('renders the hook and both components without a window', () => {
    expect(typeof window).toBe('undefined');
    const html = renderToString(
      <ErrorKitProvider>
        <Form />
      </ErrorKitProvider>,
    );
    expect(html).toContain('data-ek="error-summary"');
    expect(html).toContain('There is a problem');
    expect(html).toContain('href="#email"');
    expect(html).toContain('aria-invalid="true"');
    expect(html).toContain('aria-describedby="email-error"');
    expect(html).toContain('id="email-error"');
    expect(html).toContain('The email must be a valid email address.');
  });

  it('renders nothing for a 401', () => {
    const unauthenticated = fixtureError('seed-002-401-unauthenticated');
    expect(renderToString(<ErrorSummary error={unauthenticated} />)).toBe('');
    expect(renderToString(<FieldError error={unauthenticated} name="email" />)).toBe('');
  });
});
