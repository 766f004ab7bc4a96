import { describe, expect, it } from 'vitest';
import { classifyError, HttpError } from '../../src/core/index.ts';
import { recordedCaptures } from '../fixtures/recorded.ts';
import { expectMeets } from './check.ts';
import { expectations, pendingOnClassifier } from './expectations.ts';

describe('recorded responses of real frameworks', () => {
  it('has an expectation for every capture, and a capture for every expectation', () => {
    const names = recordedCaptures.map((capture) => capture.name);
    expect(new Set(names).size).toBe(names.length);
    expect(names.filter((name) => !expectations[name])).toEqual([]);
    expect(Object.keys(expectations).filter((name) => !names.includes(name))).toEqual([]);
    expect(pendingOnClassifier.filter((name) => !names.includes(name))).toEqual([]);
  });

  for (const capture of recordedCaptures) {
    const expectation = expectations[capture.name];
    if (!expectation) continue;
    const run = pendingOnClassifier.includes(capture.name) ? it.skip : it;
    const { status, headers, body } = capture.response;

    run(`${capture.name} (${capture.version}) as an HttpError`, () => {
      const error = new HttpError({ status, headers, body, method: capture.request.method });
      expectMeets(capture, classifyError(error), expectation);
    });
    run(`${capture.name} as a plain { status, headers, body }`, () => {
      expectMeets(capture, classifyError({ status, headers, body }), expectation);
    });
  }
});
