import { cleanup, render } from '@testing-library/react';
import type { ReactElement } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { classifyError } from '../../src/core';
import { ar } from '../../src/locales/ar';
import {
  ErrorDisplay,
  ErrorKitProvider,
  ErrorSummary,
  PermissionNotice,
  ReauthPrompt,
  RetryBanner,
} from '../../src/react';
import '../../src/styles/index.css';

afterEach(cleanup);

const REQUEST_ID = '3f2b9c1e-7a4d-4e8b-9c2f-1d6e5a7b8c90';
const ENGLISH = 'You need the billing role to see invoices.';

/** An error of `status` from a server that answers in English, with a request id. */
const serverError = (status: number, body: Record<string, unknown> = {}) =>
  classifyError({
    status,
    headers: { 'x-request-id': REQUEST_ID },
    body: { message: ENGLISH, ...body },
  });

/** Renders `ui` under the Arabic catalog in a right-to-left page `width` pixels wide. */
function renderArabic(ui: ReactElement, width = 343) {
  return render(
    <div dir="rtl" lang="ar" style={{ width, fontSize: 16 }}>
      <ErrorKitProvider messages={ar}>{ui}</ErrorKitProvider>
    </div>,
  ).container;
}

/** Where a run of text sits on the line: its first and last glyph boxes, left to right. */
function glyphs(element: Element) {
  const text = element.firstChild as Text;
  const box = (start: number) => {
    const range = document.createRange();
    range.setStart(text, start);
    range.setEnd(text, start + 1);
    return range.getBoundingClientRect();
  };
  return { first: box(0), last: box(text.data.length - 1) };
}

const notices: [name: string, ui: ReactElement, part: string][] = [
  [
    'PermissionNotice',
    <PermissionNotice key="p" error={serverError(403)} />,
    'ek-permission-notice__message',
  ],
  ['ReauthPrompt', <ReauthPrompt key="r" error={serverError(401)} />, 'ek-reauth-prompt__message'],
  ['ErrorDisplay', <ErrorDisplay key="e" error={serverError(404)} />, 'ek-error-notice__message'],
  // A 5xx message is the catalog's; a 429's is the server's.
  ['RetryBanner', <RetryBanner key="b" error={serverError(429)} />, 'ek-retry-banner__message'],
];

/** The left and right edges of an element's text (its first and last line boxes). */
function textEdges(element: Element) {
  const range = document.createRange();
  range.selectNodeContents(element);
  const boxes = [...range.getClientRects()];
  return {
    left: Math.min(...boxes.map((box) => box.left)),
    right: Math.max(...boxes.map((box) => box.right)),
  };
}

/** The element's content box: its border box less padding and border. */
function contentBox(element: Element) {
  const style = getComputedStyle(element);
  const box = element.getBoundingClientRect();
  return {
    left:
      box.left + Number.parseFloat(style.paddingLeft) + Number.parseFloat(style.borderLeftWidth),
    right:
      box.right - Number.parseFloat(style.paddingRight) - Number.parseFloat(style.borderRightWidth),
  };
}

/**
 * `line` is a right-to-left block whose English text (in a `<bdi>`) reads left to right, its
 * full stop at its own end, and lines up on the right, where the Arabic lines start.
 */
function expectEnglishOnTheRight(line: HTMLElement) {
  const message = line.querySelector('bdi') as HTMLElement;
  expect(message.textContent).toBe(ENGLISH);
  expect(getComputedStyle(message).direction).toBe('ltr');
  const { first, last } = glyphs(message);
  expect(first.left).toBeLessThan(last.left);
  expect(getComputedStyle(line).direction).toBe('rtl');
  expect(getComputedStyle(line).textAlign).toBe('start');
  const text = textEdges(line);
  const box = contentBox(line);
  expect(Math.abs(box.right - text.right)).toBeLessThan(2);
  expect(text.left - box.left).toBeGreaterThan(20);
}

describe('an English server message in an Arabic notice', () => {
  it.each(notices)('%s starts on the right and reads left to right', (_, ui, part) => {
    const container = renderArabic(ui);
    expectEnglishOnTheRight(container.querySelector(`.${part}`) as HTMLElement);
  });

  it('a form-level message in the Arabic ErrorSummary starts on the right', () => {
    const error = classifyError({ status: 422, body: { message: ENGLISH, errors: {} } });
    const container = renderArabic(<ErrorSummary error={error} autoFocus={false} />);
    expectEnglishOnTheRight(
      container.querySelector('.ek-error-summary__form-error') as HTMLElement,
    );
  });
});

describe('the request reference in an Arabic notice on a phone', () => {
  // The banner quotes the reference for server errors.
  const quoted: [name: string, ui: ReactElement][] = [
    ['PermissionNotice', <PermissionNotice key="p" error={serverError(403)} />],
    ['ErrorDisplay', <ErrorDisplay key="e" error={serverError(404)} />],
    ['RetryBanner', <RetryBanner key="b" error={serverError(500)} />],
  ];
  it.each(quoted)('%s shows the id as one left-to-right token', (_, ui) => {
    // 375 px screen less the page's margins and the notice's padding and border.
    const container = renderArabic(ui, 280);
    const reference = container.querySelector('[class$="__reference"]') as HTMLElement;
    const id = reference.querySelector('bdi') as HTMLElement;
    expect(id.getAttribute('dir')).toBe('ltr');
    expect(id.textContent).toBe(REQUEST_ID);
    expect(getComputedStyle(id).unicodeBidi).toBe('isolate');
    // The catalog's words are text of the sentence around the id, not glued into one string.
    expect(reference.textContent).toBe(ar.reference.replace('{id}', REQUEST_ID));
    // The id is not broken: one box, on one line, its first character on the left.
    expect(id.getClientRects()).toHaveLength(1);
    const { first, last } = glyphs(id);
    expect(Math.abs(first.top - last.top)).toBeLessThan(2);
    expect(first.left).toBeLessThan(last.left);
  });

  it('an access contact sits in a <bdi> inside the Arabic sentence', () => {
    const container = renderArabic(
      <PermissionNotice error={serverError(403)} accessContact="billing-admin@example.com" />,
    );
    const line = container.querySelector('.ek-permission-notice__contact') as HTMLElement;
    const contact = line.querySelector('bdi') as HTMLElement;
    expect(contact.textContent).toBe('billing-admin@example.com');
    expect(line.textContent).toBe(
      ar.askForAccess.replace('{contact}', 'billing-admin@example.com'),
    );
  });
});
