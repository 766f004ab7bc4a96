import { cleanup, render } from '@testing-library/react';
import type { ReactElement } from 'react';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { capText } from '../../src/components/parts/payloadText';
import { ERROR_KINDS } from '../../src/core';
import {
  ErrorDisplay,
  ErrorKitProvider,
  ErrorSummary,
  FieldError,
  PermissionNotice,
  ReauthPrompt,
  RetryBanner,
} from '../../src/react';
import '../../src/styles/index.css';
import {
  hostileClassified,
  hostileKeys,
  hostilePayloads,
  hostileResponse,
  MAX_MESSAGE_LENGTH,
} from './hostile';

/** The provider's (default) `maxMessageLength`. */
const MAX = MAX_MESSAGE_LENGTH;

/** The elements the components render; anything else came from a payload. */
const OWN_TAGS = new Set(['SECTION', 'H2', 'P', 'SPAN', 'DIV', 'UL', 'LI', 'A', 'BUTTON', 'BDI']);

/** Bidi formatting characters and strong right-to-left letters (Hebrew, Arabic and beyond). */
const BIDI =
  /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFC]/;

let startHref = '';
const prototypeNames = Object.getOwnPropertyNames(Object.prototype);

beforeAll(() => {
  startHref = location.href;
});

beforeEach(() => {
  // A payload that ran would call these; they must never be reached.
  vi.spyOn(window, 'alert').mockImplementation(() => undefined);
  // Refused login URLs are reported in development; expected here.
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
});

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

afterAll(() => {
  expect(location.href).toBe(startHref);
});

/** Nothing but the components' own elements, no handlers, no script URLs, no navigation. */
function expectInert(container: HTMLElement) {
  expect(
    container.querySelectorAll('script, img, svg, iframe, object, embed, style, link, base, math'),
  ).toHaveLength(0);
  for (const element of container.querySelectorAll('*')) {
    expect(OWN_TAGS.has(element.tagName), element.tagName).toBe(true);
    for (const attribute of element.attributes) {
      expect(attribute.name.toLowerCase().startsWith('on'), attribute.name).toBe(false);
    }
  }
  expect(container.querySelectorAll('a[href^="javascript:" i]')).toHaveLength(0);
  for (const link of container.querySelectorAll<HTMLAnchorElement>('a')) {
    const href = link.getAttribute('href') ?? '';
    if (link.classList.contains('ek-error-summary__link')) {
      expect(href.startsWith('#'), href).toBe(true);
    } else {
      // The sign-in link: same origin, http(s).
      const url = new URL(link.href);
      expect(url.origin).toBe(location.origin);
      expect(url.protocol).toMatch(/^https?:$/);
    }
  }
  expect(window.alert).not.toHaveBeenCalled();
  expect(location.href).toBe(startHref);
  expect(Object.getOwnPropertyNames(Object.prototype)).toEqual(prototypeNames);
}

/** Rendered text stays bounded: every element's own text, and the whole component. */
function expectBounded(container: HTMLElement) {
  for (const element of container.querySelectorAll('*')) {
    let own = 0;
    for (const node of element.childNodes) {
      if (node.nodeType === Node.TEXT_NODE) own += node.textContent?.length ?? 0;
    }
    // The cap, plus a UI sentence around a value ("Ask … to give you access.").
    expect(own).toBeLessThanOrEqual(MAX + 100);
  }
  expect(container.textContent?.length ?? 0).toBeLessThan(60_000);
}

/**
 * Payload text with bidi controls or right-to-left letters sits in an isolating element
 * (`dir="auto"` or `<bdi>`, computed `unicode-bidi: isolate | plaintext`), also inside a UI
 * sentence, so it cannot reorder the UI text around it.
 */
function expectIsolated(container: HTMLElement) {
  const walker = document.createTreeWalker(container, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const data = node.textContent ?? '';
    if (!BIDI.test(data)) continue;
    const parent = node.parentElement as HTMLElement;
    const isolating = parent.closest('[dir="auto" i], bdi');
    if (isolating && container.contains(isolating)) {
      expect(['isolate', 'plaintext', 'isolate-override']).toContain(
        getComputedStyle(isolating).unicodeBidi,
      );
      continue;
    }
    expect(BIDI.test(data), JSON.stringify(data.slice(0, 80))).toBe(false);
  }
}

/** The text (as the components cap it) appears as literal text, not as markup. */
function expectLiteral(container: HTMLElement, text: string) {
  const shown = capText(text, MAX);
  const texts = [...container.querySelectorAll('*')].map((element) => element.textContent ?? '');
  expect(
    texts.some((t) => t === shown || t.endsWith(` ${shown}`)),
    `literal ${JSON.stringify(shown.slice(0, 60))}`,
  ).toBe(true);
}

/**
 * Renders `ui` and checks it. A classified error always renders; a raw response may not (the
 * core drops markup and blank text, and a field error made only of it leaves nothing to show).
 */
function check(ui: ReactElement, literal?: string, rendered = true) {
  const { container } = render(ui);
  if (rendered) expect(container.querySelector('[data-ek]')).not.toBeNull();
  expectInert(container);
  expectBounded(container);
  expectIsolated(container);
  if (literal !== undefined) expectLiteral(container, literal);
  return container;
}

// Every kind but `cancelled`, which ErrorDisplay deliberately renders as nothing.
const DISPLAY_KINDS = ERROR_KINDS.filter((kind) => kind !== 'cancelled');

describe.each(hostilePayloads)('payload: $name', ({ text }) => {
  // The core keeps a classified error whose message fits the cap as it is; a longer one is
  // classified again, which caps it. Other fields pass as they are: the components cap them.
  const literal = text.length <= MAX ? text : undefined;

  it('FieldError renders the field message as inert, isolated text', () => {
    check(<FieldError error={hostileClassified('validation', text)} name="email" />, literal);
    cleanup();
    check(<FieldError error={hostileResponse(422, text)} name="email" />, undefined, false);
  });

  it('ErrorSummary lists messages and hostile keys as text, linking only to #ids', () => {
    const error = hostileClassified('validation', text, hostileKeys);
    const container = check(<ErrorSummary error={error} autoFocus={false} />, literal);
    expect(container.querySelectorAll('.ek-error-summary__link').length).toBeGreaterThan(1);
    cleanup();
    check(<ErrorSummary error={error} fields={['email', ...hostileKeys]} autoFocus={false} />);
    cleanup();
    check(<ErrorSummary error={hostileResponse(422, text)} autoFocus={false} />, undefined, false);
  });

  it('ReauthPrompt shows the text and links only to a same-origin loginUrl', () => {
    const container = check(
      <ReauthPrompt error={hostileClassified('unauthenticated', text)} loginUrl={text} />,
      literal,
    );
    // `safeLoginUrl` accepts any same-origin relative path (checked in `expectInert`), so text
    // such as `<b>x</b>` becomes a harmless path; script, data and other schemes never link.
    if (/^\s*[a-z][a-z\d+.-]*:/i.test(text) || /[\s\0]/.test(text)) {
      expect(container.querySelector('a')).toBeNull();
    }
    cleanup();
    check(
      <ErrorKitProvider loginUrl={text}>
        <ReauthPrompt error={hostileResponse(401, text)} />
      </ErrorKitProvider>,
    );
  });

  it('PermissionNotice shows the text, the contact and the reference inertly', () => {
    const container = check(
      <PermissionNotice
        error={hostileClassified('forbidden', text)}
        accessContact={text}
        onRequestAccess={() => undefined}
      />,
      literal,
    );
    if (text.trim() !== '') {
      expect(container.querySelector('.ek-permission-notice__contact')).not.toBeNull();
    }
    expect(container.querySelector('.ek-permission-notice__reference')).not.toBeNull();
    cleanup();
    check(
      <ErrorKitProvider accessContact={text}>
        <PermissionNotice error={hostileResponse(403, text)} />
      </ErrorKitProvider>,
    );
  });

  it('RetryBanner shows the text and the reference inertly', () => {
    const container = check(
      <RetryBanner
        error={hostileClassified('unavailable', text)}
        retry={{ onRetry: () => undefined }}
      />,
      literal,
    );
    expect(container.querySelector('.ek-retry-banner__reference')).not.toBeNull();
    cleanup();
    check(<RetryBanner error={hostileResponse(429, text)} retry={{ onRetry: () => undefined }} />);
    cleanup();
    check(<RetryBanner error={hostileResponse(503, text)} retry={{ onRetry: () => undefined }} />);
  });

  it.each(DISPLAY_KINDS)('ErrorDisplay renders %s inertly', (kind) => {
    const container = check(
      <ErrorDisplay
        error={hostileClassified(kind, text, hostileKeys)}
        retry={{ onRetry: () => undefined }}
        summary={{ autoFocus: false }}
        reauth={{ loginUrl: text }}
        permission={{ accessContact: text }}
      />,
      literal,
    );
    expect(container.querySelector('[data-ek]')?.getAttribute('data-kind')).toBe(kind);
  });

  it.each(DISPLAY_KINDS)('ErrorDisplay caps an overridden %s message of any length', (kind) => {
    const container = check(
      <ErrorDisplay
        error={hostileClassified(kind, text, [], true)}
        retry={{ onRetry: () => undefined }}
        summary={{ autoFocus: false }}
      />,
      literal,
    );
    const message = container.querySelector('[class$="__message"]');
    if (message) expect(message.textContent?.length ?? 0).toBeLessThanOrEqual(MAX);
  });

  it.each([400, 401, 403, 404, 409, 422, 429, 500, 503])(
    'ErrorDisplay renders a raw %i response inertly',
    (status) => {
      check(
        <ErrorDisplay
          error={hostileResponse(status, text)}
          retry={{ onRetry: () => undefined }}
          summary={{ autoFocus: false }}
        />,
        undefined,
        false,
      );
    },
  );
});

describe.each(hostileKeys.map((key) => ({ key, label: JSON.stringify(key.slice(0, 40)) })))(
  'field key $label',
  ({ key }) => {
    it('FieldError finds the key and renders its messages as text', () => {
      const error = hostileClassified('validation', 'Check this field.', [key]);
      const container = check(<FieldError error={error} name={key} />);
      if (key !== '') expect(container.textContent).toContain(`${key} is wrong`.slice(0, MAX - 1));
    });

    it('ErrorSummary links the key by #id, with or without `fields`', () => {
      const error = hostileClassified('validation', 'Check this field.', [key]);
      for (const fields of [undefined, [key], ['email']]) {
        check(<ErrorSummary error={error} fields={fields} autoFocus={false} />);
        cleanup();
      }
    });
  },
);

describe('bidi isolation in layout', () => {
  /** The horizontal position of `part` inside the element's text. */
  function leftOf(element: Element, part: string): number {
    const node = [...element.childNodes].find((n) => n.textContent?.includes(part)) as Text;
    const start = node.data.indexOf(part);
    const range = document.createRange();
    range.setStart(node, start);
    range.setEnd(node, start + part.length);
    return range.getBoundingClientRect().left;
  }

  it('an RLO in a contact does not reverse the sentence around it', () => {
    const { container } = render(
      <div className="wide">
        <PermissionNotice
          error={hostileClassified('forbidden', 'No access.')}
          accessContact={'\u202Eevil admin'}
        />
      </div>,
    );
    const line = container.querySelector('.ek-permission-notice__contact') as Element;
    expect(leftOf(line, 'Ask')).toBeLessThan(leftOf(line, 'to give'));
    expect(leftOf(line, 'to give')).toBeLessThan(leftOf(line, 'access.'));
  });

  it('an RLO in a field message does not move the "Error:" prefix', () => {
    const error = hostileClassified('validation', '\u202Ewrong value here');
    const { container } = render(<FieldError error={error} name="email" />);
    const root = container.querySelector('[data-ek="field-error"]') as HTMLElement;
    const prefix = root.querySelector('.ek-visually-hidden') as HTMLElement;
    // The prefix comes first in the paragraph, in logical and in visual order.
    expect(root.firstElementChild).toBe(prefix);
    expect(getComputedStyle(root).direction).toBe('ltr');
  });

  it('an RLO in a message stays inside its own isolated paragraph', () => {
    const { container } = render(
      <ErrorDisplay error={hostileClassified('not-found', '\u202Eevil message')} />,
    );
    const message = container.querySelector('.ek-error-notice__message bdi') as HTMLElement;
    expect(message.textContent).toBe('\u202Eevil message');
    expect(getComputedStyle(message).unicodeBidi).toMatch(/isolate|plaintext/);
  });
});
