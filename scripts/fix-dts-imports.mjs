#!/usr/bin/env node
// Gives every relative import in the emitted declarations an explicit `.js` extension
// (`./types` -> `./types.js`, `./dialects` -> `./dialects/index.js`).
//
// The sources use extensionless imports (`moduleResolution: bundler`), and tsc copies them into
// the `.d.ts` files as written. Consumers on `moduleResolution: node16 | nodenext` cannot resolve
// extensionless relative imports in an ESM package, so the declarations are rewritten here.
// Fails when a relative import resolves to no declaration file.
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

const root = resolve(process.argv[2] ?? 'dist/types');

/** `from '…'`, `import '…'`, `import('…')` with a relative specifier. */
const SPECIFIER = /(\bfrom\s*|\bimport\s*\(\s*|\bimport\s+)(['"])(\.{1,2}\/[^'"]*)\2/g;

function* declarationFiles(dir) {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) yield* declarationFiles(path);
    else if (name.endsWith('.d.ts')) yield path;
  }
}

function withExtension(file, specifier) {
  if (/\.(m|c)?js$/.test(specifier)) return specifier;
  const base = resolve(dirname(file), specifier);
  if (existsSync(`${base}.d.ts`)) return `${specifier}.js`;
  if (existsSync(join(base, 'index.d.ts'))) return `${specifier.replace(/\/$/, '')}/index.js`;
  return undefined;
}

let changed = 0;
const unresolved = [];
for (const file of declarationFiles(root)) {
  const source = readFileSync(file, 'utf8');
  const output = source.replace(SPECIFIER, (match, lead, quote, specifier) => {
    const fixed = withExtension(file, specifier);
    if (fixed === undefined) {
      unresolved.push(`${relative(process.cwd(), file)}: ${specifier}`);
      return match;
    }
    return `${lead}${quote}${fixed}${quote}`;
  });
  if (output !== source) {
    writeFileSync(file, output);
    changed += 1;
  }
}

if (unresolved.length > 0) {
  console.error(`Relative imports with no declaration file:\n  ${unresolved.join('\n  ')}`);
  process.exit(1);
}
console.log(`fix-dts-imports: added .js extensions in ${changed} declaration file(s).`);
