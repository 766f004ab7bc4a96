import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtInDialects } from '../../src/core';
import { FORMATS_BEGIN, formatsTable, withFormatsTable } from '../fixtures/formatsTable';

const readme = readFileSync(resolve(process.cwd(), 'README.md'), 'utf8');
// The formatter pads table cells; padding is not content.
const unpadded = (text: string) => text.replace(/ {2,}/g, ' ').replace(/-{3,}/g, '---');

describe('README "Supported formats"', () => {
  it('is the table generated from the dialect registry (npx tsx scripts/formats-table.ts)', () => {
    expect(readme).toContain(FORMATS_BEGIN);
    expect(unpadded(withFormatsTable(readme))).toBe(unpadded(readme));
  });

  it('has a row for every built-in dialect, in registry order', () => {
    const table = formatsTable();
    const order = builtInDialects.map((dialect) => table.indexOf(`| \`${dialect.name}\` |`));
    expect(order.every((at) => at > 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
  });
});
