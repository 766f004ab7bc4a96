import type { StoryObj } from '@storybook/react-vite';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import type { ErrorKind } from '../../src/core';
import { type ErrorKitMessages, en } from '../../src/react';
import { type ResponseFixture, responseFixture } from '../../test/fixtures';
import { resetServer } from '../query/flows';
import {
  countdownSeconds as countdownShown,
  messagesFor,
  referenceText,
  visibleText,
} from '../support/messages';
import { FixtureStory, fixtureFields, fixtureHandler, isMutation } from './FixtureStory';

/** What a story changes about its fixture, and why. */
export interface FixtureStoryOptions {
  /**
   * Headers over the fixture's own. Used to shorten a `Retry-After` above 2 s to 1–2 s so the
   * story stays fast; the story's description says so.
   */
  headers?: Record<string, string>;
  /** The wait the shortened header asks for, in seconds (the countdown starts there). */
  countdown?: number;
}

/** The component `ErrorDisplay` picks for a fixture's expected classification. */
export function expectedComponent(fixture: ResponseFixture): string | undefined {
  const { kind } = fixture.expected;
  const hasFields = fixtureFields(fixture).length > 0;
  const byKind: Partial<Record<ErrorKind, string>> = {
    validation: 'error-summary',
    unauthenticated: 'reauth-prompt',
    forbidden: 'permission-notice',
    conflict: hasFields ? 'error-summary' : 'error-notice',
    cancelled: undefined,
  };
  if (kind in byKind) return byKind[kind];
  const retryable = ['rate-limited', 'unavailable', 'server', 'timeout', 'network'];
  return retryable.includes(kind) ? 'retry-banner' : 'error-notice';
}

/** The text a user must see: the body's message, or the catalog's default for the kind. */
export function expectedMessage(
  fixture: ResponseFixture,
  messages: ErrorKitMessages = en,
): string | undefined {
  const { kind, message } = fixture.expected;
  return message === 'default' ? messages.kinds[kind].message : message;
}

/** Markup that must never reach the page as text. */
const MARKUP = /<\s*(!doctype|html|head|title|body|h1|center|hr|script|style)\b/i;

/** The `<title>` of an HTML body, which must not be shown either. */
function htmlTitle(fixture: ResponseFixture): string | undefined {
  const { body } = fixture.response;
  if (typeof body !== 'string') return undefined;
  return /<title>([^<]+)<\/title>/i.exec(body)?.[1]?.trim();
}

/** Components that quote the request reference (the banner only for 5xx and unavailable). */
function showsReference(fixture: ResponseFixture, component: string): boolean {
  if (component === 'error-notice' || component === 'permission-notice') return true;
  if (component !== 'retry-banner') return false;
  const { kind } = fixture.expected;
  return kind === 'unavailable' || kind === 'server' || fixture.response.status >= 500;
}

/** The wait a countdown starts from, in seconds, when it is short enough to watch (≤ 2 s). */
function countdownSeconds(
  fixture: ResponseFixture,
  options: FixtureStoryOptions,
): number | undefined {
  if (options.countdown !== undefined) return options.countdown;
  const ms = fixture.expected.retryAfterMs;
  if (typeof ms !== 'number' || ms <= 0 || ms > 2000) return undefined;
  return Math.ceil(ms / 1000);
}

/**
 * Asserts what a user sees for a fixture: the component (`data-ek`, `data-kind`), the message
 * (or, in a summary with field errors, every field message), no markup, the reference, and a
 * countdown (`role="timer"`) when the server asked for a short wait, in the words of `messages`
 * (the toolbar locale's catalog). Sends the form first for mutations. Returns the component's
 * root.
 */
export async function expectFixtureShown(
  canvasElement: HTMLElement,
  fixture: ResponseFixture,
  options: FixtureStoryOptions = {},
  messages: ErrorKitMessages = en,
): Promise<HTMLElement> {
  const canvas = within(canvasElement);
  if (isMutation(fixture)) {
    await userEvent.click(canvas.getByRole('button', { name: 'Send request' }));
  }
  const component = expectedComponent(fixture);
  if (!component) throw new Error(`${fixture.id}: nothing is shown for this kind`);
  const root = await waitFor(
    () => {
      const found = canvasElement.querySelector<HTMLElement>(`[data-ek="${component}"]`);
      if (!found) throw new Error(`no [data-ek="${component}"] yet`);
      return found;
    },
    { timeout: 4000 },
  );
  await expect(root).toHaveAttribute('data-kind', fixture.expected.kind);
  await expect(root).toBeVisible();

  const { fieldErrors = {}, formErrors = [], fieldKeys = [], requestId } = fixture.expected;
  const fieldMessages = Object.values(fieldErrors).flat();
  if (component === 'error-summary' && (fieldMessages.length > 0 || fieldKeys.length > 0)) {
    for (const text of [...fieldMessages, ...formErrors]) {
      await expect(root).toHaveTextContent(text);
    }
    const links = within(root).getAllByRole('link');
    await expect(links.length).toBeGreaterThanOrEqual(Math.max(1, fieldKeys.length));
  } else {
    const message = expectedMessage(fixture, messages);
    // A banner counting down to its own retry says so instead of the kind's default sentence.
    const counting =
      fixture.expected.message === 'default' &&
      /^(counting|paused)$/.test(root.dataset.state ?? '');
    if (message) await expect(root).toHaveTextContent(counting ? messages.willRetry : message);
  }

  await expect(canvasElement.textContent ?? '').not.toMatch(MARKUP);
  const title = htmlTitle(fixture);
  if (title) await expect(root).not.toHaveTextContent(title);

  if (requestId && showsReference(fixture, component)) {
    await expect(visibleText(root)).toContain(referenceText(messages, requestId));
  }

  const seconds = countdownSeconds(fixture, options);
  if (seconds !== undefined) {
    const timer = await within(root).findByRole('timer', undefined, { timeout: 3000 });
    const shown = countdownShown(messages, timer.textContent ?? '');
    await expect(shown).toBeGreaterThanOrEqual(1);
    await expect(shown).toBeLessThanOrEqual(seconds);
  }
  return root;
}

/**
 * A story for one response fixture: MSW serves it, `FixtureStory` shows it, the play function
 * checks it with {@link expectFixtureShown}. Spread it into a story object that names itself.
 */
export function fixtureStory(id: string, options: FixtureStoryOptions = {}): StoryObj {
  const fixture = responseFixture(id);
  const shortened = options.headers
    ? ` For a fast story, the response's ${Object.keys(options.headers).join(', ')} is shortened to ${Object.values(options.headers).join(', ')} (the fixture asks for more).`
    : '';
  return {
    parameters: {
      msw: { handlers: [fixtureHandler(fixture, options.headers)] },
      docs: {
        description: {
          story: `\`${fixture.id}\` (${fixture.source}, ${fixture.method ?? 'GET'} → ${fixture.response.status}): ${fixture.description}${shortened}`,
        },
      },
    },
    beforeEach: () => {
      resetServer();
    },
    render: () => <FixtureStory id={id} />,
    play: async ({ canvasElement, globals }) => {
      await expectFixtureShown(canvasElement, fixture, options, messagesFor(globals));
    },
  };
}
