// Writes every ```ts / ```tsx block of README.md into a folder, as a user would paste it: a block
// whose first line is a path comment (`// app/signup/actions.ts`) becomes that file, so blocks
// can import each other; any other block becomes `snippet-N.tsx`. `scripts/check-package.sh`
// type-checks them against the packed package.
//
//   node scripts/readme-snippets.mjs <folder>
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const out = process.argv[2];
if (!out) throw new Error('usage: node scripts/readme-snippets.mjs <folder>');
const readme = readFileSync(fileURLToPath(new URL('../README.md', import.meta.url)), 'utf8');

let count = 0;
for (const [, , code] of readme.matchAll(/^```(ts|tsx)\n([\s\S]*?)^```$/gm)) {
  const named = /^\/\/ ([\w./-]+\.tsx?)\b/.exec(code);
  const file = named ? named[1] : `snippet-${++count}.tsx`;
  mkdirSync(dirname(join(out, file)), { recursive: true });
  writeFileSync(join(out, file), code);
  console.log(`readme-snippets: ${file}`);
}
