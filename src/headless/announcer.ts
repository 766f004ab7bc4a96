/** The attribute that marks errorkit's polite live region. */
export const LIVE_REGION_ATTRIBUTE = 'data-ek-live-region';

// The region last found per document: one query per page, not one per announcement.
const known = new WeakMap<Document, HTMLElement>();

function regionOf(doc: Document): [region: HTMLElement, fresh: boolean] {
  const cached = known.get(doc);
  if (cached?.isConnected) return [cached, false];
  let region = doc.querySelector<HTMLElement>(`[${LIVE_REGION_ATTRIBUTE}]`);
  const fresh = !region;
  if (!region) {
    region = doc.createElement('div');
    region.setAttribute(LIVE_REGION_ATTRIBUTE, '');
    region.setAttribute('aria-live', 'polite');
    region.setAttribute('aria-atomic', 'true');
    region.className = 'ek-visually-hidden';
    doc.body.appendChild(region);
  }
  known.set(doc, region);
  return [region, fresh];
}

/**
 * Announces `text` once through the page's polite live region (added to `document.body` when no
 * provider rendered one). Returns a cancel that says whether it was still pending.
 */
export function announce(
  text: string,
  doc: Document | undefined = globalThis.document,
): () => boolean {
  if (!doc?.body || !text) return () => false;
  const [region, fresh] = regionOf(doc);
  // Clearing first makes a repeated identical message count as a change.
  region.textContent = '';
  let pending = true;
  const timer = setTimeout(
    () => {
      pending = false;
      region.textContent = text;
    },
    // A live region must be in the page before the text changes, or screen readers miss it: a
    // region created now is only written to after a longer delay.
    fresh ? 150 : 50,
  );
  return () => {
    clearTimeout(timer);
    return pending;
  };
}
