/**
 * `npm run fixtures:record [id…]`: runs the live suite and writes what each framework answered
 * to `test/fixtures/recorded/<id>.json`.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { frameworks } from './frameworks.ts';
import { captureAll, conformanceDir, repoRoot } from './suite.ts';

if (!existsSync(join(conformanceDir, 'node_modules'))) {
  console.error('Install the servers first: npm ci --prefix conformance');
  process.exit(1);
}

const only = process.argv.slice(2);
const chosen = only.length ? frameworks.filter((f) => only.includes(f.id)) : frameworks;
const out = join(repoRoot, 'test/fixtures/recorded');
mkdirSync(out, { recursive: true });

let failed = 0;
for (const framework of chosen) {
  const start = Date.now();
  const missing = framework.missing?.();
  if (missing) {
    failed++;
    console.error(`${framework.id}: SKIPPED, to record it: ${missing}`);
    continue;
  }
  try {
    const captures = await captureAll(framework);
    writeFileSync(join(out, `${framework.id}.json`), `${JSON.stringify(captures, null, 2)}\n`);
    console.log(`${framework.id}: ${captures.length} captures (${Date.now() - start} ms)`);
  } catch (error) {
    failed++;
    console.error(`${framework.id}: FAILED ${(error as Error).stack}`);
  }
}
// In the repository's own JSON style, so that a re-record only shows what the servers changed.
spawnSync('npx', ['biome', 'format', '--write', out], { cwd: repoRoot, stdio: 'inherit' });
process.exit(failed ? 1 : 0);
