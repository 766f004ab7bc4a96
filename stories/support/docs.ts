/**
 * Docs-page rendering for stories that cannot share the docs page's document: each gets its own
 * lazily loaded iframe of a fixed height (so the page does not jump as they load). Used where a
 * story needs its own Mock Service Worker handlers or changes browser globals; every other story
 * renders inline, which is what makes docs pages fast.
 */
export const ownIframe = { inline: false, iframeHeight: 420 } as const;
