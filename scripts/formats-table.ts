// Regenerates the "Supported formats" table in README.md: npx tsx scripts/formats-table.ts
import { readFileSync, writeFileSync } from 'node:fs';
import { withFormatsTable } from '../test/fixtures/formatsTable';

const file = new URL('../README.md', import.meta.url);
writeFileSync(file, withFormatsTable(readFileSync(file, 'utf8')));
console.log('README.md: formats table regenerated; `npm run format` pads it.');
