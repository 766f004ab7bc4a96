/**
 * The default viewport of every screenshot; a few stories also get a phone-width variant. Tall
 * enough for the longest story: a screenshot shows only what is inside the viewport.
 */
export const VISUAL_VIEWPORT = { width: 640, height: 1600 } as const;
