import { describe, expect, it } from 'vitest';
import { fieldNameMatches, findFieldErrors, normalizeFieldPath } from '../../src/core';

describe('normalizeFieldPath', () => {
  it.each([
    ['/data/attributes/address/city', 'address.city'],
    ['/data/relationships/author', 'author'],
    ['/email', 'email'],
    ['#/items/0/qty', 'items.0.qty'],
    ['/a~1b/c~0d', 'a/b.c~d'],
    ['items[0].qty', 'items.0.qty'],
    ['$.items[0].qty', 'items.0.qty'],
    ["user['email']", 'user.email'],
    ['matrix[1][2]', 'matrix.1.2'],
    ['  name  ', 'name'],
    ['Email', 'Email'],
    ['/data', ''],
    ['$', ''],
    ['', ''],
  ])('%j -> %j', (raw, path) => {
    expect(normalizeFieldPath(raw)).toBe(path);
  });
});

describe('fieldNameMatches', () => {
  it.each([
    ['firstName', 'first_name'],
    ['firstName', 'FirstName'],
    ['firstName', 'first-name'],
    ['first_name', 'firstName'],
    ['address.postCode', 'address.post_code'],
    ['items[0].qty', 'items.0.qty'],
    ['email', 'EMAIL'],
  ])('%j matches %j', (a, b) => {
    expect(fieldNameMatches(a, b)).toBe(true);
  });

  it.each([
    ['email', 'emails'],
    ['address.city', 'city'],
    ['name', 'first_name'],
  ])('%j does not match %j', (a, b) => {
    expect(fieldNameMatches(a, b)).toBe(false);
  });
});

describe('findFieldErrors', () => {
  it('collects messages from every matching key without repeats', () => {
    const fieldErrors = {
      first_name: ['Enter your first name'],
      FirstName: ['Enter your first name', 'Too long'],
      email: ['x'],
    };
    expect(findFieldErrors(fieldErrors, 'firstName')).toEqual([
      'Enter your first name',
      'Too long',
    ]);
  });

  it('gives an empty list for fields the server did not mention', () => {
    expect(findFieldErrors({ email: ['x'] }, 'phone')).toEqual([]);
  });

  it('does not find inherited properties', () => {
    expect(findFieldErrors(Object.create(null), 'constructor')).toEqual([]);
    expect(findFieldErrors({}, 'toString')).toEqual([]);
  });
});
