// Checks the built `dist/` for React Server Components: every module whose source starts with
// 'use client' keeps the directive in its own file, no other module has it, and the framework-free
// entry (`errorkit`) reaches neither React nor a client module, so it runs in a server component,
// a server action or a loader. Exits non-zero with the offending files.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const repo = fileURLToPath(new URL('..', import.meta.url));
const dist = join(repo, 'dist');
const problems = [];

const isClient = (text) => /^\s*['"]use client['"]/.test(text);

function* files(dir) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* files(path);
    else if (/\.tsx?$/.test(entry.name)) yield path;
  }
}

let clientModules = 0;
for (const source of files(join(repo, 'src'))) {
  const built = join(dist, relative(join(repo, 'src'), source)).replace(/\.tsx?$/, '.js');
  // Type-only modules leave no file behind.
  if (!existsSync(built)) continue;
  const wanted = isClient(readFileSync(source, 'utf8'));
  if (wanted) clientModules++;
  if (wanted !== isClient(readFileSync(built, 'utf8'))) {
    problems.push(
      `${relative(repo, built)}: 'use client' ${wanted ? 'lost' : 'added'} in the build`,
    );
  }
}

// The core entry's whole import graph: no React, no client module.
const seen = new Set();
function walk(file) {
  if (seen.has(file)) return;
  seen.add(file);
  const text = readFileSync(file, 'utf8');
  if (isClient(text)) problems.push(`errorkit reaches the client module ${relative(repo, file)}`);
  for (const [, spec] of text.matchAll(/(?:from|import)\s*["']([^"']+)["']/g)) {
    if (spec.startsWith('.')) walk(resolve(dirname(file), spec));
    else problems.push(`errorkit imports ${spec} (from ${relative(repo, file)})`);
  }
}
walk(join(dist, 'index.js'));

if (problems.length) {
  console.error(problems.join('\n'));
  process.exit(1);
}
console.log(
  `check-directives: ${clientModules} client modules keep 'use client'; errorkit reaches ${seen.size} modules, none of them React`,
);
