import { describe, expect, it } from 'vitest';
import { fill, fillParts } from '../../src/locales/format';

describe('fillParts', () => {
  it('puts each value in its placeholder, between the text around it', () => {
    const id = { element: 'id' };
    expect(fillParts('Reference: {id}', { id })).toEqual(['Reference: ', id]);
    expect(fillParts('الرقم المرجعي: {id}', { id })).toEqual(['الرقم المرجعي: ', id]);
    expect(fillParts('{id} is the reference', { id })).toEqual([id, ' is the reference']);
  });

  it('keeps reading order with several placeholders and leaves unknown ones as text', () => {
    expect(fillParts('Attempt {attempt} of {max}, {later}', { attempt: 2, max: 3 })).toEqual([
      'Attempt ',
      2,
      ' of ',
      3,
      ', ',
      '{later}',
    ]);
    // A value named like an Object.prototype member is not taken from the prototype.
    expect(fillParts('{toString}', {})).toEqual(['{toString}']);
  });
});

describe('fill', () => {
  it('joins the parts into one string', () => {
    expect(fill('Ask {contact} to give you access.', { contact: 'the finance team' })).toBe(
      'Ask the finance team to give you access.',
    );
    expect(fill('{a}{a}', { a: 1 })).toBe('11');
  });
});
