import { type ClassifiedError, classifyError, HttpError } from '../../src/core';
import { responseFixture } from '../fixtures';

/** A shared response fixture as the `HttpError` a `fetchJson` call would throw. */
export function fixtureError(id: string): HttpError {
  const fixture = responseFixture(id);
  return new HttpError({ ...fixture.response, method: fixture.method });
}

/** A 422 whose messages and keys try to inject markup and script URLs. */
export function hostileError(): HttpError {
  return new HttpError({
    status: 422,
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: {
      message: 'The given data was invalid.',
      errors: {
        email: ['<img src=x onerror=alert(1)>'],
        website: ['javascript:alert(1)'],
        '"><img src=x onerror=alert(2)>': ['Key with markup.'],
      },
    },
  });
}

/**
 * An already classified error carrying markup the core would have dropped from a response
 * (components accept classified errors as they are), to prove the React layer renders text.
 */
export function hostileClassified(): ClassifiedError {
  const base = classifyError(hostileError());
  return {
    ...base,
    fieldErrors: {
      ...base.fieldErrors,
      email: ['<img src=x onerror=alert(1)>'],
      website: ['javascript:alert(1)'],
    },
    formErrors: ['<script>alert(3)</script>'],
    // The field messages above are the server's, not the classifier's stand-ins.
    defaults: { ...base.defaults, fields: {} },
  };
}

/**
 * A Testing Library matcher for a whole UI sentence whose values sit in elements of their own
 * ("Reference: <bdi>id</bdi>"): the paragraph whose text, read as a whole, is `text`.
 */
export const sentence =
  (text: string | RegExp) =>
  (_: string, element: Element | null): boolean => {
    if (element?.tagName !== 'P') return false;
    const content = element.textContent ?? '';
    return typeof text === 'string' ? content === text : text.test(content);
  };
