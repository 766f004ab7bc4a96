/**
 * Who spent a page's main-thread time: the self time of every function in a V8 CPU profile
 * (CDP `Profiler.stop`), attributed through the built site's source maps to the source file the
 * function came from, and from its path to an owner. Functions without a script (DOM and other
 * native calls) count for the script that called them.
 */
import { existsSync, readFileSync } from 'node:fs';
import { SourceMap, type SourceMapPayload } from 'node:module';
import { dirname, isAbsolute, join, relative, resolve } from 'node:path';

export const OWNERS = {
  errorkit: 'errorkit components and core (src/)',
  stories: 'errorkit stories and the fixtures they show (stories/, test/)',
  preview: "the catalogue's Storybook setup (.storybook/)",
  react: 'React (react, react-dom, scheduler)',
  storybook: 'Storybook (storybook, @storybook/*, its generated modules)',
  vendor: 'other libraries (node_modules)',
  program: 'browser outside JS: parse, compile, style, layout (program)',
  gc: 'garbage collection',
} as const;

export type Owner = keyof typeof OWNERS;

interface CallFrame {
  functionName: string;
  url: string;
  lineNumber: number;
  columnNumber: number;
}

/** The subset of a CDP `Profiler.Profile` this reads; times in microseconds. */
export interface CpuProfile {
  nodes: {
    id: number;
    callFrame: CallFrame;
    children?: number[];
    /** Samples per source line (1-based) of the function. */
    positionTicks?: { line: number; ticks: number }[];
  }[];
  startTime: number;
  endTime: number;
  samples?: number[];
  timeDeltas?: number[];
}

/** `source`: a path relative to the repo. */
function ownerOfSource(source: string): Owner {
  if (/^node_modules\/(react|react-dom|scheduler)\//.test(source)) return 'react';
  if (/^node_modules\/(storybook|@storybook)\//.test(source)) return 'storybook';
  if (source.startsWith('node_modules/')) return 'vendor';
  if (source.startsWith('src/')) return 'errorkit';
  if (source.startsWith('.storybook/')) return 'preview';
  // Outside the repo: Storybook's generated modules.
  if (source.startsWith('../') || isAbsolute(source)) return 'storybook';
  return 'stories';
}

/** Probe spacing along a generated line, in characters. */
const PROBE = 200;
/** How far after a wrapper's start to look for its first module, in characters, and in steps of. */
const REACH = 4000;
const STEP = 8;
/** Mapping segments of minified code are a few characters apart (99 % within 100). */
const GAP = 200;

/** Maps script positions of the served site to owners, through the scripts' source maps. */
export class SiteOwners {
  private readonly maps = new Map<string, SourceMap | undefined>();
  private readonly lines = new Map<string, Owner | undefined>();
  private readonly texts = new Map<string, string[]>();

  /** `dir`: the built site, served at `origin`; `root`: the repo its sources are in. */
  constructor(
    private readonly dir: string,
    private readonly origin: string,
    private readonly root: string,
  ) {}

  /**
   * Owners of a function's samples, each with its number of samples. A function is its
   * source's. One whose start has no source is code the bundler wrote around modules (the
   * wrapper that runs a module's top level): its samples on its first line count for the first
   * module after its start, those on later lines for the module most of that line comes from.
   */
  owners(frame: CallFrame, ticks: { line: number; ticks: number }[] = []): [Owner, number][] {
    // Scripts of the site without a map (iframe.html's inline scripts) are Storybook's.
    if (!frame.url.startsWith(this.origin)) return [['storybook', 1]];
    const file = join(this.dir, new URL(frame.url).pathname);
    const { lineNumber: line, columnNumber: column } = frame;
    const own = this.at(file, line, column);
    if (own) return [[own, 1]];
    const first = this.after(file, line, column) ?? 'storybook';
    if (ticks.length === 0) return [[first, 1]];
    return ticks.map(({ line: tickLine, ticks: count }) => [
      tickLine - 1 === line ? first : (this.line(file, tickLine - 1) ?? first),
      count,
    ]);
  }

  /** The owner of the first code with a source after a position on its line. */
  private after(file: string, line: number, column: number): Owner | undefined {
    const length = this.text(file, line).length;
    for (let at = column + STEP; at < Math.min(length, column + REACH); at += STEP) {
      const owner = this.at(file, line, at, column);
      if (owner) return owner;
    }
    return undefined;
  }

  /**
   * The owner of the code at a position: the source of the mapping segment there. A segment
   * must start on the line at or after `from` (default: a little before the position), since
   * code the bundler wrote without a map would otherwise count for the segment before it.
   */
  private at(file: string, line: number, column: number, from = column - GAP): Owner | undefined {
    const entry = this.map(file)?.findEntry(line, column);
    if (!entry || !('originalSource' in entry) || !entry.originalSource) return undefined;
    if (entry.generatedLine !== line || entry.generatedColumn < from) return undefined;
    // Vite writes sources relative to the map's folder.
    const source = relative(this.root, resolve(dirname(file), entry.originalSource));
    return ownerOfSource(source);
  }

  /** The owner of most of a generated line. */
  private line(file: string, line: number): Owner | undefined {
    const key = `${file}:${line}`;
    if (!this.lines.has(key)) {
      const text = this.text(file, line);
      const votes = new Map<Owner, number>();
      for (let column = 0; column < text.length; column += PROBE) {
        const owner = this.at(file, line, column);
        if (owner) votes.set(owner, (votes.get(owner) ?? 0) + 1);
      }
      this.lines.set(key, [...votes].sort((a, b) => b[1] - a[1])[0]?.[0]);
    }
    return this.lines.get(key);
  }

  private text(file: string, line: number): string {
    if (!this.texts.has(file)) this.texts.set(file, readFileSync(file, 'utf8').split('\n'));
    return this.texts.get(file)?.[line] ?? '';
  }

  private map(file: string): SourceMap | undefined {
    if (!this.maps.has(file)) {
      const payload = existsSync(`${file}.map`)
        ? (JSON.parse(readFileSync(`${file}.map`, 'utf8')) as SourceMapPayload)
        : undefined;
      this.maps.set(file, payload && new SourceMap(payload));
    }
    return this.maps.get(file);
  }
}

export interface OwnedTime {
  /** Samples per owner; idle is not in it. */
  busy: Record<Owner, number>;
  idle: number;
}

/**
 * Samples per owner over the whole profile. Counted, not timed: the sampler's signal reaches
 * the main thread only while it runs, so a sample stands for CPU time even on a busy machine,
 * where the time between samples also holds the time the thread waited for a core.
 */
export function ownedSamples(profile: CpuProfile, site: SiteOwners): OwnedTime {
  const self = new Map<number, number>();
  for (const id of profile.samples ?? []) self.set(id, (self.get(id) ?? 0) + 1);
  const nodes = new Map(profile.nodes.map((node) => [node.id, node]));
  const parent = new Map<number, number>();
  for (const node of profile.nodes)
    for (const child of node.children ?? []) parent.set(child, node.id);
  const busy = Object.fromEntries(Object.keys(OWNERS).map((key) => [key, 0])) as Record<
    Owner,
    number
  >;
  let idle = 0;
  for (const [id, time] of self) {
    // Native calls (no script) count for the nearest caller with a script.
    let node = nodes.get(id);
    const name = node?.callFrame.functionName;
    while (node && !node.callFrame.url && !node.callFrame.functionName.startsWith('(')) {
      const up = parent.get(node.id);
      node = up === undefined ? undefined : nodes.get(up);
    }
    if (name === '(idle)') idle += time;
    else if (name === '(garbage collector)') busy.gc += time;
    else if (!node?.callFrame.url) busy.program += time;
    else {
      const owners = site.owners(node.callFrame, node.positionTicks);
      const total = owners.reduce((sum, [, count]) => sum + count, 0);
      for (const [owner, count] of owners) busy[owner] += (time * count) / total;
    }
  }
  return { busy, idle };
}
