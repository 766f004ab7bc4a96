import { HttpResponse, http } from 'msw';
import type { ReactElement } from 'react';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { plural } from '../../src/react';
import {
  count,
  hits,
  isSignedIn,
  type ListPayload,
  resetServer,
  serveFixture,
  signIn,
} from '../query/flows';
import { ownIframe } from '../support/docs';
import { attemptText, messagesFor } from '../support/messages';

/*
 * The same two live flows for every data-layer adapter: Mock Service Worker answers at the
 * network layer with the shared fixtures, and the adapter's own retries and sign-in do the rest.
 */

const list = (...items: string[]): ListPayload => ({ items });

/** What a data-layer story renders: the adapter's app around panels of the given urls. */
export interface FlowPage {
  panels: readonly { title: string; url: string }[];
  reauthenticate: () => Promise<void>;
}

/** Wraps a list answer as the adapter's requests expect it (GraphQL's `data`, for Apollo). */
export type Answer = (payload: ListPayload) => Response;

export const jsonAnswer: Answer = (payload) => HttpResponse.json(payload);

/** The adapter's requests: GET, or POST for a GraphQL client. */
export type Method = 'get' | 'post';

/** A data-layer page's settings but its title (which Storybook reads from the file itself). */
export function flowMeta(description: string) {
  return {
    parameters: { docs: { story: ownIframe, description: { component: description } } },
    beforeEach: () => {
      resetServer();
    },
  };
}

/** A 429 `Retry-After: 2`: the countdown follows the adapter's real schedule, then the list. */
export function countdownStory(
  base: string,
  method: Method,
  answer: Answer,
  render: (page: FlowPage) => ReactElement,
) {
  const url = `${base}/reports`;
  return {
    name: 'Countdown then success',
    parameters: {
      msw: {
        handlers: [
          http[method](url, () => {
            count('reports');
            return hits.get('reports') === 1
              ? serveFixture('seed-001-429-retry-after-seconds', { 'retry-after': '2' })
              : answer(list('January report', 'February report', 'March report'));
          }),
        ],
      },
    },
    render: () =>
      render({ panels: [{ title: 'Reports', url }], reauthenticate: () => Promise.resolve() }),
    play: async ({
      canvasElement,
      globals,
    }: {
      canvasElement: HTMLElement;
      globals: Record<string, unknown>;
    }) => {
      const m = messagesFor(globals);
      const canvas = within(canvasElement);
      const timer = await canvas.findByRole('timer', undefined, { timeout: 3000 });
      await expect(timer).toHaveTextContent(plural(m.locale, m.retryingIn, 2));
      await expect(canvas.getByText(attemptText(m, 1, 3))).toBeVisible();
      await expect(hits.get('reports')).toBe(1);
      const reports = await canvas.findByRole('list', undefined, { timeout: 5000 });
      await expect(within(reports).getAllByRole('listitem')).toHaveLength(3);
      await expect(hits.get('reports')).toBe(2);
      await expect(canvas.queryByRole('timer')).toBeNull();
    },
  };
}

/** Two panels answered 401: one prompt, one sign-in, both lists after it. */
export function reauthStory(
  base: string,
  method: Method,
  answer: Answer,
  render: (page: FlowPage) => ReactElement,
) {
  const invoices = `${base}/invoices`;
  const customers = `${base}/customers`;
  let signIns = 0;
  const reauthenticate = () => {
    signIns += 1;
    return signIn();
  };
  const guarded = (url: string, name: string, payload: ListPayload) =>
    http[method](url, ({ request }) => {
      const ok = isSignedIn(request);
      count(`${name} ${ok ? 'after sign-in' : '401'}`);
      return ok ? answer(payload) : serveFixture('seed-004-401-missing-token');
    });
  return {
    name: 'Re-auth then success',
    parameters: {
      msw: {
        handlers: [
          guarded(invoices, 'invoices', list('Invoice 1042', 'Invoice 1043')),
          guarded(customers, 'customers', list('Ada Lovelace', 'Alan Turing')),
        ],
      },
    },
    render: () => {
      signIns = 0;
      return render({
        panels: [
          { title: 'Invoices', url: invoices },
          { title: 'Customers', url: customers },
        ],
        reauthenticate,
      });
    },
    play: async ({
      canvasElement,
      globals,
    }: {
      canvasElement: HTMLElement;
      globals: Record<string, unknown>;
    }) => {
      const m = messagesFor(globals);
      const canvas = within(canvasElement);
      await waitFor(() => {
        expect(hits.get('invoices 401')).toBe(1);
        expect(hits.get('customers 401')).toBe(1);
      });
      const signInAgain = await canvas.findByRole('button', { name: m.signInAgain });
      await expect(canvas.getAllByRole('button', { name: m.signInAgain })).toHaveLength(1);
      await userEvent.click(signInAgain);
      const first = canvas.getByRole('region', { name: 'Invoices' });
      const second = canvas.getByRole('region', { name: 'Customers' });
      await expect(await within(first).findByRole('list')).toHaveTextContent('Invoice 1042');
      await expect(await within(second).findByRole('list')).toHaveTextContent('Ada Lovelace');
      await expect(canvasElement.querySelector('[data-ek="reauth-prompt"]')).toBeNull();
      await expect(signIns).toBe(1);
      await expect(hits.get('invoices after sign-in')).toBe(1);
      await expect(hits.get('customers after sign-in')).toBe(1);
    },
  };
}
