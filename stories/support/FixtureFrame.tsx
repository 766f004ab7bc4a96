import { HttpError } from '../../src/core';
import { responseFixture } from '../../test/fixtures';

/** Story controls that stand for the component's `error` (an error object is not an arg). */
export interface FixtureStoryArgs {
  /** Id of a shared response fixture (`test/fixtures`). */
  fixture: string;
  /** Replaces the payload's message (for long or hostile text). */
  bodyMessage?: string;
}

const built = new Map<string, HttpError>();

/**
 * The fixture's response as the `HttpError` `fetchJson` would throw for it; one object per
 * fixture and message, so re-renders (a control change) keep the same error.
 */
export function fixtureError(fixture: string, bodyMessage?: string): HttpError {
  const key = `${fixture}\u0000${bodyMessage ?? ''}`;
  let error = built.get(key);
  if (!error) {
    const { response, method } = responseFixture(fixture);
    const body = bodyMessage ? { message: bodyMessage } : response.body;
    error = new HttpError({ ...response, body, method });
    built.set(key, error);
  }
  return error;
}

/** The props table's group for a story's own controls, apart from the component's props. */
export const STORY_CONTROLS = 'Story controls (not props)';

/** `argTypes` for stories whose `error` comes from {@link FixtureStoryArgs}. */
export const fixtureArgTypes = {
  error: { control: false },
  fixture: { control: 'text', table: { category: STORY_CONTROLS } },
  bodyMessage: { control: 'text', table: { category: STORY_CONTROLS } },
} as const;
