// Every server prints one line once it listens: `READY {"port":…,"version":…}`.
import { readFileSync } from 'node:fs';

/** `name version` of each installed package, from its package.json. */
export function versions(...names) {
  return names
    .map(
      (name) =>
        `${name} ${JSON.parse(readFileSync(new URL(`../node_modules/${name}/package.json`, import.meta.url))).version}`,
    )
    .join(', ');
}

export function ready(port, version) {
  process.stdout.write(`READY ${JSON.stringify({ port, version })}\n`);
}
