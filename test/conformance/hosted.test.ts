import { describe, expect, it } from 'vitest';
import { classifyError, HttpError } from '../../src/core/index.ts';
import { hostedExpectations, hostedFixtures } from '../fixtures/hosted.ts';
import { FIXED_NOW } from '../fixtures/payloads.ts';
import { expectMeets } from './check.ts';
import { pendingOnClassifier } from './hostedPending.ts';

const now = () => FIXED_NOW;

describe('documented responses of hosted services', () => {
  it('has an expectation for every fixture, and a fixture for every expectation', () => {
    const names = hostedFixtures.map((fixture) => fixture.name);
    expect(new Set(names).size).toBe(names.length);
    expect(names.filter((name) => !hostedExpectations[name])).toEqual([]);
    expect(Object.keys(hostedExpectations).filter((name) => !names.includes(name))).toEqual([]);
    expect(pendingOnClassifier.filter((name) => !names.includes(name))).toEqual([]);
  });

  for (const fixture of hostedFixtures) {
    const expectation = hostedExpectations[fixture.name];
    if (!expectation) continue;
    const run = pendingOnClassifier.includes(fixture.name) ? it.skip : it;
    const { status, headers, body } = fixture.response;

    run(`${fixture.name} (${fixture.service}) as an HttpError`, () => {
      const error = new HttpError({ status, headers, body });
      expectMeets(fixture, classifyError(error, { now }), expectation);
    });
    run(`${fixture.name} as a plain { status, headers, body }`, () => {
      expectMeets(fixture, classifyError({ status, headers, body }, { now }), expectation);
    });
  }
});
