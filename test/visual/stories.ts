import type { Meta, StoryObj } from '@storybook/react-vite';

/** A story file's module: its meta as `default`, its stories as the other exports. */
export type StoryModule = { default: Meta } & Record<string, unknown>;

export interface VisualStory {
  /** The story file's export name. */
  exportName: string;
  /** The story's annotations, as exported. */
  story: StoryObj;
  meta: Meta;
}

const isFlowName = (name: string | undefined) => /flow$/i.test(name ?? '');

/**
 * Whether a story shows a resting state that can be screenshotted: scripted flows (named or
 * tagged as such, or hidden from docs) and stories that need Mock Service Worker are left out.
 */
export function isStill({ exportName, story, meta }: VisualStory): boolean {
  const tags = [...(meta.tags ?? []), ...(story.tags ?? [])];
  if (isFlowName(exportName) || isFlowName(story.name)) return false;
  if (tags.includes('flow') || tags.includes('!autodocs')) return false;
  const needsMsw = [meta.parameters, story.parameters].some((p) => p?.msw !== undefined);
  const loaders = [meta.loaders, story.loaders].flat().filter(Boolean);
  return !needsMsw && loaders.length === 0;
}

/** The stories of one story file, in export order, without the meta and non-story exports. */
export function storiesOf(module: StoryModule): VisualStory[] {
  const { default: meta, __namedExportsOrder, ...rest } = module;
  const order = Array.isArray(__namedExportsOrder) ? (__namedExportsOrder as string[]) : [];
  const names = [...order, ...Object.keys(rest).filter((name) => !order.includes(name))];
  const include = meta.includeStories;
  const exclude = meta.excludeStories;
  const matches = (name: string, spec: unknown) =>
    Array.isArray(spec) ? spec.includes(name) : spec instanceof RegExp && spec.test(name);
  return names
    .filter((name) => /^[A-Z]/.test(name) && typeof rest[name] === 'object' && rest[name] !== null)
    .filter((name) => (include === undefined || matches(name, include)) && !matches(name, exclude))
    .map((exportName) => ({ exportName, story: rest[exportName] as StoryObj, meta }));
}
